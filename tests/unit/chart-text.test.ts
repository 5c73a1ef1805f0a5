import { describe, expect, it } from 'vitest';
import { describeRanking, describeStacked, describeWaterfall } from '../../src/core/charts/descriptions.ts';
import { formatEuro } from '../../src/core/model/format.ts';

describe('describeWaterfall', () => {
  it('writes the 2017 example out as a sum', () => {
    const text = describeWaterfall(
      'Ein Kreis-KI im Jahr 2017',
      [
        { key: 'p', label: 'Pauschale 5,5 Stellen', value: 27_000_000, kind: 'add', color: '' },
        { key: 'k', label: 'Kreiszuschlag', value: 5_000_000, kind: 'add', color: '' },
        { key: 'l', label: 'Lehrerstellen', value: 22_750_000, kind: 'add', color: '' },
        { key: 's', label: 'Summe laut Quelle', value: 0, kind: 'total', color: '' },
        { key: 'x', label: 'Sachkosten', value: 5_000_000, kind: 'add', color: '' },
        { key: 't', label: 'Höchstbetrag', value: 0, kind: 'total', color: '' },
      ],
      formatEuro,
    );
    expect(text).toBe(
      'Wasserfalldiagramm „Ein Kreis-KI im Jahr 2017“: Pauschale 5,5 Stellen 270.000\u00a0€ plus Kreiszuschlag 50.000\u00a0€ plus Lehrerstellen 227.500\u00a0€ ergibt Summe laut Quelle 547.500\u00a0€. Dazu Sachkosten 50.000\u00a0€ ergibt Höchstbetrag 597.500\u00a0€.',
    );
  });
});

describe('describeStacked', () => {
  it('names span, extremes, ranges, carried-forward years and gaps', () => {
    const text = describeStacked(
      'L',
      [{ key: 'a', label: 'A', color: '' }],
      [
        { key: '2013', label: '2013', values: { a: 100 }, range: 50 },
        { key: '2014', label: '2014', values: { a: 300 }, basis: 'fortgeschrieben' },
        { key: '2015', label: '2015', values: {}, unknown: true },
        { key: '2016', label: '2016', values: { a: 300 }, lesarten: { von: 280, bis: 350, label: 'zwei Lesarten' } },
      ],
      (v) => `${v} €`,
    );
    // Never "höchster sicherer Wert" for a carried-forward year: every extreme names its basis.
    expect(text).toBe(
      'Gestapeltes Säulendiagramm „L“ für 4 Jahre von 2013 bis 2016, Teile: A. Höchster Wert 2014: 300 € (fortgeschrieben, Annahme); niedrigster 2013: 100 € (Modellrechnung). Spanne wegen unbekannter Startdaten in 2013 (bis zu 50 € mehr). Fortgeschrieben (Annahme: für diese Jahre ist kein Förderbetrag je KI belegt): 2014. Zwei Lesarten in 2016 (280 € bis 350 €). Unbekannt: 2015.',
    );
  });
});

describe('describeRanking', () => {
  it('names the top, the bottom and the highlighted row with its rank', () => {
    const rows = [
      { key: '1', label: 'A', value: 3, color: '' },
      { key: '2', label: 'B', value: 2, color: '', highlight: true },
      { key: '3', label: 'C', value: 1, color: '' },
    ];
    expect(describeRanking('R', rows, (v) => `${v}`)).toBe(
      'Rangfolge „R“ mit 3 Einträgen. Am höchsten: A (3), B (2) und C (1). Am niedrigsten: C (1). B: Platz 2 von 3 mit 2.',
    );
  });
});
