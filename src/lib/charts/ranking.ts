/**
 * Ranking: one horizontal bar per row, sorted as given, with the label left and the value right.
 * Rows without a value are listed with "keine Angabe" instead of a zero bar.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { approxTextWidth, frameLayout, valueTicks, type Box, type ChartText, type Tick } from './axis.ts';

export interface RankingRow {
  key: string;
  label: string;
  value: number | null;
  color: string;
  /** Drawn bold (e.g. the district the page is about, or Kleve). */
  highlight?: boolean;
}

export interface RankingInput {
  width: number;
  text: ChartText;
  rows: RankingRow[];
  format: (value: number) => string;
  rowHeight?: number;
}

export interface RankingBar {
  key: string;
  label: string;
  y: number;
  height: number;
  x: number;
  width: number;
  color: string;
  valueLabel: string;
  valueX: number;
  highlight: boolean;
}

export interface RankingLayout {
  width: number;
  height: number;
  footerY: number;
  box: Box;
  text: ChartText;
  bars: RankingBar[];
  xTicks: Tick[];
  labelX: number;
}

/** Returns positioned bars and labels for a ranking. */
export function layoutRanking(input: RankingInput): RankingLayout {
  const rowHeight = input.rowHeight ?? 17;
  const labelWidth = Math.min(230, Math.max(...input.rows.map((r) => approxTextWidth(r.label, 12)), 40));
  const valueWidth = 96;
  const plotHeight = rowHeight * input.rows.length;
  const { box, height, footerY } = frameLayout(input.width, plotHeight, input.text, {
    left: labelWidth + 16,
    right: valueWidth,
    top: 24,
    bottom: 8,
  });
  const y = scaleBand<string>()
    .domain(input.rows.map((r) => r.key))
    .range([box.y, box.y + plotHeight])
    .padding(0.18);
  const x = scaleLinear()
    .domain([0, max(input.rows, (r) => r.value ?? 0) || 1])
    .nice(4)
    .range([box.x, box.x + box.width]);
  const bars = input.rows.map((row) => {
    const end = x(row.value ?? 0);
    return {
      key: row.key,
      label: row.label,
      y: y(row.key) ?? 0,
      height: y.bandwidth(),
      x: box.x,
      width: end - box.x,
      color: row.color,
      valueLabel: row.value === null ? 'keine Angabe' : input.format(row.value),
      valueX: end + 6,
      highlight: row.highlight ?? false,
    };
  });
  return {
    width: input.width,
    height,
    footerY,
    box,
    text: input.text,
    bars,
    xTicks: valueTicks(x, 4, input.format),
    labelX: box.x - 8,
  };
}
