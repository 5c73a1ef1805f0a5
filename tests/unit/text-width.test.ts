/**
 * The text-width estimates that lay out charts and map labels without a font engine: they must stay
 * close to the real advance widths of DejaVu Sans (the widest font of the chart font stack and the
 * export font), and the layouts built on them must keep their exact positions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approxTextWidth, legendLayout } from '../../src/lib/charts/axis.ts';
import { layoutKreisMap } from '../../src/lib/charts/map.ts';
import { layoutRanking } from '../../src/lib/charts/ranking.ts';
import { textWidth } from '../../src/lib/export-svg.ts';
import { kreisFeatures, outerBorder, type KreisTopology } from '../../src/lib/geo.ts';

describe('approxTextWidth(text, fontSize)', () => {
  it('estimates 0.58 em per character', () => {
    expect(approxTextWidth('Personal')).toBeCloseTo(8 * 13 * 0.58, 9);
    expect(approxTextWidth('Städteregion Aachen', 12)).toBeCloseTo(19 * 12 * 0.58, 9);
  });

  it('never underestimates DejaVu Sans for district names and legend labels, and overestimates by at most 16 %', () => {
    const labels = [
      'Städteregion Aachen',
      'Rhein-Kreis Neuss',
      'Kreis Kleve',
      'Stadt Mönchengladbach',
      'Hochsauerlandkreis',
      'Fachstellen (Land)',
      'Lehrerstellen',
      'Sachmittel',
      'modelliert',
      'fortgeschrieben',
    ];
    const ratios = labels.map((label) => approxTextWidth(label, 13) / textWidth(label, 13));
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1.16);
  });
});

describe('layouts built on the estimate', () => {
  it('places legend entries one after another: swatch 14 + gap 6 + label + 18', () => {
    const items = ['Personal', 'Sachmittel', 'Lehrerstellen'].map((label) => ({
      label,
      color: '#000',
      pattern: 'solid' as const,
    }));
    // Widths 38 + 7.54 × characters: 98.32, 113.4 and 136.02 px.
    const wide = legendLayout(items, 10, 400);
    expect(wide.items.map((i) => i.x)).toEqual([10, expect.closeTo(108.32, 9), expect.closeTo(221.72, 9)]);
    expect(wide.height).toBe(18);
    // 200 px wide: the second entry would end at 221.72 > 210, so every entry starts a row.
    const narrow = legendLayout(items, 10, 200);
    expect(narrow.items.map((i) => [i.x, i.y])).toEqual([
      [10, 0],
      [10, 18],
      [10, 36],
    ]);
    expect(narrow.height).toBe(54);
  });

  it('makes room for the longest ranking label (12 px) before the bars', () => {
    const layout = layoutRanking({
      width: 600,
      text: { title: 'T', unit: 'U', stand: '25.11.2026', source: 'S', licence: 'CC BY 4.0' },
      format: (v) => `${v}`,
      rows: [
        { key: '05334', label: 'Städteregion Aachen', value: 2, color: '#000' },
        { key: '05154', label: 'Kreis Kleve', value: 1, color: '#000' },
      ],
    });
    // 19 × 12 × 0.58 = 132.24 px of label, 16 px gap; labels end 8 px before the bars.
    expect(layout.bars[0]!.x).toBeCloseTo(148.24, 9);
    expect(layout.bars[0]!.labelX).toBeCloseTo(140.24, 9);
  });

  it('keeps a city label on the map only when its estimated box (0.6 em per character) fits', () => {
    const topology = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../public/geo/nrw-kreise.topo.json'), 'utf8'),
    ) as KreisTopology;
    const features = kreisFeatures(topology);
    const border = outerBorder(topology);
    // Kreis Kleve's centroid lies about 90 units from the map's left edge. At 10 units a character
    // is estimated 6 wide, so a centred 30-character label (half width 90) just fits, 31 (93) do not.
    const placed = (characters: number) =>
      layoutKreisMap(features, border, { labels: [{ ags: '05154', text: 'x'.repeat(characters) }], fontSize: 10 })
        .labels;
    expect(placed(30)).toEqual([{ ags: '05154', text: 'x'.repeat(30), x: 90, y: 319 }]);
    expect(placed(31)).toEqual([]);
  });
});
