import { describe, expect, it } from 'vitest';
import { formatEuroMillions, formatEuroShort, formatFixed, formatMillionsBare } from '../../src/core/model/format.ts';
import { landesmittelJahr, landesmittelJahre } from '../../src/core/views/kosten/reihen.ts';
import { landJahr } from '../../src/core/foerderung/land.ts';
import { modelContext } from '../../src/core/foerderung/modell.ts';
import { landesmittelTile, type LandesmittelJahr } from '../../src/core/views/landesmittel-tile.ts';
import { stichtagPayload } from '../../src/core/views/stichtag.ts';
import { atlasInput, regel, regelnWieDaten, zentrum } from './funding-fixtures.ts';

describe('formatEuroMillions(lowCent, highCent)', () => {
  it.each([
    [364_083_333, 626_166_664, '3,6–6,3\u00a0Mio.\u00a0€'],
    [1_883_000_000, 1_883_000_000, '18,8\u00a0Mio.\u00a0€'],
    [1_681_166_667, 1_846_000_000, '16,8–18,5\u00a0Mio.\u00a0€'],
    // Ends that round to the same tenth are one figure, not "18,5–18,5".
    [1_846_000_000, 1_849_000_000, '18,5\u00a0Mio.\u00a0€'],
    [26_916_667, 42_500_000, '0,3–0,4\u00a0Mio.\u00a0€'],
    [0, 0, '0\u00a0€'],
  ])('formats %i … %i cents as %s', (low, high, text) => {
    expect(formatEuroMillions(low, high)).toBe(text);
  });

  it('formats a single amount when no upper end is given', () => {
    expect(formatEuroMillions(1_000_000_000)).toBe('10,0\u00a0Mio.\u00a0€');
  });
});

describe('formatMillionsBare(cent) and formatEuroShort(cent): bar labels and axis ticks in millions', () => {
  it.each([
    [1_846_000_000, '18,5', '18,46\u00a0Mio.\u00a0€'],
    [19_833_300, '0,2', '198.333\u00a0€'],
    [2_000_000_000, '20,0', '20\u00a0Mio.\u00a0€'],
    [0, '0,0', '0\u00a0€'],
  ])('formats %i cents as %s and %s', (cent, bare, short) => {
    expect(formatMillionsBare(cent)).toBe(bare);
    expect(formatEuroShort(cent)).toBe(short);
  });
});

describe('formatFixed(value, digits)', () => {
  it.each([
    [0.28, 2, '0,28'],
    [18.46, 2, '18,46'],
    [1234.5, 1, '1.234,5'],
    [0, 3, '0,000'],
    [2.005, 1, '2,0'],
  ])('formats %d with %i decimals as %s', (value, digits, text) => {
    expect(formatFixed(value, digits)).toBe(text);
  });
});

describe('landesmittelJahr(landJahr): the Integrationsministerium share of one statewide year', () => {
  const ctx = modelContext(regelnWieDaten());
  // a: Kreis from 01.07.2013 (6 months), b: city from 12/2012 (12), c: city "2013" (certain: December only).
  const zentren = [
    zentrum('a', 'Kreis', '2013-07-01'),
    zentrum('b', 'kreisfreie Stadt', '2012-12'),
    zentrum('c', 'kreisfreie Stadt', '2013'),
  ];

  it('gives 2013 as a range: 85.000 + 170.000 + 14.166,67 € certain, up to 85.000 + 2 × 170.000 €; teacher posts are the school ministry’s', () => {
    expect(landesmittelJahr(landJahr(zentren, 2013, ctx))).toEqual({
      jahr: 2013,
      cent: 26_916_667,
      hoechstCent: 42_500_000,
      fortgeschrieben: false,
      ohneBetrag: [],
    });
  });

  it('names KOMM-AN (from 2016, no amount in the sources) as left out instead of counting it as 0 €', () => {
    const year = landesmittelJahr(landJahr(zentren, 2016, ctx));
    expect(year.ohneBetrag).toEqual(['KOMM-AN NRW (Teil I)']);
    expect([year.cent, year.hoechstCent]).toEqual([51_000_000, 51_000_000]);
  });

  it('marks 2018 as carried forward (amounts read past the legal instrument of 27.03.2018)', () => {
    expect(landesmittelJahr(landJahr(zentren, 2018, ctx)).fortgeschrieben).toBe(true);
  });

  it('is unknown (null), not 0 €, when KIs existed but no rule of theirs gives an amount', () => {
    const ohne = modelContext([regel('pauschale-ohne', 'pauschale', '2012-06-25', null, 'alle', null, 3.5, 'je KI')]);
    expect(landesmittelJahr(landJahr(zentren, 2014, ohne))).toEqual({
      jahr: 2014,
      cent: null,
      hoechstCent: null,
      fortgeschrieben: false,
      ohneBetrag: ['Grundpauschale (3,5 Stellen)'],
    });
  });

  it('covers every year from the Förderrichtlinie (2012) to the build year for the atlas', () => {
    const jahre = landesmittelJahre(atlasInput(regelnWieDaten(), zentren));
    expect(jahre.map((j) => j.jahr)).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(jahre[1]).toEqual(landesmittelJahr(landJahr(zentren, 2013, ctx)));
  });
});

