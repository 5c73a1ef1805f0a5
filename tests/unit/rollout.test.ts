import { describe, expect, it } from 'vitest';
import {
  ROLLOUT_RANGE,
  layoutReported,
  layoutRollout,
  markerAnchor,
  markerLabel,
  pointAt,
  rolloutDescription,
  rolloutSeries,
  rolloutYearsLabel,
  stichtagX,
  yearEndCounts,
} from '../../src/core/charts/rollout.ts';
import type { ZentrumDates } from '../../src/core/model/status.ts';
import type { PartialDate } from '../../src/core/model/types.ts';
import { day, year } from './partial-dates.ts';
import { rolloutTexts } from '../../src/core/charts/rollout-drawing.ts';

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

describe('layoutReported(layout, points, minGap)', () => {
  // Plot 40–624 × 16–268, 2013-01-01 to 2018-12-31 (2190 days), y axis 0–55.
  const layout = layoutRollout([{ date: '2013-01-01', proven: 1, possible: 2 }], '2013-01-01', '2018-12-31', {
    width: 640,
    height: 300,
    yMax: 54,
  });

  it('places each reported count at its day and height, and drops counts outside the range', () => {
    expect(layout.yTop).toBe(55);
    const { marks } = layoutReported(layout, [
      { date: '2012-06-25', count: 0 },
      { date: '2013-12-02', count: 47 },
      { date: '2016-06-28', count: 51 },
      { date: '2016-06-29', count: 52 },
      { date: '2017-10-05', count: 53 },
    ]);
    // 02.12.2013: x = 40 + 335/2190 × 584 = 129,3; y = 268 − 47/55 × 252 = 52,7.
    expect(marks).toEqual([
      { date: '2013-12-02', count: 47, x: 129.3, y: 52.7 },
      { date: '2016-06-28', count: 51, x: 379.7, y: 34.3 },
      { date: '2016-06-29', count: 52, x: 380, y: 29.7 },
      { date: '2017-10-05', count: 53, x: 503.5, y: 25.2 },
    ]);
  });

  it('labels points close in time but far apart in height on their own', () => {
    const narrow = layoutRollout([{ date: '2013-01-01', proven: 1, possible: 2 }], '2013-01-01', '2018-12-31', {
      width: 360,
      height: 300,
      yMax: 54,
    });
    expect(
      layoutReported(narrow, [
        { date: '2013-02-21', count: 16 },
        { date: '2013-06-12', count: 29 },
      ]).labels.map((l) => l.text),
    ).toEqual(['16', '29']);
  });

  it('gives close points one label ("51/52") over the highest of them', () => {
    const { labels } = layoutReported(layout, [
      { date: '2013-12-02', count: 47 },
      { date: '2016-06-28', count: 51 },
      { date: '2016-06-29', count: 52 },
      { date: '2017-10-05', count: 53 },
    ]);
    expect(labels).toEqual([
      { text: '47', x: 129.3, y: 45.7 },
      { text: '51/52', x: 379.9, y: 22.7 },
      { text: '53', x: 503.5, y: 18.2 },
    ]);
  });
});

describe('rolloutTexts(key, meta) and rolloutDescription(years, reported)', () => {
  const meta = { stand: '2026-11-20', title: 'KI-Atlas NRW', licence: 'CC BY 4.0' };

  it('names the diamonds, chronik.csv and why reported counts differ when there are any', () => {
    expect(rolloutTexts('breit', { ...meta, reported: 9 })).toEqual({
      subtitle: 'Anzahl KI: nachweislich (Linie), möglich (graues Band), gemeldet (◆)',
      footer: [
        'Stand: 20.11.2026 · Quelle: KI-Atlas NRW, zentren.csv, chronik.csv · Lizenz: CC BY 4.0',
        'Start nur als Jahr/Monat belegt: nachweislich erst ab dessen letztem Tag.',
        '◆ gemeldete Zahl: zählt oft Bewilligungen; Linie und Band nur belegte Starts.',
      ],
    });
    expect(rolloutTexts('schmal', { ...meta, reported: 9 }).subtitle).toBe(
      'nachweislich (Linie), möglich (Band), ◆ gemeldet',
    );
    expect(rolloutTexts('schmal', { ...meta, reported: 9 }).footer.slice(-2)).toEqual([
      '◆ gemeldet: zählt oft Bewilligungen,',
      'Linie und Band nur belegte Starts.',
    ]);
  });

  it('keeps to the model without reported counts', () => {
    expect(rolloutTexts('breit', { ...meta, reported: 0 }).subtitle).toBe(
      'Anzahl KI: nachweislich (Linie), möglich (graues Band)',
    );
    expect(rolloutTexts('breit', { ...meta, reported: 0 }).footer).toHaveLength(2);
  });

  it('adds the reason to the description', () => {
    const years = [{ date: '2013-12-31', proven: 34, possible: 44 }];
    expect(rolloutDescription(years, 1)).toBe(
      'Treppenkurve der Zahl der KI. Ende 2013 nachweislich 34, höchstens 44. Wo Startdaten fehlen, liegt die wahre Zahl im Band dazwischen. ' +
        'Gemeldete Zahlen (◆) zählen oft Bewilligungen oder Beschlüsse; Linie und Band zählen nur KI, deren Start belegt ist. Beides kann zugleich stimmen.',
    );
  });
});
