import { describe, expect, it } from 'vitest';
import { isIsoDate, statusAt, statusByKreis, zentrumStatusAt, type ZentrumDates } from '../../src/lib/status.ts';
import type { PartialDate } from '../../src/lib/types.ts';
import { day, month, year } from './partial-dates.ts';

const zentrum = (
  start: PartialDate | null,
  spaetestens: PartialDate | null = null,
  kreisAgs = '05999',
): ZentrumDates => ({
  kreisAgs,
  start,
  spaetestens,
});

describe('zentrumStatusAt(zentrum, stichtag)', () => {
  it.each([
    // [what, start, spaetestens, stichtag, expected]
    ['day start: the day before', day('2018-09-06'), null, '2018-09-05', 'ohne-ki'],
    ['day start: on the day', day('2018-09-06'), null, '2018-09-06', 'ki'],
    ['day start: the day after', day('2018-09-06'), null, '2018-09-07', 'ki'],
    ['month start: the day before the month', month('2013-07', '2013-07-31'), null, '2013-06-30', 'ohne-ki'],
    ['month start: its first day', month('2013-07', '2013-07-31'), null, '2013-07-01', 'unbekannt'],
    ['month start: its second-to-last day', month('2013-07', '2013-07-31'), null, '2013-07-30', 'unbekannt'],
    ['month start: its last day', month('2013-07', '2013-07-31'), null, '2013-07-31', 'ki'],
    ['February month start in a leap year', month('2016-02', '2016-02-29'), null, '2016-02-28', 'unbekannt'],
    ['February month start in a leap year, last day', month('2016-02', '2016-02-29'), null, '2016-02-29', 'ki'],
    ['year start: 1 January', year('2014'), null, '2014-01-01', 'unbekannt'],
    ['year start: 30 December', year('2014'), null, '2014-12-30', 'unbekannt'],
    ['year start counts from 31 December', year('2014'), null, '2014-12-31', 'ki'],
    ['year start: the year before', year('2014'), null, '2013-12-31', 'ohne-ki'],
    ['unknown start before 2013', null, null, '2012-12-31', 'ohne-ki'],
    ['unknown start from 2013 on', null, null, '2013-01-01', 'unbekannt'],
    ['unknown start today', null, null, '2026-11-25', 'unbekannt'],
    ['spaetestens: the day before', null, day('2017-10-05'), '2017-10-04', 'unbekannt'],
    ['spaetestens: on the day', null, day('2017-10-05'), '2017-10-05', 'ki'],
    ['month spaetestens counts from the month end', null, month('2016-07', '2016-07-31'), '2016-07-30', 'unbekannt'],
    ['month spaetestens on the month end', null, month('2016-07', '2016-07-31'), '2016-07-31', 'ki'],
    ['spaetestens before a vague start proves it', year('2013'), day('2013-06-12'), '2013-06-12', 'ki'],
    ['vague start before spaetestens stays unbekannt', year('2013'), day('2013-06-12'), '2013-06-11', 'unbekannt'],
    ['start in 2012 before the programme: ohne-ki earlier', day('2012-12-20'), null, '2012-12-19', 'ohne-ki'],
    ['a start proven in December 2012 wins over the 2013 cut-off', day('2012-12-20'), null, '2012-12-20', 'ki'],
    ['year start 2012 is unknown only from 2013 on: before 2013 ohne-ki', year('2012'), null, '2012-06-30', 'ohne-ki'],
    ['year start 2012 is proven from 31.12.2012', year('2012'), null, '2012-12-31', 'ki'],
  ] as const)('%s', (_what, start, spaetestens, stichtag, expected) => {
    expect(zentrumStatusAt(zentrum(start, spaetestens), stichtag)).toBe(expected);
  });
});

describe('statusAt(zentren, kreisAgs, stichtag)', () => {
  const kleve = zentrum(day('2018-09-06'), day('2018-09-06'), '05154');
  const viersen = zentrum(day('2017-01-01'), day('2017-01-01'), '05166');
  const staedteregion = zentrum(day('2013-07-01'), day('2013-07-01'), '05334');
  const stadtAachen = zentrum(day('2013-08-01'), day('2013-08-01'), '05334');
  const unknown = zentrum(null, day('2017-10-05'), '05314');
  const zentren = [kleve, viersen, staedteregion, stadtAachen, unknown];

  it('shows Kleve without KI on 10.10.2017 and on 05.09.2018, with KI from 06.09.2018', () => {
    expect(statusAt(zentren, '05154', '2017-10-10')).toBe('ohne-ki');
    expect(statusAt(zentren, '05154', '2018-09-05')).toBe('ohne-ki');
    expect(statusAt(zentren, '05154', '2018-09-06')).toBe('ki');
  });

  it('counts the Städteregion Aachen as ki as soon as one of its two KIs existed', () => {
    expect(statusAt(zentren, '05334', '2013-06-30')).toBe('ohne-ki');
    expect(statusAt(zentren, '05334', '2013-07-01')).toBe('ki');
    expect(statusAt([stadtAachen, staedteregion], '05334', '2013-07-01')).toBe('ki');
  });

  it('is unbekannt when one KI may exist and none provably does', () => {
    const vague = zentrum(year('2013'), null, '05334');
    expect(statusAt([vague, stadtAachen], '05334', '2013-07-15')).toBe('unbekannt');
  });

  it('keeps unknown-start districts unbekannt until their spaetestens date', () => {
    expect(statusAt(zentren, '05314', '2017-10-04')).toBe('unbekannt');
    expect(statusAt(zentren, '05314', '2017-10-05')).toBe('ki');
  });

  it('treats a district without any KI row as ohne-ki', () => {
    expect(statusAt(zentren, '05111', '2026-01-01')).toBe('ohne-ki');
  });
});

describe('statusByKreis(kreisAgs, zentren, stichtag)', () => {
  it('returns one status per AGS', () => {
    const zentren = [zentrum(day('2018-09-06'), null, '05154'), zentrum(day('2017-01-01'), null, '05166')];
    expect(statusByKreis(['05154', '05166'], zentren, '2017-10-10')).toEqual({ '05154': 'ohne-ki', '05166': 'ki' });
  });
});

describe('isIsoDate(value)', () => {
  it.each([
    ['2017-10-10', true],
    ['2016-02-29', true],
    ['2017-02-29', false],
    ['2017-13-01', false],
    ['10.10.2017', false],
    ['2017-10-1', false],
    ['', false],
  ] as const)('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
