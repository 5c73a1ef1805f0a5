/**
 * Table tests for every formatter in src/core/model/format.ts with the exact strings readers see: German
 * grouping and decimal comma, rounding half away from zero (never flooring, never to even), negative
 * amounts, zero, large amounts, the no-break space before units, and calendar dates.
 * The expected strings are written by hand, not produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { isoDateIn } from '../../src/core/model/dates.ts';
import {
  formatDate,
  formatDateLong,
  formatEuro,
  formatEuroCent,
  formatEuroMillions,
  formatEuroShort,
  formatFixed,
  formatList,
  formatMillionsBare,
  formatMonthYear,
  formatNumber,
  formatPartialDate,
} from '../../src/core/model/format.ts';
import { day, month, year } from './partial-dates.ts';

/** No-break space: a unit never wraps away from its number. */
const nb = '\u00a0';

describe('formatNumber(value, digits)', () => {
  it.each([
    [0, 1, '0'],
    [1234.5, 1, '1.234,5'],
    [1234.56, 1, '1.234,6'],
    [0.25, 1, '0,3'],
    [-0.25, 1, '-0,3'],
    [0.35, 1, '0,4'],
    [5.5, 2, '5,5'],
    [12_345.678, 2, '12.345,68'],
    [2.5, 0, '3'],
    [3.5, 0, '4'],
    [-2.5, 0, '-3'],
    [1234, 0, '1.234'],
    [1_234_567, 0, '1.234.567'],
    [1_000_000_000, 0, '1.000.000.000'],
  ])('formatNumber(%d, %i) is „%s“', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });

  it('uses one decimal by default', () => {
    expect(formatNumber(10.75)).toBe('10,8');
  });
});

describe('formatFixed(value, digits)', () => {
  it.each([
    [0.28, 2, '0,28'],
    [5, 2, '5,00'],
    [0, 1, '0,0'],
    [0.125, 2, '0,13'],
    [-0.125, 2, '-0,13'],
    [1234.5, 1, '1.234,5'],
    [2.5, 0, '3'],
    [98_765.4321, 3, '98.765,432'],
  ])('formatFixed(%d, %i) is „%s“', (value, digits, text) => {
    expect(formatFixed(value, digits)).toBe(text);
  });
});

describe('formatEuro(cent)', () => {
  it.each([
    [0, `0${nb}€`],
    [1, `0${nb}€`],
    [49, `0${nb}€`],
    [50, `1${nb}€`],
    [99, `1${nb}€`],
    [149, `1${nb}€`],
    [150, `2${nb}€`],
    [199, `2${nb}€`],
    [250, `3${nb}€`],
    [350, `4${nb}€`],
    [-50, `-1${nb}€`],
    [-149, `-1${nb}€`],
    [-150, `-2${nb}€`],
    [-199, `-2${nb}€`],
    [-250, `-3${nb}€`],
    [123_456_700, `1.234.567${nb}€`],
    [123_456_750, `1.234.568${nb}€`],
    [170_000_000_000, `1.700.000.000${nb}€`],
    [999_999_999_950, `10.000.000.000${nb}€`],
    [-2_275_000_000, `-22.750.000${nb}€`],
  ])('formatEuro(%i) is „%s“', (cent, text) => {
    expect(formatEuro(cent)).toBe(text);
  });

  it('never shows a negative zero for an amount that rounds to 0 €', () => {
    expect([formatEuro(-1), formatEuro(-40), formatEuro(-49)]).toEqual([`0${nb}€`, `0${nb}€`, `0${nb}€`]);
  });
});

describe('formatEuroCent(cent)', () => {
  it.each([
    [0, `0,00${nb}€`],
    [5, `0,05${nb}€`],
    [52, `0,52${nb}€`],
    [100, `1,00${nb}€`],
    [-5, `-0,05${nb}€`],
    [37_916_667, `379.166,67${nb}€`],
    [123_456_789, `1.234.567,89${nb}€`],
    [-123_456_789, `-1.234.567,89${nb}€`],
  ])('formatEuroCent(%i) is „%s“', (cent, text) => {
    expect(formatEuroCent(cent)).toBe(text);
  });
});

