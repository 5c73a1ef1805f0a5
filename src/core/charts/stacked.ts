/**
 * Stacked columns: categories (years) along x, series (components) stacked with d3-shape's stack,
 * an optional hatched "range" segment on top (amounts that are possible but not certain), and
 * categories without any known amount shown as a labelled gap, never as zero.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { max } from 'd3-array';
import { frameLayout, legendLayout, valueTicks, type Box, type ChartText, type LegendItem, type Tick } from './axis.ts';
import { BASIS_MARKER, type Basis } from '../model/betrag.ts';

/** Colour of the hatched range segment (theme: unbekannt). */
export const RANGE_COLOR = '#8a939c';

export interface StackedSeries {
  key: string;
  label: string;
  color: string;
  /** Group shown in the legend, e.g. the paying ministry. */
  group?: string;
}

export interface StackedCategory {
  key: string;
  label: string;
  /** Value per series key (cents or any unit); missing = 0. */
  values: Record<string, number>;
  /** Possible extra on top of the certain values (hatched); 0 or missing = none. */
  range?: number;
  /** How sure the category's amounts are (default `modell`); `fortgeschrieben` is drawn lighter and marked "²". */
  basis?: Basis;
  /**
   * Two readings of the same year that no source decides between (e.g. 2017 rules carried forward vs. the
   * undated TIntG amounts): drawn instead of the stack as one hatched range from `von` to `bis`.
   */
  lesarten?: { von: number; bis: number; label: string };
  /** True when nothing is known for this category: drawn as a gap with the word "unbekannt". */
  unknown?: boolean;
  /** Series whose value in this category no source gives (tables say "unbekannt", not 0). */
  unknownSeries?: string[];
}

export interface StackedInput {
  width: number;
  plotHeight: number;
  text: ChartText;
  series: StackedSeries[];
  categories: StackedCategory[];
  format: (value: number) => string;
  rangeLabel?: string;
}

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  /** "hatch" for the range segment. */
  pattern: 'solid' | 'hatch';
  /** The category's basis: the renderer marks it (data-basis) and draws `fortgeschrieben` lighter. */
  basis: Basis;
  seriesKey: string;
  categoryKey: string;
  value: number;
  /** Text for a native tooltip (<title>). */
  title: string;
}

export interface StackedLayout {
  width: number;
  height: number;
  footerY: number;
  box: Box;
  text: ChartText;
  bars: BarRect[];
  yTicks: Tick[];
  xLabels: { x: number; label: string }[];
  gaps: { x: number; y: number; label: string }[];
  legend: LegendItem[];
}

const RANGE_KEY = '__range';
const LESARTEN_KEY = '__lesarten';

/** Returns a category's basis (default: computed from sourced rules). */
export function categoryBasis(c: StackedCategory): Basis {
  return c.unknown ? 'unbekannt' : (c.basis ?? 'modell');
}

/** One stacked segment in value units: a category's series (or range) from `from` to `to`. */
export interface StackSegment {
  categoryKey: string;
  seriesKey: string;
  from: number;
  to: number;
  color: string;
  pattern: 'solid' | 'hatch';
  basis: Basis;
  /** Text for a native tooltip (<title>). */
  title: string;
}

/** Returns the legend entries of a stacked chart: its series, then the range and the two readings if they occur. */
export function stackedLegendItems(
  input: Pick<StackedInput, 'series' | 'categories' | 'rangeLabel'>,
): { label: string; color: string; pattern: 'solid' | 'hatch' }[] {
  return [
    ...input.series.map((s) => ({ label: s.label, color: s.color, pattern: 'solid' as const })),
    ...(input.categories.some((c) => (c.range ?? 0) > 0)
      ? [{ label: input.rangeLabel ?? 'Spanne', color: RANGE_COLOR, pattern: 'hatch' as const }]
      : []),
    ...input.categories
      .filter((c) => c.lesarten)
      .slice(0, 1)
      .map((c) => ({ label: c.lesarten?.label ?? '', color: RANGE_COLOR, pattern: 'hatch' as const })),
  ];
}

/**
 * Returns every drawn segment in value units, stacked with d3-shape in series order, the range on top,
 * two readings as one hatched span; unknown categories and empty segments are left out.
 */
