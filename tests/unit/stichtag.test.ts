import { dateFromDayNumber, dayNumber } from '../../src/core/model/dates.ts';
import { describe, expect, it } from 'vitest';

import {
  clampDate,
  keyStichtage,
  stichtagPath,
  playSteps,
  presets,
  searchForStichtag,
  stichtagFromSearch,
  stichtagRangeLabel,
} from '../../src/core/views/stichtag.ts';

describe('dayNumber(date) and dateFromDayNumber(day)', () => {
  it('counts days since 1970-01-01 and back, across leap days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2013-01-01')).toBe(15706);
    expect(dayNumber('2016-03-01') - dayNumber('2016-02-28')).toBe(2);
    expect(dateFromDayNumber(dayNumber('2017-10-10'))).toBe('2017-10-10');
    expect(dateFromDayNumber(dayNumber('2016-02-29') + 1)).toBe('2016-03-01');
  });
});

describe('stichtagFromSearch(search, today)', () => {
  it.each([
    ['?stichtag=2017-10-10', '2017-10-10'],
    ['?foo=1&stichtag=2018-09-06', '2018-09-06'],
    ['?stichtag=2010-05-01', '2012-06-25'],
    ['?stichtag=2012-06-24', '2012-06-25'],
    ['?stichtag=2012-06-25', '2012-06-25'],
    ['?stichtag=2012-12-31', '2012-12-31'],
    ['?stichtag=2030-01-01', '2026-11-25'],
    ['?stichtag=2017-02-30', null],
    ['?stichtag=10.10.2017', null],
    ['', null],
  ] as const)('%s → %s', (search, expected) => {
    expect(stichtagFromSearch(search, '2026-11-25')).toBe(expected);
  });
});

describe('searchForStichtag(search, stichtag, today)', () => {
  it('sets the parameter, keeps others, and drops it for today', () => {
    expect(searchForStichtag('', '2017-10-10', '2026-11-25')).toBe('?stichtag=2017-10-10');
    expect(searchForStichtag('?a=1&stichtag=2013-01-01', '2017-10-10', '2026-11-25')).toBe('?a=1&stichtag=2017-10-10');
    expect(searchForStichtag('?stichtag=2017-10-10', '2026-11-25', '2026-11-25')).toBe('');
  });
});

describe('clampDate(date, min, max)', () => {
  it('keeps dates inside and moves others to the nearer end', () => {
    expect(clampDate('2015-06-01', '2013-01-01', '2026-11-25')).toBe('2015-06-01');
    expect(clampDate('2012-12-31', '2013-01-01', '2026-11-25')).toBe('2013-01-01');
    expect(clampDate('2027-01-01', '2013-01-01', '2026-11-25')).toBe('2026-11-25');
  });
});

describe('presets(today)', () => {
  it('offers today, the Kleve motion and the programme start', () => {
    expect(presets('2026-11-25')).toEqual([
      { label: 'heute', date: '2026-11-25' },
      { label: '10.10.2017 – Antrag im Kreistag Kleve', date: '2017-10-10' },
      { label: '25.06.2012 – Förderrichtlinie', date: '2012-06-25' },
    ]);
  });
});

describe('stichtagRangeLabel()', () => {
  it('names the first day the control offers', () => {
    expect(stichtagRangeLabel()).toBe('Tag (25.06.2012 bis heute)');
  });
});

describe('playSteps(from, to, stepMonths)', () => {
  it('steps by whole years and ends on the last day', () => {
    expect(playSteps('2013-01-01', '2016-03-15', 12)).toEqual([
      '2013-01-01',
      '2014-01-01',
      '2015-01-01',
      '2016-01-01',
      '2016-03-15',
    ]);
  });

  it('starts on the first date itself when it is not a first, then steps on the calendar', () => {
    expect(playSteps('2017-10-10', '2018-02-01', 2)).toEqual(['2017-10-10', '2017-11-01', '2018-01-01', '2018-02-01']);
  });

  it('starts a play-through on the programme start (25.06.2012), then quarters or whole years', () => {
    expect(playSteps('2012-06-25', '2013-05-15', 3)).toEqual([
      '2012-06-25',
      '2012-07-01',
      '2012-10-01',
      '2013-01-01',
      '2013-04-01',
      '2013-05-15',
    ]);
    expect(playSteps('2012-06-25', '2014-03-01', 12)).toEqual(['2012-06-25', '2013-01-01', '2014-01-01', '2014-03-01']);
  });
});

describe('keyStichtage() and stichtagPath(stichtag)', () => {
  it('lists each 31.12. from 2013 to 2018 and the Kleve motion in date order, each with its static path', () => {
    expect(keyStichtage()).toEqual([
      '2013-12-31',
      '2014-12-31',
      '2015-12-31',
      '2016-12-31',
      '2017-10-10',
      '2017-12-31',
      '2018-12-31',
    ]);
    expect(stichtagPath('2017-10-10')).toBe('stichtag/2017-10-10/');
  });
});
