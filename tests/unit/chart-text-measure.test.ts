/**
 * Every chart layout measures text with the one measure of text-metrics.ts (DejaVu Sans widths):
 * legend rows, ranking label column, waterfall step labels, map label boxes.
 */
import { describe, expect, it } from 'vitest';
import { legendLayout } from '../../src/core/charts/axis.ts';
import { wrapLabel } from '../../src/core/charts/waterfall.ts';
import { textWidth } from '../../src/core/charts/text-metrics.ts';

describe('legendLayout(items, x, width)', () => {
  const items = [
    { label: 'Grundpauschale', color: '#000', pattern: 'solid' as const },
    { label: 'Sachkosten', color: '#111', pattern: 'hatch' as const },
    { label: 'Kreiszuschlag (1 Stelle)', color: '#222', pattern: 'solid' as const },
  ];

  it('advances by swatch, gap, the label’s measured width at 12 px and a spacer', () => {
    expect(textWidth('Grundpauschale', 12)).toBeCloseTo(98.184, 6);
    const { items: placed, height } = legendLayout(items, 12, 300);
    expect(placed.map((i) => [i.x, i.y])).toEqual([
      [12, 0],
      [12 + 14 + 6 + 98.184 + 18, 0],
      [12, 18],
    ]);
    expect(height).toBe(36);
  });
});

describe('wrapLabel(label, maxWidth)', () => {
  it('breaks at spaces by measured width at 11.5 px', () => {
    expect(wrapLabel('Pauschale 5,5 Stellen laut Pressemitteilung', 90)).toEqual([
      'Pauschale 5,5',
      'Stellen laut',
      'Pressemitteilung',
    ]);
  });

  it('keeps at most three lines, the rest joined into the third', () => {
    expect(wrapLabel('a b c d e f g h', 10)).toEqual(['a', 'b', 'c d e f g h']);
  });
});
