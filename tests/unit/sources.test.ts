import { describe, expect, it } from 'vitest';
import { collectQuelleIds, hrefFor, resolveQuellen } from '../../src/core/model/sources.ts';
import type { Quelle } from '../../src/core/model/types.ts';

const quelle = (id: string): Quelle => ({
  id,
  titel: `Titel ${id}`,
  herausgeber: 'MKFFI',
  datum: null,
  url: '',
  lizenz: '',
  line: 2,
});

describe('resolveQuellen(ids, quellen)', () => {
  it('keeps the first-mentioned order and lists each id once', () => {
    const result = resolveQuellen(['b', 'a', 'b'], [quelle('a'), quelle('b')]);
    expect(result.map((item) => item.id)).toEqual(['b', 'a']);
    expect(result[0]?.quelle?.titel).toBe('Titel b');
  });

  it('returns unknown ids with quelle null instead of dropping them', () => {
    expect(resolveQuellen(['fehlt'], [quelle('a')])).toEqual([{ id: 'fehlt', quelle: null }]);
  });

  it('skips blank ids and trims spaces', () => {
    expect(resolveQuellen([' a ', ''], [quelle('a')]).map((item) => item.id)).toEqual(['a']);
  });
});

describe('collectQuelleIds(rows)', () => {
  it('returns the distinct ids of all rows in first-mentioned order', () => {
    expect(collectQuelleIds([{ quelle: ['x', 'y'] }, { quelle: ['y', 'z'] }, { quelle: [] }])).toEqual(['x', 'y', 'z']);
  });
});

describe('hrefFor(url)', () => {
  it.each([
    [
      'http://www.oberberg-aktuell.de/index.php?id=77&tx_ttnews[tt_news]=164837',
      'http://www.oberberg-aktuell.de/index.php?id=77&tx_ttnews%5Btt_news%5D=164837',
    ],
    ['https://example.org/a b|c', 'https://example.org/a%20b%7Cc'],
    ['https://www.kreis-kleve.de/de/aktuelles/ki/?x=%C3%A4', 'https://www.kreis-kleve.de/de/aktuelles/ki/?x=%C3%A4'],
    ['https://de.wikipedia.org/wiki/Städteregion_Aachen', 'https://de.wikipedia.org/wiki/St%C3%A4dteregion_Aachen'],
  ])('makes %s safe as %s', (url, href) => {
    expect(hrefFor(url)).toBe(href);
  });
});
