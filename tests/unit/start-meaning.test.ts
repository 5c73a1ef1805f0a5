import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import {
  countStartArten,
  startArt,
  startArtNote,
  startArtLegendText,
  startArtSentence,
  startBelegText,
} from '../../src/core/model/start-meaning.ts';
import type { PartialDate } from '../../src/core/model/types.ts';
import { validateData } from '../../src/core/read/validate.ts';
import { day, month, year } from './partial-dates.ts';

const ki = (start: PartialDate | null, startBedeutung: string) => ({ start, startBedeutung });

describe('startArt(zentrum)', () => {
  it.each([
    // [start_bedeutung as in zentren.csv, kind]
    ['Kreistagsbeschluss zur Einrichtung (nicht Arbeitsaufnahme)', 'beschluss'],
    ['Ratsbeschluss zur Einrichtung', 'beschluss'],
    ['Bewilligung der Landesförderung (nicht Arbeitsaufnahme)', 'bewilligung'],
    ['Bewilligung der Landesfinanzierung', 'bewilligung'],
    ['Übergabe des Förderbescheids; der Kreis meldet damit die Arbeitsaufnahme als 50. KI', 'bewilligung'],
    ['Kostenzusage/Bewilligung des Landes', 'bewilligung'],
    ['Anerkennung durch das Land / Umbenennung der RAA', 'bewilligung'],
    ['Genehmigung des Betriebs durch das Land zum Stichtag; der Ratsbeschluss vom 17.12.2012 sah …', 'bewilligung'],
    ['Arbeitsaufnahme (Pressemitteilung des Kreises)', 'arbeitsaufnahme'],
    ['Offizielle Eröffnung/Arbeitsbeginn', 'arbeitsaufnahme'],
    ['Einrichtung/Arbeitsaufnahme; Kreistagsbeschluss zur Errichtung am 13.12.2013', 'arbeitsaufnahme'],
    ['Arbeitsaufnahme mit Genehmigung des vorzeitigen Maßnahmebeginns', 'arbeitsaufnahme'],
    ['Gründung zum Stichtag per Ratsbeschluss (Zusammenlegung RAA + Referat für Integration)', 'gruendung'],
    ['Offizielle Gründungsfeier im Kreishaus; die Bewilligung lag schon vorher vor (unter den ersten 16)', 'gruendung'],
    ['Einrichtung ab Stichtag laut Kreistagsbeschluss vom 20.03.2014', 'gruendung'],
    ['Umwandlung der RAA in das KI', 'gruendung'],
    ['Bestehen seit (Angabe des KI Köln)', 'gruendung'],
    ['Jahresangabe ohne Erklärung', 'unbekannt'],
  ] as const)('%s → %s', (text, expected) => {
    expect(startArt(ki(day('2013-08-01'), text))).toBe(expected);
  });

  it('is unbekannt without a start date, whatever the text says', () => {
    expect(startArt(ki(null, 'Kein Startdatum belegt. Kreistagsbeschluss zur Einrichtung am 17.10.2013'))).toBe(
      'unbekannt',
    );
  });
});

describe('startBelegText(zentrum) and startArtNote(zentrum)', () => {
  it.each([
    [
      day('2012-09-14'),
      'Kreistagsbeschluss zur Einrichtung (nicht Arbeitsaufnahme)',
      'KI belegt (Beschluss vom 14.09.2012)',
    ],
    [month('2013-05', '2013-05-31'), 'Ratsbeschluss zur Einrichtung', 'KI belegt (Beschluss im Mai 2013)'],
    [
      day('2012-12-10'),
      'Bewilligung der Landesförderung (nicht Arbeitsaufnahme)',
      'KI belegt (Bewilligung vom 10.12.2012)',
    ],
    [year('2013'), 'Gründung (Jahresangabe des Kreises)', 'KI belegt (Gründung im Jahr 2013)'],
    [day('2018-09-06'), 'Arbeitsaufnahme (Pressemitteilung des Kreises)', null],
    [null, '', null],
  ] as const)('%o, %s → %s', (start, text, expected) => {
    expect(startBelegText(ki(start, text))).toBe(expected);
  });

  it('says that the map counts a decision like a start', () => {
    expect(startArtNote(ki(day('2012-09-14'), 'Kreistagsbeschluss zur Einrichtung'))).toBe(
      'Das Datum ist ein Rats- oder Kreistagsbeschluss, nicht die Arbeitsaufnahme; die Karte zählt das KI ab diesem Datum.',
    );
    expect(startArtNote(ki(day('2018-09-06'), 'Arbeitsaufnahme'))).toBeNull();
  });
});

describe('countStartArten(zentren) and startArtSentence(counts)', () => {
  it('counts only KIs with a start date and says what their dates mean', () => {
    const counts = countStartArten([
      ki(day('2012-09-14'), 'Kreistagsbeschluss zur Einrichtung'),
      ki(day('2012-12-10'), 'Bewilligung der Landesförderung'),
      ki(day('2013-07-22'), 'Bewilligung der Finanzierung'),
      ki(day('2018-09-06'), 'Arbeitsaufnahme'),
      ki(null, 'Kein Startdatum belegt'),
    ]);
    expect(counts).toEqual({ arbeitsaufnahme: 1, gruendung: 0, beschluss: 1, bewilligung: 2, unbekannt: 0 });
    expect(startArtSentence(counts)).toBe(
      'Von den 4 KI mit Startdatum ist das Datum bei 1 die Arbeitsaufnahme oder Eröffnung, bei 2 die Bewilligung, Genehmigung oder Anerkennung durch das Land und bei 1 ein Rats- oder Kreistagsbeschluss.',
    );
  });
});

describe('startArtLegendText(counts)', () => {
  it('names the kinds that are no Arbeitsaufnahme, with counts', () => {
    expect(
      startArtLegendText({ arbeitsaufnahme: 14, gruendung: 14, bewilligung: 11, beschluss: 3, unbekannt: 0 }),
    ).toBe(
      '„KI vorhanden“ zählt ab dem Startdatum oder einem späteren Beleg. Das Startdatum ist nicht immer die Arbeitsaufnahme: bei 14 KI die Gründung oder Einrichtung, bei 11 eine Bewilligung des Landes und bei 3 ein Rats- oder Kreistagsbeschluss.',
    );
  });

  it('says nothing when every start is an Arbeitsaufnahme', () => {
    expect(
      startArtLegendText({ arbeitsaufnahme: 3, gruendung: 0, bewilligung: 0, beschluss: 0, unbekannt: 0 }),
    ).toBeNull();
  });
});

describe('start meanings in the real data (data/zentren.csv)', () => {
  const { data } = validateData(readDataDir(join(import.meta.dirname, '..', '..', 'data')), { today: '2100-01-01' });
  const byId = (id: string) => data!.zentren.find((z) => z.id === id)!;

  it('reads every recorded start_bedeutung as one of the four kinds', () => {
    expect(countStartArten(data!.zentren).unbekannt).toBe(0);
  });

  it.each([
    ['rhein-kreis-neuss', 'beschluss'],
    ['leverkusen', 'beschluss'],
    ['guetersloh', 'bewilligung'],
    ['dortmund', 'bewilligung'],
    ['kleve', 'arbeitsaufnahme'],
  ] as const)('%s: %s (issue #10, point 10)', (id, expected) => {
    expect(startArt(byId(id))).toBe(expected);
  });
});
