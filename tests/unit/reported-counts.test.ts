import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { gemeldetArtText, gemeldeteZahlen } from '../../src/core/model/reported-counts.ts';
import { pointAt, reportedRows, ROLLOUT_RANGE, rolloutSeries } from '../../src/core/charts/rollout.ts';
import type { ChronikEintrag } from '../../src/core/model/types.ts';
import { validateData } from '../../src/core/read/validate.ts';
import { day } from './partial-dates.ts';

const event = (datum: string, kreisAgs: string, ereignis: string): ChronikEintrag => ({
  datum: day(datum),
  kreisAgs,
  ereignis,
  quelle: ['q'],
  line: 2,
});

describe('gemeldeteZahlen(chronik)', () => {
  it('reads a count only from its event, and only while the event still states the number', () => {
    expect(
      gemeldeteZahlen([
        event('2013-12-02', 'NRW', 'Die LaKI wird eröffnet; es gibt 47 KI.'),
        event('2013-02-21', 'NRW', 'Das MAIS meldet 160 bewilligte KI.'),
        event('2015-04-10', '05117', 'Von 49 KI ist die Rede.'),
      ]),
    ).toEqual([
      {
        datum: '2013-12-02',
        anzahl: 47,
        art: 'gemeldet',
        ereignis: 'Die LaKI wird eröffnet; es gibt 47 KI.',
        quelle: ['q'],
      },
    ]);
  });

  it('names what a count counts', () => {
    expect([gemeldetArtText('bewilligt'), gemeldetArtText('gemeldet')]).toEqual(['bewilligte KI', 'KI laut Quelle']);
  });
});

describe('gemeldeteZahlen on the real data (data/chronik.csv)', () => {
  const { data } = validateData(readDataDir(join(import.meta.dirname, '..', '..', 'data')), { today: '2100-01-01' });
  const zahlen = gemeldeteZahlen(data!.chronik);

  it('finds the ministry’s and the districts’ counts from 16 (Feb. 2013) to 54 (Kleve, 2018), with sources', () => {
    expect(zahlen.map((z) => [z.datum, z.anzahl, z.art, z.quelle[0]])).toEqual([
      ['2013-02-21', 16, 'bewilligt', 'mais-pm-2013-02-21'],
      ['2013-06-12', 29, 'bewilligt', 'mais-pm-2013-06-12'],
      ['2013-12-02', 47, 'gemeldet', 'ggk-kopie-mais-pm-2013-12-02'],
      ['2015-04-10', 49, 'gemeldet', 'muelheim-2015-04-10'],
      ['2016-02-12', 50, 'gemeldet', 'kreis-coesfeld-pm-3967'],
      ['2016-06-28', 51, 'gemeldet', 'kreis-borken-vorlage-5229'],
      ['2016-06-29', 52, 'gemeldet', 'land-nrw-pm-2016-07-01'],
      ['2017-10-05', 53, 'gemeldet', 'mkffi-pm-2017-10-05'],
      ['2018-09-06', 54, 'gemeldet', 'kreis-kleve-2018-09-06'],
    ]);
  });

  it('shows why both can be true: 47 reported on 02.12.2013, at most 44 proven or possible starts in the model', () => {
    const series = rolloutSeries(data!.zentren, ROLLOUT_RANGE.from, ROLLOUT_RANGE.to);
    expect(pointAt(series, '2013-12-02')).toMatchObject({ proven: 30, possible: 44 });
    expect(pointAt(series, '2013-12-31')).toMatchObject({ proven: 34, possible: 44 });
    expect(zahlen.find((z) => z.datum === '2013-12-02')?.anzahl).toBe(47);
  });

  it('sets the model beside each reported count in the table', () => {
    const series = rolloutSeries(data!.zentren, ROLLOUT_RANGE.from, ROLLOUT_RANGE.to);
    expect(reportedRows(zahlen, series).map((r) => [r.datum, r.anzahl, r.was, r.modell])).toEqual([
      ['2013-02-21', 16, 'bewilligte KI', '13–31'],
      ['2013-06-12', 29, 'bewilligte KI', '17–32'],
      ['2013-12-02', 47, 'KI laut Quelle', '30–44'],
      ['2015-04-10', 49, 'KI laut Quelle', '39–49'],
      ['2016-02-12', 50, 'KI laut Quelle', '41–50'],
      ['2016-06-28', 51, 'KI laut Quelle', '43–51'],
      ['2016-06-29', 52, 'KI laut Quelle', '44–52'],
      ['2017-10-05', 53, 'KI laut Quelle', '53'],
      ['2018-09-06', 54, 'KI laut Quelle', '54'],
    ]);
  });
});
