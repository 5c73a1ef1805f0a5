import { describe, expect, it } from 'vitest';
import { finderHint, findKreise, foldName } from '../../../src/core/views/kreis-finder.ts';

const kreise = [
  { ags: '05154', name: 'Kreis Kleve' },
  { ags: '05117', name: 'Stadt Mülheim an der Ruhr' },
  { ags: '05334', name: 'Städteregion Aachen' },
  { ags: '05362', name: 'Rhein-Erft-Kreis' },
  { ags: '05158', name: 'Kreis Mettmann' },
  { ags: '05913', name: 'Stadt Dortmund' },
  { ags: '05316', name: 'Stadt Leverkusen' },
];
const names = (query: string) => findKreise(kreise, query).map((k) => k.name);

describe('foldName(text)', () => {
  it('spells out umlauts and ß and drops case, accents and dashes', () => {
    expect(foldName('Städteregion Aachen')).toBe('staedteregion aachen');
    expect(foldName('  Rhein-Erft-Kreis ')).toBe('rhein erft kreis');
    expect(foldName('Straße Café')).toBe('strasse cafe');
  });
});

describe('findKreise(kreise, query)', () => {
  it.each([
    ['kle', ['Kreis Kleve']],
    ['Kleve', ['Kreis Kleve']],
    ['mül', ['Stadt Mülheim an der Ruhr']],
    ['muel', ['Stadt Mülheim an der Ruhr']],
    ['aachen', ['Städteregion Aachen']],
    ['erft', ['Rhein-Erft-Kreis']],
    // Word starts before inner matches: "Kreis Kleve", "Kreis Mettmann" before "Rhein-Erft-Kreis".
    ['kreis', ['Kreis Kleve', 'Kreis Mettmann', 'Rhein-Erft-Kreis']],
    ['ver', ['Stadt Leverkusen']],
    ['0515', ['Kreis Kleve', 'Kreis Mettmann']],
    ['', []],
    ['xyz', []],
  ] as const)('%s → %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });
});

describe('finderHint(matches)', () => {
  it('says how many districts match and how to pick one', () => {
    expect(finderHint(0)).toBe('Kein Kreis und keine kreisfreie Stadt gefunden.');
    expect(finderHint(1)).toBe('1 Treffer. Mit Eingabe auswählen.');
    expect(finderHint(3)).toBe('3 Treffer. Mit Pfeil nach unten wählen, mit Eingabe auswählen.');
  });
});
