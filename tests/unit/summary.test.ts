import { describe, expect, it } from 'vitest';
import {
  districtLabel,
  legendTexts,
  summarize,
  summarySentence,
  tiles,
  type KreisRef,
  type ZentrumRef,
} from '../../src/core/views/summary.ts';
import type { PartialDate } from '../../src/core/model/types.ts';
import { day } from './partial-dates.ts';

/** 53 districts: Kleve, the Städteregion Aachen (two KIs) and 51 others with KIs proven by 05.10.2017. */
const kreise: KreisRef[] = [
  { ags: '05154', name: 'Kreis Kleve' },
  { ags: '05334', name: 'Städteregion Aachen' },
  ...Array.from({ length: 51 }, (_, i) => ({ ags: `06${String(i).padStart(3, '0')}`, name: `Stadt ${i}` })),
];
const zentrum = (
  kreisAgs: string,
  start: PartialDate | null,
  spaetestens: PartialDate | null,
  fach: number | null = null,
): ZentrumRef => ({
  kreisAgs,
  start,
  spaetestens,
  fachstellen: fach,
  lehrerstellen: null,
});
const zentren: ZentrumRef[] = [
  zentrum('05154', day('2018-09-06'), day('2018-09-06'), 5.5),
  zentrum('05334', day('2013-07-01'), day('2013-07-01'), 5.5),
  zentrum('05334', day('2013-08-01'), day('2013-08-01')),
  ...kreise.slice(2).map((k) => zentrum(k.ags, null, day('2017-10-05'))),
];

describe('summarize(kreise, zentren, stichtag)', () => {
  it('counts 52 of 53 districts and 53 KIs on 10.10.2017, without Kleve', () => {
    const s = summarize(kreise, zentren, '2017-10-10');
    expect([s.kreiseMitKi, s.kreiseTotal, s.zentrenMitKi, s.zentrenTotal, s.zentrenUnbekannt]).toEqual([
      52, 53, 53, 54, 0,
    ]);
    expect(s.ohneKi).toEqual(['Kreis Kleve']);
    expect(s.unbekannt).toEqual([]);
    expect(s.statuses['05154']).toBe('ohne-ki');
    expect(s.statuses['05334']).toBe('ki');
  });

  it('sums posts only over KIs that existed, and says how many reported them', () => {
    expect(summarize(kreise, zentren, '2017-10-10').fachstellen).toEqual({ sum: 5.5, known: 1, of: 53 });
    expect(summarize(kreise, zentren, '2018-09-06').fachstellen).toEqual({ sum: 11, known: 2, of: 54 });
  });
});

describe('summarySentence(summary, today)', () => {
  it('names Kleve as the only district without KI on 10.10.2017', () => {
    expect(summarySentence(summarize(kreise, zentren, '2017-10-10'), '2026-11-25')).toBe(
      'Am 10.10.2017 hatten 52 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve.',
    );
  });

  it('says "alle" once Kleve has its KI', () => {
    expect(summarySentence(summarize(kreise, zentren, '2018-09-06'), '2026-11-25')).toBe(
      'Am 06.09.2018 hatten alle 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum.',
    );
  });

  it('speaks in the present tense for today', () => {
    expect(summarySentence(summarize(kreise, zentren, '2026-11-25'), '2026-11-25')).toBe(
      'Heute, am 25.11.2026, haben alle 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum.',
    );
  });

  it('names the build date of a static page as "Stand der Website", never as "Heute"', () => {
    expect(summarySentence(summarize(kreise, zentren, '2026-11-25'), '2026-11-25', { stand: true })).toBe(
      'Am 25.11.2026 (Stand der Website) hatten alle 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum.',
    );
    expect(summarySentence(summarize(kreise, zentren, '2017-10-10'), '2026-11-25', { stand: true })).toBe(
      summarySentence(summarize(kreise, zentren, '2017-10-10'), '2026-11-25'),
    );
  });

  it('states unknown districts honestly and says "nachweislich"', () => {
    expect(summarySentence(summarize(kreise, zentren, '2013-07-01'), '2026-11-25')).toBe(
      'Am 01.07.2013 hatte nachweislich einer der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ' +
        'ohne: Kreis Kleve; bei 51 ist unbekannt, ob schon eins bestand.',
    );
  });

  it('says "noch keiner" when no district provably had a KI', () => {
    expect(summarySentence(summarize(kreise, zentren, '2013-06-30'), '2026-11-25')).toBe(
      'Am 30.06.2013 hatte nachweislich noch keiner der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ' +
        'bei 51 ist unbekannt, ob schon eins bestand.',
    );
    // From the Förderrichtlinie of 25.06.2012 on, a KI without a known start may already exist.
    expect(summarySentence(summarize(kreise, zentren, '2012-12-31'), '2026-11-25')).toBe(
      'Am 31.12.2012 hatte nachweislich noch keiner der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ' +
        'bei 51 ist unbekannt, ob schon eins bestand.',
    );
    expect(summarySentence(summarize(kreise, zentren, '2012-06-24'), '2026-11-25')).toBe(
      'Am 24.06.2012 hatte noch keiner der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum.',
    );
  });

  it('gives only the count when more than five districts are without KI', () => {
    const late = kreise.slice(2, 9).map((k) => zentrum(k.ags, day('2016-01-01'), null));
    const rest = kreise.slice(9).map((k) => zentrum(k.ags, day('2013-01-01'), null));
    const s = summarize(kreise, [...zentren.slice(0, 3), ...late, ...rest], '2015-01-01');
    expect(summarySentence(s, '2026-11-25')).toBe(
      'Am 01.01.2015 hatten 45 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; 8 hatten noch keins.',
    );
  });
});

