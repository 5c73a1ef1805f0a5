import { describe, expect, it } from 'vitest';
import { parseAgs } from '../../src/core/read/ags.ts';
import { slugify } from '../../src/core/model/slug.ts';

describe('slugify(name)', () => {
  it.each([
    ['Kreis Kleve', 'kreis-kleve'],
    ['Städteregion Aachen', 'staedteregion-aachen'],
    ['Stadt Köln', 'stadt-koeln'],
    ['Köln, Stadt', 'koeln-stadt'],
    ['Mülheim an der Ruhr', 'muelheim-an-der-ruhr'],
    ['Rhein-Kreis Neuss', 'rhein-kreis-neuss'],
    ['Märkischer Kreis', 'maerkischer-kreis'],
    ['  Kreis  Gütersloh ', 'kreis-guetersloh'],
    ['Straße', 'strasse'],
    ['ÄÖÜ', 'aeoeue'],
    ['ß'.repeat(200), 's'.repeat(60)],
    [`Kreis ${'Langername '.repeat(20)}`, 'kreis-langername-langername-langername-langername-langername'],
    ['!!!', 'kreis'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('parseAgs(text, lengths, prefix)', () => {
  it.each([
    ['05154', [5], { ok: true, ags: '05154' }],
    [' 05154 ', [5], { ok: true, ags: '05154' }],
    ['05334002', [5, 8], { ok: true, ags: '05334002' }],
    [
      '5154',
      [5],
      {
        ok: true,
        ags: '05154',
        hint: 'AGS „5154“ hat 4 Stellen; gelesen als „05154“ (Excel entfernt führende Nullen).',
      },
    ],
    [
      '5334002',
      [5, 8],
      {
        ok: true,
        ags: '05334002',
        hint: 'AGS „5334002“ hat 7 Stellen; gelesen als „05334002“ (Excel entfernt führende Nullen).',
      },
    ],
  ] as const)('reads %j', (text, lengths, expected) => {
    expect(parseAgs(text, lengths)).toEqual(expected);
  });

  it.each([
    [
      '06412',
      [5],
      'AGS „06412“ liegt nicht in Nordrhein-Westfalen (AGS in NRW beginnen mit 05). Bitte den Schlüssel prüfen.',
    ],
    [
      '6412',
      [5],
      'AGS „06412“ liegt nicht in Nordrhein-Westfalen (AGS in NRW beginnen mit 05). Bitte den Schlüssel prüfen.',
    ],
    ['515', [5], '„515“ ist kein gültiger Gemeindeschlüssel (AGS); erwartet werden 5 Ziffern, z. B. 05154.'],
    ['051540', [5], '„051540“ ist kein gültiger Gemeindeschlüssel (AGS); erwartet werden 5 Ziffern, z. B. 05154.'],
    ['05154a', [5], '„05154a“ ist kein gültiger Gemeindeschlüssel (AGS); erwartet werden 5 Ziffern, z. B. 05154.'],
    [
      '053340',
      [5, 8],
      '„053340“ ist kein gültiger Gemeindeschlüssel (AGS); erwartet werden 5 oder 8 Ziffern, z. B. 05154 oder 05334002.',
    ],
  ] as const)('refuses %j', (text, lengths, message) => {
    expect(parseAgs(text, lengths)).toEqual({ ok: false, message });
  });

  it('accepts any state when the prefix is null (synthetic Germany-wide sets)', () => {
    expect(parseAgs('06412', [5], null)).toEqual({ ok: true, ags: '06412' });
  });
});
