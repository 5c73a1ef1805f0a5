/**
 * Grouped columns: a few categories (years) with side-by-side bars (e.g. model minimum, model
 * maximum, reported figure), each bar labelled with its value. Pure layout with d3-scale.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { frameLayout, legendLayout, valueTicks, type Box, type ChartText, type LegendItem, type Tick } from './axis.ts';
import { BASIS_MARKER, type Basis } from '../model/betrag.ts';

export interface BarGroup {
  key: string;
  label: string;
  bars: {
    key: string;
    label: string;
    value: number | null;
    color: string;
    pattern?: 'solid' | 'hatch';
    /** How sure the value is (default: the chart's basis). */
    basis?: Basis;
  }[];
}

export interface BarInput {
  width: number;
  plotHeight: number;
  text: ChartText;
  groups: BarGroup[];
  /** Exact value, for tooltips; also axis and labels unless given below. */
  format: (value: number) => string;
  /** Axis tick labels (e.g. "20 Mio. €" where whole euros would crowd). */
  axisFormat?: (value: number) => string;
  /** Value labels over the bars: short enough to fit a bar's width. */
  labelFormat?: (value: number) => string;
}

export interface GroupedBar {
  groupKey: string;
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  pattern: 'solid' | 'hatch';
  basis?: Basis;
  valueLabel: string;
  title: string;
}

export interface BarLayout {
  width: number;
  height: number;
  footerY: number;
  box: Box;
  text: ChartText;
  bars: GroupedBar[];
  yTicks: Tick[];
  xLabels: { x: number; label: string }[];
  legend: LegendItem[];
}

/** Returns a bar's value label (short, with its basis marker) and its tooltip (exact amount, with marker). */
export function barTexts(
  input: Pick<BarInput, 'format' | 'labelFormat'>,
  group: Pick<BarGroup, 'label'>,
  bar: BarGroup['bars'][number],
): { valueLabel: string; title: string } {
  // The basis marker ("¹" computed, "²" carried forward) stays on the label in every export.
  const marker = BASIS_MARKER[bar.basis ?? 'belegt'];
  return {
    valueLabel: bar.value === null ? 'keine Angabe' : `${(input.labelFormat ?? input.format)(bar.value)}${marker}`,
    title: `${group.label}, ${bar.label}: ${bar.value === null ? 'keine Angabe' : `${input.format(bar.value)}${marker}`}`,
  };
}

/** Returns positioned grouped columns; a bar without a value is left out and labelled "keine Angabe". */
export function layoutBars(input: BarInput): BarLayout {
  const first = input.groups[0]?.bars ?? [];
  const legend = legendLayout(
    first.map((b) => ({ label: b.label, color: b.color, pattern: b.pattern ?? 'solid' })),
    12,
    input.width - 24,
  );
  const { box, height, footerY, legendY } = frameLayout(
    input.width,
    input.plotHeight,
    input.text,
    { left: 78, right: 12, top: 24, bottom: 22 },
    legend.height,
  );
  const outer = scaleBand<string>()
    .domain(input.groups.map((g) => g.key))
    .range([box.x, box.x + box.width])
    .padding(0.2);
  const inner = scaleBand<string>()
    .domain(first.map((b) => b.key))
    .range([0, outer.bandwidth()])
    .padding(0.08);
  const top = max(input.groups.flatMap((g) => g.bars.map((b) => b.value ?? 0))) || 1;
  const y = scaleLinear()
    .domain([0, top])
    .nice(5)
    .range([box.y + box.height, box.y]);
  const bars = input.groups.flatMap((group) =>
    group.bars.map((bar) => {
      const value = bar.value ?? 0;
      return {
        groupKey: group.key,
        key: bar.key,
        x: (outer(group.key) ?? 0) + (inner(bar.key) ?? 0),
        width: inner.bandwidth(),
        y: y(value),
        height: y(0) - y(value),
        color: bar.color,
        pattern: bar.pattern ?? 'solid',
        ...(bar.basis ? { basis: bar.basis } : {}),
        ...barTexts(input, group, bar),
      };
    }),
  );
  return {
    width: input.width,
    height,
    footerY,
    box,
    text: input.text,
    bars,
    yTicks: valueTicks(y, 5, input.axisFormat ?? input.format),
    xLabels: input.groups.map((g) => ({ x: (outer(g.key) ?? 0) + outer.bandwidth() / 2, label: g.label })),
    legend: legend.items.map((item) => ({ ...item, y: item.y + legendY })),
  };
}
