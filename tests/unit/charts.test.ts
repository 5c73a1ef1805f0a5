import { describe, expect, it } from 'vitest';
import { layoutStacked } from '../../src/core/charts/stacked.ts';
import { layoutWaterfall } from '../../src/core/charts/waterfall.ts';
import { layoutRanking } from '../../src/core/charts/ranking.ts';
import { layoutBars } from '../../src/core/charts/bar.ts';
import { stackedSvg, waterfallSvg } from '../../src/core/charts/svg.ts';
import { formatEuro } from '../../src/core/model/format.ts';

const text = { title: 'T', unit: 'U', stand: '25.11.2026', source: 'S', licence: 'CC BY 4.0' };

describe('layoutStacked', () => {
  const layout = layoutStacked({
    width: 600,
    plotHeight: 200,
    text,
    format: formatEuro,
    series: [
      { key: 'a', label: 'A', color: '#0072B2' },
      { key: 'b', label: 'B', color: '#E69F00' },
    ],
    categories: [
      { key: '2013', label: '2013', values: { a: 100, b: 50 }, range: 25 },
      { key: '2014', label: '2014', values: { a: 200 }, basis: 'fortgeschrieben' },
      { key: '2015', label: '2015', values: {}, unknown: true },
    ],
  });

  it('stacks segments without gaps and puts the range on top, hatched', () => {
    const col = layout.bars.filter((b) => b.categoryKey === '2013');
    expect(col.map((b) => [b.seriesKey, b.value, b.pattern])).toEqual([
      ['a', 100, 'solid'],
      ['b', 50, 'solid'],
      ['__range', 25, 'hatch'],
    ]);
    expect(col[0]!.y).toBeCloseTo(col[1]!.y + col[1]!.height, 9);
    expect(col[1]!.y).toBeCloseTo(col[2]!.y + col[2]!.height, 9);
  });

  it('draws nothing for an unknown category and labels it', () => {
    expect(layout.bars.filter((b) => b.categoryKey === '2015')).toEqual([]);
    expect(layout.gaps.map((g) => g.label)).toEqual(['unbekannt']);
    expect(layout.xLabels.map((l) => l.label)).toEqual(['2013¹', '2014²', '2015']);
  });

  it('marks each bar with its year’s basis and draws carried-forward years lighter in the SVG', () => {
    expect(layout.bars.map((b) => [b.categoryKey, b.basis])).toEqual([
      ['2013', 'modell'],
      ['2014', 'fortgeschrieben'],
      ['2013', 'modell'],
      ['2013', 'modell'],
    ]);
    const svg = stackedSvg(layout, { id: 'x', description: 'd' });
    expect(svg).toContain('data-category="2014" data-basis="fortgeschrieben" fill-opacity="0.5"');
    expect(svg).toContain('data-category="2013" data-basis="modell">');
    expect(svg).toMatch(/^<svg [^>]*data-basis="modell">/);
  });

  it('renders a self-contained SVG with explicit size, title, desc and the frame text', () => {
    const svg = stackedSvg(layout, { id: 'x', description: 'Beschreibung' });
    expect(svg).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" width="600" height="${layout.height}" viewBox="0 0 600 ${layout.height}"`,
      ),
    );
    expect(svg).toContain('<title id="x-title">T</title><desc id="x-desc">Beschreibung</desc>');
    expect(svg).toContain('>Stand: 25.11.2026 · Lizenz: CC BY 4.0</text>');
    expect(svg).not.toMatch(/var\(|<style|<script/);
  });
});

describe('layoutWaterfall', () => {
  const steps = [
    { key: 'p', label: 'Pauschale', value: 270_000_00, kind: 'add' as const, color: '#56B4E9' },
    { key: 'k', label: 'Kreis', value: 50_000_00, kind: 'add' as const, color: '#D55E00' },
    { key: 'l', label: 'Lehrer', value: 227_500_00, kind: 'add' as const, color: '#E69F00' },
    { key: 's', label: 'Summe', value: 0, kind: 'total' as const, color: '#4f5863' },
  ];
  const layout = layoutWaterfall({ width: 600, plotHeight: 200, text, steps, format: formatEuro });

  it('floats each step on the running total and starts the total at zero', () => {
    expect(layout.bars.map((b) => [b.total, b.valueLabel])).toEqual([
      [27_000_000, '+ 270.000\u00a0€'],
      [32_000_000, '+ 50.000\u00a0€'],
      [54_750_000, '+ 227.500\u00a0€'],
      [54_750_000, '= 547.500\u00a0€¹'],
    ]);
    const [p, k, , s] = layout.bars;
    expect(k!.y + k!.height).toBeCloseTo(p!.y, 9);
    expect(s!.y + s!.height).toBeCloseTo(layout.box.y + layout.box.height, 9);
    expect(waterfallSvg(layout, { id: 'w', description: 'd' })).toContain('= 547.500\u00a0€');
  });
});

