import { describe, expect, it } from 'vitest';
import {
  commonEinwohnerStand,
  kreisRows,
  nextDirection,
  regierungsbezirke,
  sortRows,
  statusText,
  visibleAgs,
  type TableKreis,
  type TableZentrum,
} from '../../src/core/views/kreis-table.ts';
import type { PartialDate } from '../../src/core/model/types.ts';
import { day, month, year } from './partial-dates.ts';

const kreise: TableKreis[] = [
  {
    ags: '05154',
    name: 'Kreis Kleve',
    slug: 'kreis-kleve',
    regierungsbezirk: 'Düsseldorf',
    einwohner: 310_974,
    einwohnerStand: '2018-12-31',
  },
  {
    ags: '05334',
    name: 'Städteregion Aachen',
    slug: 'staedteregion-aachen',
    regierungsbezirk: 'Köln',
    einwohner: 555_465,
    einwohnerStand: '2018-12-31',
  },
  {
    ags: '05770',
    name: 'Kreis Minden-Lübbecke',
    slug: 'kreis-minden-luebbecke',
    regierungsbezirk: 'Detmold',
    einwohner: 310_710,
    einwohnerStand: '2018-12-31',
  },
  {
    ags: '05913',
    name: 'Stadt Dortmund',
    slug: 'stadt-dortmund',
    regierungsbezirk: 'Arnsberg',
    einwohner: 587_010,
    einwohnerStand: '2018-12-31',
  },
  {
    ags: '05314',
    name: 'Stadt Bonn',
    slug: 'stadt-bonn',
    regierungsbezirk: 'Köln',
    einwohner: null,
    einwohnerStand: null,
  },
];
const z = (
  kreisAgs: string,
  traeger: string,
  start: PartialDate | null,
  spaetestens: PartialDate | null,
  fach: number | null,
  lehrer: number | null,
): TableZentrum => ({
  kreisAgs,
  traeger,
  start,
  spaetestens,
  fachstellen: fach,
  lehrerstellen: lehrer,
});
const zentren: TableZentrum[] = [
  z('05154', 'Kreis Kleve', day('2018-09-06'), day('2018-09-06'), 5.5, 2),
  z('05334', 'StädteRegion Aachen', day('2013-07-01'), day('2013-07-01'), 5.5, null),
  z('05334', 'Stadt Aachen', day('2013-08-01'), day('2013-08-01'), 3.5, 1),
  z('05770', 'Kreis Minden-Lübbecke', year('2013'), day('2017-10-05'), null, null),
  z('05913', 'Stadt Dortmund', month('2013-07', '2013-07-31'), day('2017-10-05'), null, null),
  z('05314', 'Stadt Bonn', null, day('2017-10-05'), null, null),
];
const rows = kreisRows(kreise, zentren);
const byAgs = (ags: string) => rows.find((r) => r.ags === ags)!;

describe('kreisRows(kreise, zentren)', () => {
  it('writes the start at its own precision', () => {
    expect(byAgs('05154').kiSeit).toBe('06.09.2018');
    expect(byAgs('05913').kiSeit).toBe('Juli 2013');
    expect(byAgs('05770').kiSeit).toBe('2013');
    expect(byAgs('05314').kiSeit).toBe('unbekannt (spätestens 05.10.2017)');
  });

  it('lists both KIs of the Städteregion Aachen and sums their known posts', () => {
    expect(byAgs('05334')).toEqual({
      ags: '05334',
      name: 'Städteregion Aachen',
      slug: 'staedteregion-aachen',
      regierungsbezirk: 'Köln',
      kiSeit: '01.07.2013 (StädteRegion Aachen); 01.08.2013 (Stadt Aachen)',
      kiSeitSort: '2013-07-01',
      fachstellen: 9,
      lehrerstellen: 1,
      einwohner: 555_465,
      einwohnerStand: '2018-12-31',
    });
  });

  it('keeps unknown posts and starts as null, never 0', () => {
    expect(byAgs('05314')).toMatchObject({
      kiSeitSort: null,
      fachstellen: null,
      lehrerstellen: null,
      einwohner: null,
      einwohnerStand: null,
    });
  });
});

describe('sortRows(rows, key, direction, statuses)', () => {
  const names = (sorted: { name: string }[]) => sorted.map((r) => r.name);

  it('sorts names with German collation (Ä after A, not after Z)', () => {
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual([
      'Kreis Kleve',
      'Kreis Minden-Lübbecke',
      'Stadt Bonn',
      'Stadt Dortmund',
      'Städteregion Aachen',
    ]);
  });

  it('sorts by start with unknown starts last in both directions', () => {
    expect(names(sortRows(rows, 'kiSeit', 'ascending'))).toEqual([
      'Kreis Minden-Lübbecke',
      'Stadt Dortmund',
      'Städteregion Aachen',
      'Kreis Kleve',
      'Stadt Bonn',
    ]);
    expect(names(sortRows(rows, 'kiSeit', 'descending'))).toEqual([
      'Kreis Kleve',
      'Stadt Dortmund',
      'Städteregion Aachen',
      'Kreis Minden-Lübbecke',
      'Stadt Bonn',
    ]);
  });

  it('sorts numbers numerically, ties by name', () => {
    expect(names(sortRows(rows, 'einwohner', 'descending'))).toEqual([
      'Stadt Dortmund',
      'Städteregion Aachen',
      'Kreis Kleve',
      'Kreis Minden-Lübbecke',
      'Stadt Bonn',
    ]);
    expect(names(sortRows(rows, 'fachstellen', 'ascending')).slice(0, 2)).toEqual([
      'Kreis Kleve',
      'Städteregion Aachen',
    ]);
  });

  it('sorts by the status at the Stichtag: with KI, unknown, without', () => {
    const statuses = {
      '05154': 'ohne-ki',
      '05334': 'ki',
      '05770': 'unbekannt',
      '05913': 'ki',
      '05314': 'unbekannt',
    } as const;
    expect(names(sortRows(rows, 'status', 'ascending', statuses))).toEqual([
      'Stadt Dortmund',
      'Städteregion Aachen',
      'Kreis Minden-Lübbecke',
      'Stadt Bonn',
      'Kreis Kleve',
    ]);
  });
});

describe('nextDirection(currentKey, currentDirection, clicked)', () => {
  it('starts ascending on a new column and toggles on the same one', () => {
    expect(nextDirection(null, 'ascending', 'name')).toBe('ascending');
    expect(nextDirection('name', 'ascending', 'name')).toBe('descending');
    expect(nextDirection('name', 'descending', 'name')).toBe('ascending');
    expect(nextDirection('name', 'descending', 'einwohner')).toBe('ascending');
  });
});

describe('filtering by Regierungsbezirk', () => {
  it('lists the Bezirke and the districts in one of them', () => {
    expect(regierungsbezirke(rows)).toEqual(['Arnsberg', 'Detmold', 'Düsseldorf', 'Köln']);
    expect([...visibleAgs(rows, 'Köln')]).toEqual(['05334', '05314']);
    expect(visibleAgs(rows, '').size).toBe(5);
  });
});

describe('commonEinwohnerStand(rows)', () => {
  it('returns the shared Stand or null when rows differ', () => {
    expect(commonEinwohnerStand(rows.slice(0, 4))).toBe('2018-12-31');
    expect(commonEinwohnerStand(rows)).toBeNull();
  });
});

describe('statusText(status)', () => {
  it('has a word for each status', () => {
    expect([statusText('ki'), statusText('ohne-ki'), statusText('unbekannt')]).toEqual([
      'KI vorhanden',
      'kein KI',
      'unbekannt',
    ]);
  });
});
