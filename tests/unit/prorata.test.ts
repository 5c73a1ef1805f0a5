/**
 * Month arithmetic of the funding model: month indexes, the last day of a month (on which a month's
 * rule is read, so February of a leap year must end on the 29th), formatting and monthly shares.
 */
import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, monthIndex, monthlyShare, monthsOfYear, yearOf } from '../../src/core/foerderung/monate.ts';
import { formatMonth } from '../../src/core/model/format.ts';

describe('lastDayOfMonth(month)', () => {
  it.each([
    ['2016-02', '2016-02-29'],
    ['2020-02', '2020-02-29'],
    ['2024-02', '2024-02-29'],
    ['2000-02', '2000-02-29'],
    ['2013-02', '2013-02-28'],
    ['2019-02', '2019-02-28'],
    ['2023-02', '2023-02-28'],
    ['2100-02', '2100-02-28'],
    ['2016-01', '2016-01-31'],
    ['2016-03', '2016-03-31'],
    ['2016-04', '2016-04-30'],
    ['2017-06', '2017-06-30'],
    ['2017-09', '2017-09-30'],
    ['2017-11', '2017-11-30'],
    ['2017-12', '2017-12-31'],
  ])('the month %s ends on %s', (yyyyMm, iso) => {
    expect(lastDayOfMonth(monthIndex(yyyyMm))).toBe(iso);
  });

  it('counts 366 days in the leap years 2016, 2020 and 2024 and 365 in 2017', () => {
    const daysOf = (year: number) => {
      const [first, last] = monthsOfYear(year);
      let days = 0;
      for (let m = first; m <= last; m++) days += Number(lastDayOfMonth(m).slice(8));
      return days;
    };
    expect([2016, 2017, 2020, 2024].map(daysOf)).toEqual([366, 365, 366, 366]);
  });
});

describe('month indexes', () => {
  it('number months from year 0 and read ISO days and YYYY-MM alike', () => {
    expect(monthIndex('2013-08-01')).toBe(2013 * 12 + 7);
    expect(monthIndex('2013-08')).toBe(2013 * 12 + 7);
    expect(monthIndex('2013')).toBe(2013 * 12);
    expect(yearOf(monthIndex('2016-12'))).toBe(2016);
    expect(monthsOfYear(2016)).toEqual([2016 * 12, 2016 * 12 + 11]);
  });

  it.each([
    ['2013-01', '01/2013'],
    ['2016-02', '02/2016'],
    ['2018-12', '12/2018'],
  ])('formatMonth of %s is %s', (yyyyMm, text) => {
    expect(formatMonth(monthIndex(yyyyMm))).toBe(text);
  });
});

describe('monthlyShare(sumOfAnnualCent)', () => {
  it.each([
    [22_750_000, 1_895_833],
    [18, 2],
    [17, 1],
    [-18, -2],
    [6, 1],
    [5, 0],
    [0, 0],
  ])('%i / 12 rounds half away from zero to %i cents', (annual, share) => {
    expect(monthlyShare(annual)).toBe(share);
  });
});