describe('layoutRanking', () => {
  it('keeps the given order, scales bars from zero and says "keine Angabe" for a missing value', () => {
    const layout = layoutRanking({
      width: 600,
      text,
      format: (v) => `${v}`,
      rows: [
        { key: 'a', label: 'A', value: 4, color: '#000' },
        { key: 'b', label: 'B', value: 2, color: '#000' },
        { key: 'c', label: 'C', value: null, color: '#000' },
      ],
    });
    expect(layout.bars.map((b) => b.key)).toEqual(['a', 'b', 'c']);
    expect(layout.bars[0]!.width).toBeCloseTo(2 * layout.bars[1]!.width, 9);
    expect(layout.bars[2]!.valueLabel).toBe('keine Angabe');
  });

  it('runs rows top to bottom, then left to right, through columns on one value scale', () => {
    const rows = [4, 3, 2, 1, 2].map((value, i) => ({ key: `k${i}`, label: `K${i}`, value, color: '#000' }));
    const one = layoutRanking({ width: 600, text, format: (v) => `${v}`, rows });
    const two = layoutRanking({ width: 1200, text, format: (v) => `${v}`, rows, columns: 2 });
    expect(one.panels).toHaveLength(1);
    expect(two.panels).toHaveLength(2);
    // Three rows in the first column, two in the second; each column starts at the top.
    expect(two.bars.map((b) => b.x)).toEqual([
      ...Array(3).fill(two.panels[0]!.box.x),
      ...Array(2).fill(two.panels[1]!.box.x),
    ]);
    expect(two.panels[1]!.box.x - two.panels[0]!.box.x).toBe(600);
    expect(two.bars[3]!.y).toBe(two.bars[0]!.y);
    // The same value has the same bar length in both columns and in the one-column layout.
    expect(two.bars[4]!.width).toBeCloseTo(two.bars[2]!.width, 9);
    expect(two.bars.map((b) => b.width)).toEqual(one.bars.map((b) => b.width));
    expect(two.bars[3]!.labelX).toBe(two.panels[1]!.box.x - 8);
    // Half as many rows per column: a shorter chart.
    expect(two.height).toBeLessThan(one.height);
  });
});

describe('layoutBars', () => {
  const groups = [
    {
      key: '2017',
      label: '2017',
      bars: [
        { key: 'modell', label: 'Modell', value: 1_846_000_000, color: '#000' },
        { key: 'gemeldet', label: 'gemeldet', value: null, color: '#000' },
      ],
    },
  ];

  it('labels bars and axis with their own short formats and keeps the exact value in the tooltip', () => {
    const layout = layoutBars({
      width: 600,
      plotHeight: 200,
      text,
      groups,
      format: formatEuro,
      axisFormat: (v) => `${v / 100_000_000} Mio.`,
      labelFormat: (v) => (v / 100_000_000).toFixed(1),
    });
    expect(layout.bars.map((b) => [b.valueLabel, b.title])).toEqual([
      ['18.5', '2017, Modell: 18.460.000\u00a0€'],
      ['keine Angabe', '2017, gemeldet: keine Angabe'],
    ]);
    expect(layout.yTicks.at(-1)!.label).toBe('20 Mio.');
  });

  it('uses the exact format everywhere when no short formats are given', () => {
    const layout = layoutBars({ width: 600, plotHeight: 200, text, groups, format: formatEuro });
    expect(layout.bars[0]!.valueLabel).toBe('18.460.000\u00a0€');
    expect(layout.yTicks.at(-1)!.label).toBe('20.000.000\u00a0€');
  });
});