describe('districtLabel(name, status, stichtag)', () => {
  it.each([
    ['ohne-ki', 'Kreis Kleve: kein KI am 10.10.2017'],
    ['ki', 'Kreis Kleve: KI vorhanden am 10.10.2017'],
    ['unbekannt', 'Kreis Kleve: unbekannt, ob ein KI bestand am 10.10.2017'],
  ] as const)('%s → %s', (status, expected) => {
    expect(districtLabel('Kreis Kleve', status, '2017-10-10')).toBe(expected);
  });
});

describe('legendTexts(summary)', () => {
  it('gives counts and names Kleve on 10.10.2017', () => {
    expect(legendTexts(summarize(kreise, zentren, '2017-10-10'))).toEqual({
      ki: '52 von 53 Kreisen und kreisfreien Städten, 53 KI',
      ohneKi: 'Kreis Kleve',
      unbekannt: 'keiner',
    });
  });

  it('refers to the table instead of listing more than eight names', () => {
    expect(legendTexts(summarize(kreise, zentren, '2013-07-01')).unbekannt).toBe(
      '51 (Namen in der Tabelle, Spalte „Am Stichtag“)',
    );
  });

  it('points to the home page’s table where the map stands without one (embed, image export)', () => {
    const texts = legendTexts(summarize(kreise, zentren, '2013-07-01'), { table: false });
    expect(texts.unbekannt).toBe('51 (Namen in der Tabelle auf der Startseite des KI-Atlas NRW)');
    expect(legendTexts(summarize(kreise, zentren, '2017-10-10'), { table: false }).ohneKi).toBe('Kreis Kleve');
  });

  it('puts the count before several names', () => {
    const texts = legendTexts(summarize(kreise.slice(0, 4), zentren, '2013-07-01'));
    expect(texts.unbekannt).toBe('2: Stadt 0 und Stadt 1');
    expect(texts.ki).toBe('1 von 4 Kreisen und kreisfreien Städten, 1 KI');
  });
});

describe('tiles(summary)', () => {
  it('follows the Stichtag', () => {
    expect(tiles(summarize(kreise, zentren, '2017-10-10'))).toEqual([
      {
        key: 'zentren',
        value: '53',
        label: 'Kommunale Integrationszentren',
        note: 'am 10.10.2017; 1 kam später hinzu',
      },
      { key: 'kreise', value: '52 von 53', label: 'Kreise und kreisfreie Städte mit KI', note: 'ohne: Kreis Kleve' },
    ]);
  });

  it('says when all KIs of the data existed', () => {
    expect(tiles(summarize(kreise, zentren, '2018-09-06'))[0]?.note).toBe('am 06.09.2018: alle in den Daten');
  });

  it('marks KI counts as "nachweislich" while starts are unknown', () => {
    expect(tiles(summarize(kreise, zentren, '2013-07-01'))[0]).toEqual({
      key: 'zentren',
      value: '1',
      label: 'Kommunale Integrationszentren',
      note: 'nachweislich am 01.07.2013; bei 51 weiteren unbekannt',
    });
  });
});

describe('names in the sentence and the tile up to five districts, beyond only the count', () => {
  // Eight districts; Stadt i's KI opens on 0(i+1).01.2014, so on 03.01.2014 five have none, on 02.01.2014 six.
  const eight: KreisRef[] = Array.from({ length: 8 }, (_, i) => ({ ags: `07${i}`, name: `Stadt ${i}` }));
  const opening = eight.map((k, i) => zentrum(k.ags, day(`2014-01-0${i + 1}`), day(`2014-01-0${i + 1}`)));

  it('names all five districts without KI', () => {
    const summary = summarize(eight, opening, '2014-01-03');
    expect(summarySentence(summary, '2026-11-25')).toBe(
      'Am 03.01.2014 hatten 3 der 8 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Stadt 3, Stadt 4, Stadt 5, Stadt 6 und Stadt 7.',
    );
    expect(tiles(summary)[1]?.note).toBe('ohne: Stadt 3, Stadt 4, Stadt 5, Stadt 6 und Stadt 7');
  });

  it('gives only the count for six', () => {
    const summary = summarize(eight, opening, '2014-01-02');
    expect(summarySentence(summary, '2026-11-25')).toBe(
      'Am 02.01.2014 hatten 2 der 8 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; 6 hatten noch keins.',
    );
    expect(summarySentence(summary, '2014-01-02')).toBe(
      'Heute, am 02.01.2014, haben 2 der 8 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; 6 haben noch keins.',
    );
    expect(tiles(summary)[1]?.note).toBe('6 noch ohne');
  });
});
