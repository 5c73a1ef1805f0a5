import { describe, expect, it } from 'vitest';
import {
  kreisChronik,
  kreisLead,
  neighbours,
  postsText,
  precisionNote,
  seit,
  spaetestensText,
} from '../../src/core/views/kreis-page.ts';
import type { ChronikEintrag, PartialDate } from '../../src/core/model/types.ts';
import { day, month, year } from './partial-dates.ts';

describe('seit(date)', () => {
  it.each([
    [day('2018-09-06'), 'seit dem 06.09.2018'],
    [month('2013-07', '2013-07-31'), 'seit Juli 2013'],
    [year('2013'), 'seit 2013'],
  ])('%o → %s', (date, expected) => {
    expect(seit(date)).toBe(expected);
  });
});

describe('kreisLead(kreis, zentren)', () => {
  it('gives the start at its precision', () => {
    expect(
      kreisLead({ name: 'Kreis Kleve' }, [
        {
          traeger: 'Kreis Kleve',
          start: day('2018-09-06'),
          startBedeutung: 'Arbeitsaufnahme (Pressemitteilung des Kreises)',
          spaetestens: day('2018-09-06'),
        },
      ]),
    ).toBe('Kreis Kleve hat seit dem 06.09.2018 ein Kommunales Integrationszentrum.');
  });

  it('says when the start is unknown and what is proven', () => {
    expect(
      kreisLead({ name: 'Stadt Bonn' }, [
        { traeger: 'Stadt Bonn', start: null, startBedeutung: '', spaetestens: day('2017-10-05') },
      ]),
    ).toBe(
      'Stadt Bonn hat ein Kommunales Integrationszentrum; seit wann, ist nicht belegt (es bestand spätestens am 05.10.2017).',
    );
  });

  it('names both KIs of the Städteregion Aachen', () => {
    expect(
      kreisLead({ name: 'Städteregion Aachen' }, [
        {
          traeger: 'StädteRegion Aachen',
          start: day('2013-07-01'),
          startBedeutung: 'Arbeitsaufnahme (RAA und Integrationsbüro aufgegangen)',
          spaetestens: null,
        },
        {
          traeger: 'Stadt Aachen',
          start: day('2013-08-01'),
          startBedeutung: 'Grundsätzliche Genehmigung und Bewilligung der Fördermittel',
          spaetestens: null,
        },
      ]),
    ).toBe(
      'Städteregion Aachen hat 2 Kommunale Integrationszentren: StädteRegion Aachen (seit dem 01.07.2013) und Stadt Aachen (KI belegt: Bewilligung vom 01.08.2013).',
    );
  });

  it.each([
    [day('2012-09-14'), 'Kreistagsbeschluss zur Einrichtung (nicht Arbeitsaufnahme)', 'Beschluss vom 14.09.2012'],
    [day('2012-12-10'), 'Bewilligung der Landesförderung (nicht Arbeitsaufnahme)', 'Bewilligung vom 10.12.2012'],
    [month('2013-05', '2013-05-31'), 'Ratsbeschluss zur Einrichtung', 'Beschluss im Mai 2013'],
    [year('2013'), 'Gründung (Jahresangabe des Kreises)', 'Gründung im Jahr 2013'],
  ] as const)(
    'says "KI belegt (…)" instead of "seit" for a start that is no Arbeitsaufnahme: %o',
    (start, text, beleg) => {
      expect(
        kreisLead({ name: 'Kreis X' }, [{ traeger: 'Kreis X', start, startBedeutung: text, spaetestens: null }]),
      ).toBe(`Kreis X hat ein Kommunales Integrationszentrum – KI belegt (${beleg}).`);
    },
  );
});

describe('spaetestensText(date)', () => {
  it('reads a proof date at its precision', () => {
    expect(spaetestensText(day('2017-10-05'))).toBe('spätestens am 05.10.2017');
    expect(spaetestensText(month('2016-07', '2016-07-31'))).toBe('spätestens Ende Juli 2016');
    expect(spaetestensText(year('2016'))).toBe('spätestens Ende 2016');
  });
});

describe('precisionNote(precision) and postsText(value)', () => {
  it('explains vague starts and unknown posts', () => {
    expect(precisionNote('tag')).toBe('Tagesgenau belegt.');
    expect(precisionNote('jahr')).toContain('ab dem 31. Dezember dieses Jahres');
    expect(postsText(5.5)).toBe('5,5');
    expect(postsText(null)).toBe('nicht belegt');
  });
});

describe('kreisChronik(chronik, kreisAgs)', () => {
  it('keeps the district’s events, oldest first', () => {
    const e = (datum: PartialDate, kreisAgs: string, ereignis: string): ChronikEintrag => ({
      datum,
      kreisAgs,
      ereignis,
      quelle: [],
      line: 2,
    });
    const chronik = [
      e(day('2017-10-10'), '05154', 'Antrag'),
      e(year('2015'), '05154', 'Forderung'),
      e(day('2013-01-01'), 'NRW', 'Start'),
    ];
    expect(kreisChronik(chronik, '05154').map((x) => x.ereignis)).toEqual(['Forderung', 'Antrag']);
  });
});

describe('neighbours(kreise, ags)', () => {
  const kreise = [
    { ags: '05154', name: 'Kreis Kleve' },
    { ags: '05111', name: 'Stadt Düsseldorf' },
    { ags: '05334', name: 'Städteregion Aachen' },
  ];
  it('finds the districts before and after in German order', () => {
    expect(neighbours(kreise, '05111')).toEqual({ prev: kreise[0], next: kreise[2] });
    expect(neighbours(kreise, '05154').prev).toBeNull();
    expect(neighbours(kreise, '05334').next).toBeNull();
  });
});
