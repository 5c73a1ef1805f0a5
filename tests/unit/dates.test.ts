import { describe, expect, it } from 'vitest';
import { daysInMonth, isLeapYear, isoDateIn, parsePartialDate } from '../../src/core/model/dates.ts';

describe('parsePartialDate(text)', () => {
  it.each([
    ['2018-09-06', { value: '2018-09-06', precision: 'tag', earliest: '2018-09-06', latest: '2018-09-06' }],
    ['06.09.2018', { value: '2018-09-06', precision: 'tag', earliest: '2018-09-06', latest: '2018-09-06' }],
    ['6.9.2018', { value: '2018-09-06', precision: 'tag', earliest: '2018-09-06', latest: '2018-09-06' }],
    [' 29.02.2016 ', { value: '2016-02-29', precision: 'tag', earliest: '2016-02-29', latest: '2016-02-29' }],
    ['29.02.2000', { value: '2000-02-29', precision: 'tag', earliest: '2000-02-29', latest: '2000-02-29' }],
    ['2013-07', { value: '2013-07', precision: 'monat', earliest: '2013-07-01', latest: '2013-07-31' }],
    ['07.2013', { value: '2013-07', precision: 'monat', earliest: '2013-07-01', latest: '2013-07-31' }],
    ['2.2016', { value: '2016-02', precision: 'monat', earliest: '2016-02-01', latest: '2016-02-29' }],
    ['2017-02', { value: '2017-02', precision: 'monat', earliest: '2017-02-01', latest: '2017-02-28' }],
    ['2013', { value: '2013', precision: 'jahr', earliest: '2013-01-01', latest: '2013-12-31' }],
  ])('reads %j', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    '31.02.2017',
    '29.02.2017',
    '29.02.1900',
    '31.04.2018',
    '00.01.2018',
    '2018-13-01',
    '2018-00',
    '13.2018',
    '2018-9-6',
    '06.09.18',
    '1899',
    '2101',
    '2018/09/06',
    '6. September 2018',
    'unbekannt',
    '',
    '2018-09-06T00:00',
  ])('refuses %j', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe('calendar helpers', () => {
  it.each([
    [2016, true],
    [2017, false],
    [2000, true],
    [1900, false],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2017, 2, 28],
    [2016, 2, 29],
    [2018, 4, 30],
    [2018, 12, 31],
  ])('daysInMonth(%i, %i) is %i', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });

  it('gives the Berlin calendar date of an instant (23:30 UTC on 31 Dec is already 1 Jan in Berlin)', () => {
    expect(isoDateIn(new Date('2017-12-31T23:30:00Z'))).toBe('2018-01-01');
    expect(isoDateIn(new Date('2017-12-31T23:30:00Z'), 'UTC')).toBe('2017-12-31');
  });
});
