import { describe, expect, it } from 'vitest';
import {
  ROLLOUT_RANGE,
  layoutRollout,
  markerAnchor,
  markerLabel,
  pointAt,
  rolloutDescription,
  rolloutSeries,
  rolloutYearsLabel,
  stichtagX,
  yearEndCounts,
} from '../../src/lib/charts/rollout.ts';
import type { ZentrumDates } from '../../src/lib/status.ts';
import type { PartialDate } from '../../src/lib/types.ts';
import { day, year } from './partial-dates.ts';

const z = (start: PartialDate | null, spaetestens: PartialDate | null): ZentrumDates => ({
  kreisAgs: '05000',
  start,
  spaetestens,
});

const zentren = [
  z(day('2012-12-20'), null), // proven before the range
  z(year('2014'), null), // possible from 01.01.2014, proven from 31.12.2014
  z(null, day('2017-10-05')), // possible from 2013, proven from 05.10.2017
  z(day('2018-09-06'), day('2018-09-06')), // Kleve
];

describe('rolloutSeries(zentren, from, to)', () => {
  it('steps where a proven or possible count changes', () => {
    expect(rolloutSeries(zentren, '2013-01-01', '2018-12-31')).toEqual([
      { date: '2013-01-01', proven: 1, possible: 2 },
      { date: '2014-01-01', proven: 1, possible: 3 },
      { date: '2014-12-31', proven: 2, possible: 3 },
      { date: '2017-10-05', proven: 3, possible: 3 },
      { date: '2018-09-06', proven: 4, possible: 4 },
    ]);
  });
});

describe('pointAt(series, date) and yearEndCounts(series, from, to)', () => {
  const series = rolloutSeries(zentren, '2013-01-01', '2018-12-31');
  it('finds the step in force', () => {
    expect(pointAt(series, '2017-10-10')).toEqual({ date: '2017-10-05', proven: 3, possible: 3 });
    expect(pointAt(series, '2012-12-31')).toBeNull();
  });
  it('reads the counts at each year end', () => {
    expect(yearEndCounts(series, 2013, 2015).map((p) => [p.date, p.proven, p.possible])).toEqual([
      ['2013-12-31', 1, 2],
      ['2014-12-31', 2, 3],
      ['2015-12-31', 2, 3],
    ]);
  });
});

describe('layoutRollout(series, from, to, options)', () => {
  const series = rolloutSeries(zentren, '2013-01-01', '2018-12-31');
  const layout = layoutRollout(series, '2013-01-01', '2018-12-31', { width: 640, height: 300, yMax: 4 });

  it('puts one x tick per 1 January, from the left edge of the plot', () => {
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2013', '2014', '2015', '2016', '2017', '2018']);
    expect(layout.xTicks[0]!.position).toBe(40);
  });

  it('draws the step lines from the left to the right edge of the plot', () => {
    expect(layout.proven.startsWith('M40,')).toBe(true);
    expect(layout.proven.endsWith(`${layout.plot.right},${layout.yTicks.find((t) => t.value === '4')!.position}`)).toBe(
      true,
    );
    expect(layout.band.startsWith('M40,')).toBe(true);
  });

  it('places the Stichtag marker proportionally and clamps it to the plot', () => {
    expect(stichtagX(layout, '2013-01-01')).toBe(40);
    expect(stichtagX(layout, '2026-11-25')).toBe(624);
    expect(stichtagX(layout, '2016-01-01')).toBeCloseTo(40 + (1095 / 2190) * 584, 0);
  });
});

describe('markerLabel(date, proven, possible) and markerAnchor(layout, x)', () => {
  it('shows one count when sure and a range while unknown', () => {
    expect(markerLabel('2017-10-10', 53, 53)).toBe('10.10.2017: 53 KI');
    expect(markerLabel('2013-07-01', 12, 40)).toBe('01.07.2013: 12–40 KI');
  });
  it('puts the text left of the line in the right half', () => {
    const plot = { plot: { left: 40, right: 624, top: 0, bottom: 0 } };
    expect(markerAnchor(plot, 100)).toBe('start');
    expect(markerAnchor(plot, 500)).toBe('end');
  });
});

describe('ROLLOUT_RANGE, rolloutYearsLabel(separator) and rolloutDescription(years)', () => {
  it('starts on the programme start (Förderrichtlinie of 25.06.2012) and ends with 2018', () => {
    expect(ROLLOUT_RANGE).toEqual({ from: '2012-06-25', to: '2018-12-31' });
    expect(rolloutYearsLabel()).toBe('2012–2018');
    expect(rolloutYearsLabel(' bis ')).toBe('2012 bis 2018');
  });

  it('describes the first two year ends and the last one', () => {
    const series = rolloutSeries(zentren, ROLLOUT_RANGE.from, ROLLOUT_RANGE.to);
    expect(rolloutDescription(yearEndCounts(series, 2012, 2018))).toBe(
      'Treppenkurve der Zahl der KI. Ende 2012 nachweislich 1, höchstens 2; Ende 2013 nachweislich 1, höchstens 2; Ende 2018 4. Wo Startdaten fehlen, liegt die wahre Zahl im Band dazwischen.',
    );
  });

  it('starts the series on the programme start, where only unknown starts are possible', () => {
    expect(rolloutSeries(zentren, ROLLOUT_RANGE.from, '2012-12-31')).toEqual([
      { date: '2012-06-25', proven: 0, possible: 1 },
      { date: '2012-12-20', proven: 1, possible: 2 },
    ]);
  });
});