describe('formatEuroShort(cent)', () => {
  it.each([
    [0, `0${nb}€`],
    [27_000_000, `270.000${nb}€`],
    [27_000_050, `270.001${nb}€`],
    [99_999_900, `999.999${nb}€`],
    [100_000_000, `1${nb}Mio.${nb}€`],
    [125_000_000, `1,25${nb}Mio.${nb}€`],
    [1_700_000_000, `17${nb}Mio.${nb}€`],
    [12_345_678_900, `123,46${nb}Mio.${nb}€`],
    [-200_000_000, `-2${nb}Mio.${nb}€`],
    [-27_000_000, `-270.000${nb}€`],
  ])('formatEuroShort(%i) is „%s“', (cent, text) => {
    expect(formatEuroShort(cent)).toBe(text);
  });
});

describe('formatEuroMillions(lowCent, highCent)', () => {
  it.each([
    [0, 0, `0${nb}€`],
    [1_883_000_000, 1_883_000_000, `18,8${nb}Mio.${nb}€`],
    [364_083_333, 626_166_664, `3,6–6,3${nb}Mio.${nb}€`],
    [364_083_333, 364_999_999, `3,6${nb}Mio.${nb}€`],
    [364_083_333, 365_000_000, `3,6–3,7${nb}Mio.${nb}€`],
    [0, 150_000_000, `0,0–1,5${nb}Mio.${nb}€`],
    [12_345_000_000, 12_345_000_000, `123,5${nb}Mio.${nb}€`],
  ])('formatEuroMillions(%i, %i) is „%s“', (low, high, text) => {
    expect(formatEuroMillions(low, high)).toBe(text);
  });

  it('takes one amount as both ends', () => {
    expect(formatEuroMillions(1_883_000_000)).toBe(`18,8${nb}Mio.${nb}€`);
  });
});

describe('formatMillionsBare(cent)', () => {
  it.each([
    [0, '0,0'],
    [1_846_000_000, '18,5'],
    [1_845_000_000, '18,5'],
    [1_844_999_999, '18,4'],
    [100_000_000_000, '1.000,0'],
  ])('formatMillionsBare(%i) is „%s“', (cent, text) => {
    expect(formatMillionsBare(cent)).toBe(text);
  });
});

describe('dates', () => {
  it.each([
    ['2017-10-10', '10.10.2017', '10. Oktober 2017'],
    ['2013-03-01', '01.03.2013', '1. März 2013'],
    ['2024-02-29', '29.02.2024', '29. Februar 2024'],
    ['2012-06-25', '25.06.2012', '25. Juni 2012'],
    ['2026-12-31', '31.12.2026', '31. Dezember 2026'],
  ])('%s is „%s“ and „%s“', (iso, short, long) => {
    expect(formatDate(iso)).toBe(short);
    expect(formatDateLong(iso)).toBe(long);
  });

  it.each([
    ['2013-01', 'Januar 2013'],
    ['2013-05', 'Mai 2013'],
    ['2013-07', 'Juli 2013'],
    ['2020-12', 'Dezember 2020'],
  ])('formatMonthYear(%s) is „%s“', (yyyyMm, text) => {
    expect(formatMonthYear(yyyyMm)).toBe(text);
  });

  it('writes a partial date at its own precision', () => {
    expect([
      formatPartialDate(year('2013')),
      formatPartialDate(month('2013-07', '2013-07-31')),
      formatPartialDate(day('2013-07-01')),
    ]).toEqual(['2013', 'Juli 2013', '01.07.2013']);
  });

  // "Today" is the calendar day in Berlin: around midnight (CET and CEST) and on the switch to summer time.
  it.each([
    ['2026-11-24T22:59:59Z', '2026-11-24'],
    ['2026-11-24T23:00:00Z', '2026-11-25'],
    ['2026-07-31T21:59:59Z', '2026-07-31'],
    ['2026-07-31T22:00:00Z', '2026-08-01'],
    ['2026-03-29T00:59:59Z', '2026-03-29'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('the instant %s is the Berlin day %s', (instant, iso) => {
    expect(isoDateIn(new Date(instant))).toBe(iso);
  });
});

describe('formatList(items)', () => {
  it.each([
    [[], ''],
    [['Kreis Kleve'], 'Kreis Kleve'],
    [['Kreis Kleve', 'Stadt Bonn'], 'Kreis Kleve und Stadt Bonn'],
    [['A', 'B', 'C'], 'A, B und C'],
  ])('formatList(%j) is „%s“', (items, text) => {
    expect(formatList(items)).toBe(text);
  });
});