export function stackSegments(input: Pick<StackedInput, 'series' | 'categories' | 'format' | 'rangeLabel'>): {
  segments: StackSegment[];
  top: number;
} {
  const keys = [...input.series.map((s) => s.key), RANGE_KEY];
  const rows = input.categories.map(
    (c) => (c.lesarten ? { [RANGE_KEY]: 0 } : { ...c.values, [RANGE_KEY]: c.range ?? 0 }) as Record<string, number>,
  );
  const stacked = stack<Record<string, number>>()
    .keys(keys)
    .value((row, key) => row[key] ?? 0)(rows);
  const top = Math.max(
    max(stacked[stacked.length - 1] ?? [], (d) => d[1]) ?? 0,
    max(input.categories, (c) => c.lesarten?.bis ?? 0) ?? 0,
  );
  const segments: StackSegment[] = [];
  stacked.forEach((layer, layerIndex) => {
    const series = input.series[layerIndex];
    layer.forEach((d, i) => {
      const category = input.categories[i];
      if (!category || category.unknown || d[1] - d[0] <= 0) return;
      const label = series?.label ?? input.rangeLabel ?? 'Spanne';
      segments.push({
        categoryKey: category.key,
        seriesKey: series?.key ?? RANGE_KEY,
        from: d[0],
        to: d[1],
        color: series?.color ?? RANGE_COLOR,
        pattern: series ? 'solid' : 'hatch',
        basis: categoryBasis(category),
        title: `${category.label}: ${label} ${input.format(d[1] - d[0])}${BASIS_MARKER[categoryBasis(category)]}`,
      });
    });
  });
  for (const category of input.categories) {
    const lesarten = category.lesarten;
    if (!lesarten || category.unknown) continue;
    segments.push({
      categoryKey: category.key,
      seriesKey: LESARTEN_KEY,
      from: lesarten.von,
      to: lesarten.bis,
      color: RANGE_COLOR,
      pattern: 'hatch',
      basis: categoryBasis(category),
      title: `${category.label}: ${lesarten.label} ${input.format(lesarten.von)}–${input.format(lesarten.bis)}${BASIS_MARKER[categoryBasis(category)]}`,
    });
  }
  return { segments, top };
}

/** Returns positioned columns, ticks, labels and legend for a stacked column chart. */
export function layoutStacked(input: StackedInput): StackedLayout {
  const legend = legendLayout(stackedLegendItems(input), 12, input.width - 24);
  const { box, height, footerY, legendY } = frameLayout(
    input.width,
    input.plotHeight,
    input.text,
    { left: 78, right: 12, top: 14, bottom: 22 },
    legend.height,
  );
  const { segments, top } = stackSegments(input);
  const x = scaleBand<string>()
    .domain(input.categories.map((c) => c.key))
    .range([box.x, box.x + box.width])
    .padding(0.22);
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(5)
    .range([box.y + box.height, box.y]);
  const bars: BarRect[] = segments.map((s) => ({
    x: x(s.categoryKey) ?? 0,
    width: x.bandwidth(),
    y: y(s.to),
    // Two readings are drawn even when they coincide.
    height: s.seriesKey === LESARTEN_KEY ? Math.max(y(s.from) - y(s.to), 1) : y(s.from) - y(s.to),
    color: s.color,
    pattern: s.pattern,
    basis: s.basis,
    seriesKey: s.seriesKey,
    categoryKey: s.categoryKey,
    value: s.to - s.from,
    title: s.title,
  }));
  const center = (key: string) => (x(key) ?? 0) + x.bandwidth() / 2;
  return {
    width: input.width,
    height,
    footerY,
    box,
    text: input.text,
    bars,
    yTicks: valueTicks(y, 5, input.format),
    xLabels: input.categories.map((c) => ({
      x: center(c.key),
      label: `${c.label}${c.unknown ? '' : BASIS_MARKER[categoryBasis(c)]}`,
    })),
    gaps: input.categories
      .filter((c) => c.unknown)
      .map((c) => ({ x: center(c.key), y: box.y + box.height - 6, label: 'unbekannt' })),
    legend: legend.items.map((item) => ({ ...item, y: item.y + legendY })),
  };
}