describe('landesmittelTile(jahre, stichtag)', () => {
  const jahre: LandesmittelJahr[] = [
    { jahr: 2013, cent: 364_083_333, hoechstCent: 626_166_664, fortgeschrieben: false, ohneBetrag: [] },
    { jahr: 2014, cent: null, hoechstCent: null, fortgeschrieben: false, ohneBetrag: ['Grundpauschale (3,5 Stellen)'] },
    {
      jahr: 2019,
      cent: 1_883_000_000,
      hoechstCent: 1_883_000_000,
      fortgeschrieben: true,
      ohneBetrag: ['KOMM-AN NRW (Teil I)'],
    },
  ];

  it('shows the Stichtag’s year as a range with its marker and says why', () => {
    expect(landesmittelTile(jahre, '2013-01-01')).toEqual({
      key: 'landesmittel',
      value: '3,6–6,3\u00a0Mio.\u00a0€¹',
      label: 'Landesmittel je Jahr (Integrationsministerium)',
      note: '2013 nach den Förderregeln (¹ Modellrechnung, Höchstbeträge); Spanne: Startmonate unbekannt',
      basis: 'modell',
    });
  });

  it('never shows a carried-forward figure: after the last sourced year it keeps that year and says from when amounts are missing', () => {
    const tile = landesmittelTile(jahre, '2019-12-31');
    expect([tile.value, tile.note, tile.basis]).toEqual([
      '3,6–6,3\u00a0Mio.\u00a0€¹',
      '2013 nach den Förderregeln (¹ Modellrechnung, Höchstbeträge); ab 2014 ist kein Förderbetrag je KI belegt; Spanne: Startmonate unbekannt',
      'modell',
    ]);
    expect(landesmittelTile(jahre, '2030-01-01').value).toBe('3,6–6,3\u00a0Mio.\u00a0€¹');
  });

  it('says "unbekannt" before any rule with an amount', () => {
    expect(landesmittelTile(jahre, '2012-12-31')).toEqual({
      key: 'landesmittel',
      value: 'unbekannt',
      label: 'Landesmittel je Jahr (Integrationsministerium)',
      note: '2012: keine Förderregel mit Betrag in Kraft',
      basis: 'unbekannt',
    });
  });
});

describe('stichtagPayload(atlas, landesmittel)', () => {
  const atlas = { gebaut: '2026-11-25', kreise: [], zentren: [] };

  it('ships the Landesmittel lookup only when given (the map embed does without)', () => {
    const jahre: LandesmittelJahr[] = [{ jahr: 2026, cent: 1, hoechstCent: 2, fortgeschrieben: false, ohneBetrag: [] }];
    expect(stichtagPayload(atlas, jahre).landesmittel).toEqual(jahre);
    expect('landesmittel' in stichtagPayload(atlas)).toBe(false);
  });
});
