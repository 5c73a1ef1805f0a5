import { dateFromDayNumber, dayNumber } from '../../src/core/model/dates.ts';
import { describe, expect, it } from 'vitest';

import { changeDays, dashboardReserve, keyFigures, stellenTile } from '../../src/core/views/key-figures.ts';

import { landesmittelJahre } from '../../src/core/views/kosten/reihen.ts';

import { summarize, summarySentence } from '../../src/core/views/summary.ts';

import { atlasInput, kreis, regelnWieDaten, zentrum } from './funding-fixtures.ts';

describe('keyFigures(summary, landesmittel) and dashboardReserve(…)', () => {
  const kreise = [
    kreis('05111', 'Düsseldorf', 'Kreisfreie Stadt', 600_000),
    kreis('05154', 'Kreis Kleve', 'Kreis', 300_000),
    kreis('05554', 'Kreis Borken', 'Kreis', 370_000),
  ];
  const zentren = [
    zentrum('d', 'kreisfreie Stadt', '2013', null, '05111'),
    zentrum('k', 'Kreis', '2018-09-06', null, '05154'),
    zentrum('b', 'Kreis', '2014-03', null, '05554'),
  ];
  const jahre = landesmittelJahre(atlasInput(regelnWieDaten(), zentren));

  it('puts the tiles in order (KIs, districts, Landesmittel, posts) and leaves out what is not given', () => {
    const summary = summarize(kreise, zentren, '2017-10-10');
    const stellen = stellenTile(regelnWieDaten(), '2017-12-31', { known: 4, of: 54 });
    expect(keyFigures(summary, jahre, stellen).map((t) => t.key)).toEqual([
      'zentren',
      'kreise',
      'landesmittel',
      'stellen',
    ]);
    expect(keyFigures(summary).map((t) => t.key)).toEqual(['zentren', 'kreise']);
  });

  it('replaces the sum of 4 KIs’ posts by what the rules fund per KI, with how many KIs’ posts are documented', () => {
    expect(stellenTile(regelnWieDaten(), '2017-12-31', { known: 4, of: 54 })).toEqual({
      key: 'stellen',
      value: '5,5 / 6,5',
      label: 'geförderte Stellen je KI (kreisfreie Stadt / Kreis)',
      note: 'laut Förderregeln am 31.12.2017, dazu bis zu 3 / 3,5 Lehrerstellen; tatsächliche Stellen belegt für 4 von 54 KI',
    });
    // Before the 2017 rules: the Grundpauschale's 3,5 posts and 2 teacher posts, for both types.
    expect(stellenTile(regelnWieDaten(), '2014-12-31', { known: 4, of: 54 }).value).toBe('3,5 / 3,5');
  });

  it('lists the days a text can change: ends, every 1 January, every start bound', () => {
    expect(changeDays(zentren, '2013-01-01', '2019-03-01')).toEqual([
      '2013-01-01',
      '2013-12-31',
      '2014-01-01',
      '2014-03-01',
      '2014-03-31',
      '2015-01-01',
      '2016-01-01',
      '2017-01-01',
      '2018-01-01',
      '2018-09-06',
      '2019-01-01',
      '2019-03-01',
    ]);
  });

  it('finds the same longest texts as trying every single day', () => {
    const today = '2019-03-01';
    const reserve = dashboardReserve(kreise, zentren, jahre, '2013-01-01', today);
    const longer = (a = '', b: string) => (b.length > a.length ? b : a);
    let summaryText = '';
    const tiles: Record<string, { value: string; note: string }> = {};
    for (let day = dayNumber('2013-01-01'); day <= dayNumber(today); day++) {
      const summary = summarize(kreise, zentren, dateFromDayNumber(day));
      summaryText = longer(summaryText, summarySentence(summary, today));
      for (const t of keyFigures(summary, jahre))
        tiles[t.key] = { value: longer(tiles[t.key]?.value, t.value), note: longer(tiles[t.key]?.note, t.note) };
    }
    const lengths = (r: { summary: string; tiles: typeof tiles }) =>
      JSON.stringify(r, (_, v: unknown) => (typeof v === 'string' ? v.length : v));
    expect(lengths(reserve)).toBe(lengths({ summary: summaryText, tiles }));
    expect(reserve.tiles.kreise?.note).toBe('ohne: Kreis Kleve und Kreis Borken');
  });
});
