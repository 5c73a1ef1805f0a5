import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import {
  PROGRAMME_START,
  isIsoDate,
  statusAt,
  statusByKreis,
  zentrumStatusAt,
  type ZentrumDates,
} from '../../src/core/model/status.ts';
import { validateData } from '../../src/core/read/validate.ts';
import type { PartialDate } from '../../src/core/model/types.ts';
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
    ['unknown start the day before the Richtlinie of 25.06.2012', null, null, '2012-06-24', 'ohne-ki'],
    ['unknown start on the day of the Richtlinie', null, null, '2012-06-25', 'unbekannt'],
    ['unknown start at the end of 2012', null, null, '2012-12-31', 'unbekannt'],
    ['unknown start from 2013 on', null, null, '2013-01-01', 'unbekannt'],
    ['unknown start today', null, null, '2026-11-25', 'unbekannt'],
    ['spaetestens: the day before', null, day('2017-10-05'), '2017-10-04', 'unbekannt'],
    ['spaetestens: on the day', null, day('2017-10-05'), '2017-10-05', 'ki'],
    ['month spaetestens counts from the month end', null, month('2016-07', '2016-07-31'), '2016-07-30', 'unbekannt'],
    ['month spaetestens on the month end', null, month('2016-07', '2016-07-31'), '2016-07-31', 'ki'],
    ['spaetestens before a vague start proves it', year('2013'), day('2013-06-12'), '2013-06-12', 'ki'],
    ['vague start before spaetestens stays unbekannt', year('2013'), day('2013-06-12'), '2013-06-11', 'unbekannt'],
    ['day start in 2012: the day before', day('2012-12-20'), null, '2012-12-19', 'ohne-ki'],
    ['day start in 2012: on the day', day('2012-12-20'), null, '2012-12-20', 'ki'],
    ['council decision of 14.09.2012 counts from that day', day('2012-09-14'), null, '2012-09-14', 'ki'],
    ['council decision of 14.09.2012 still counts at the end of 2012', day('2012-09-14'), null, '2012-12-31', 'ki'],
    ['year start 2012 before the Richtlinie: ohne-ki', year('2012'), null, '2012-06-24', 'ohne-ki'],
    ['year start 2012 from the Richtlinie on: unbekannt', year('2012'), null, '2012-06-25', 'unbekannt'],
    ['year start 2012 in the second half of 2012: unbekannt', year('2012'), null, '2012-06-30', 'unbekannt'],
    ['year start 2012 is proven from 31.12.2012', year('2012'), null, '2012-12-31', 'ki'],
    ['month start 2012-12: before December', month('2012-12', '2012-12-31'), null, '2012-11-30', 'ohne-ki'],
    ['month start 2012-12: within December', month('2012-12', '2012-12-31'), null, '2012-12-30', 'unbekannt'],
    ['month start 2012-12 is proven on 31.12.2012', month('2012-12', '2012-12-31'), null, '2012-12-31', 'ki'],
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

describe('PROGRAMME_START', () => {
  it('is the day of the Richtlinie, 25.06.2012, as chronik.csv records it', () => {
    expect(PROGRAMME_START).toBe('2012-06-25');
  });
});

describe('statusAt on the real data (data/*.csv) around the Richtlinie of 25.06.2012', () => {
  const { data } = validateData(readDataDir(join(import.meta.dirname, '..', '..', 'data')), { today: '2100-01-01' });
  const zentren = data!.zentren;
  const agsOf = (name: string) => data!.kreise.find((k) => k.name === name)!.ags;

  it('records the Richtlinie in chronik.csv on PROGRAMME_START', () => {
    const richtlinie = data!.chronik.find((e) => e.kreisAgs === 'NRW' && /Förderrichtlinie/.test(e.ereignis));
    expect(richtlinie?.datum.value).toBe(PROGRAMME_START);
  });

  it('has no KI in any district on 24.06.2012', () => {
    const statuses = Object.values(
      statusByKreis(
        data!.kreise.map((k) => k.ags),
        zentren,
        '2012-06-24',
      ),
    );
    expect(new Set(statuses)).toEqual(new Set(['ohne-ki']));
  });

  it.each([
    // [district, stichtag, expected]
    ['Rhein-Kreis Neuss', '2012-09-13', 'ohne-ki'],
    ['Rhein-Kreis Neuss', '2012-09-14', 'ki'],
    ['Rhein-Kreis Neuss', '2012-12-31', 'ki'],
    ['Kreis Gütersloh', '2012-12-10', 'ki'],
    ['Kreis Lippe', '2012-12-20', 'ki'],
    ['Kreis Warendorf', '2012-12-30', 'unbekannt'],
    ['Kreis Warendorf', '2012-12-31', 'ki'],
    ['Stadt Mülheim an der Ruhr', '2012-12-31', 'ki'],
    ['Stadt Bonn', '2012-12-31', 'unbekannt'],
    ['Stadt Duisburg', '2012-12-31', 'ohne-ki'],
    ['Kreis Kleve', '2012-12-31', 'ohne-ki'],
  ] as const)('%s on %s: %s', (name, stichtag, expected) => {
    expect(statusAt(zentren, agsOf(name), stichtag)).toBe(expected);
  });

  it('counts the districts per status at the end of 2012', () => {
    const statuses = Object.values(
      statusByKreis(
        data!.kreise.map((k) => k.ags),
        zentren,
        '2012-12-31',
      ),
    );
    const count = (status: string) => statuses.filter((s) => s === status).length;
    expect([count('ki'), count('unbekannt'), count('ohne-ki')]).toEqual([11, 12, 30]);
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
