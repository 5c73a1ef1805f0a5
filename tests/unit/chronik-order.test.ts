import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { compareChronik, comparePartialDates, sortChronik } from '../../src/core/model/chronik-order.ts';
import { kreisChronik } from '../../src/core/views/kreis-page.ts';
import type { ChronikEintrag, PartialDate } from '../../src/core/model/types.ts';
import { validateData } from '../../src/core/read/validate.ts';
import { day, month, year } from './partial-dates.ts';

const sign = (n: number) => Math.sign(n);

describe('comparePartialDates(a, b)', () => {
  it.each([
    // [a, b, expected sign]
    ['month after a day in that month', month('2017-10', '2017-10-31'), day('2017-10-05'), 1],
    ['day before its month', day('2017-10-05'), month('2017-10', '2017-10-31'), -1],
    ['month after the last day of that month', month('2017-10', '2017-10-31'), day('2017-10-31'), 1],
    ['month before the first day of the next month', month('2017-10', '2017-10-31'), day('2017-11-01'), -1],
    ['November after 23.11.2017', month('2017-11', '2017-11-30'), day('2017-11-23'), 1],
    ['year after every day of that year', year('2015'), day('2015-12-31'), 1],
    ['year after a month of that year', year('2015'), month('2015-12', '2015-12-31'), 1],
    ['year before the next year', year('2015'), day('2016-01-01'), -1],
    ['year 2013 after 02.12.2013', year('2013'), day('2013-12-02'), 1],
    ['same day', day('2018-09-06'), day('2018-09-06'), 0],
    ['same month', month('2018-09', '2018-09-30'), month('2018-09', '2018-09-30'), 0],
  ] as const)('%s', (_what, a, b, expected) => {
    expect(sign(comparePartialDates(a, b))).toBe(expected);
  });
});

describe('compareChronik(a, b) and sortChronik(entries)', () => {
  const entry = (datum: PartialDate, line: number): Pick<ChronikEintrag, 'datum' | 'line'> => ({ datum, line });

  it('keeps the file order for the same date', () => {
    expect(sign(compareChronik(entry(year('2015'), 7), entry(year('2015'), 8)))).toBe(-1);
    expect(sign(compareChronik(entry(year('2015'), 9), entry(year('2015'), 8)))).toBe(1);
  });

  it('sorts Oktober 2017 after 05.10.2017 and 10.10.2017, before November', () => {
    const sorted = sortChronik([
      entry(month('2017-10', '2017-10-31'), 18),
      entry(day('2017-10-05'), 19),
      entry(month('2017-10', '2017-10-31'), 20),
      entry(day('2017-10-10'), 21),
      entry(month('2017-11', '2017-11-30'), 23),
      entry(day('2017-11-23'), 24),
      entry(year('2017'), 2),
    ]);
    expect(sorted.map((e) => e.line)).toEqual([19, 21, 18, 20, 24, 23, 2]);
  });
});

describe('kreisChronik on the real data (data/chronik.csv)', () => {
  const { data } = validateData(readDataDir(join(import.meta.dirname, '..', '..', 'data')), { today: '2100-01-01' });

  it('lists Kleve’s October and November 2017 in chronicle order', () => {
    const kleve = kreisChronik(data!.chronik, '05154').map((e) => e.datum.value);
    const from = kleve.indexOf('2017-10-05');
    expect(kleve.slice(from, from + 4)).toEqual(['2017-10-05', '2017-10-10', '2017-10', '2017-11-23']);
    expect(kleve.slice(from + 4, from + 5)).toEqual(['2017-11']);
  });

  it('never puts a date before one that can only be earlier', () => {
    const kleve = kreisChronik(data!.chronik, '05154');
    for (let i = 1; i < kleve.length; i++) {
      expect(kleve[i - 1]!.datum.latest <= kleve[i]!.datum.latest).toBe(true);
    }
  });

  it('does not credit the ministry’s release of 05.10.2017 with naming Kleve: it gives only the count', () => {
    const entry = data!.chronik.find((e) => e.kreisAgs === '05154' && e.datum.value === '2017-10-05');
    expect(entry?.ereignis).toBe(
      'Das MKFFI meldet das 53. KI (Kreis Viersen) „zusammen mit den weiteren 52 Kreisen und kreisfreien Städten“; Kleve nennt die Pressemitteilung nicht. Dass Kleve damit als einziger Kreis kein KI hat, stellt die SPD-Kreistagsfraktion in ihrem Antrag vom 10.10.2017 fest.',
    );
    expect(entry?.quelle).toEqual(['mkffi-pm-2017-10-05', 'antrag-spd-kleve-2017-10-10']);
  });
});
