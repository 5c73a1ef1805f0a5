/**
 * Ranking: one horizontal bar per row, sorted as given, with the label left and the value right.
 * Rows without a value are listed with "keine Angabe" instead of a zero bar. Long rankings can
 * run in columns side by side (for wide images), all on one value scale.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { textWidth } from './text-metrics.ts';
import { frameLayout, valueTicks, type Box, type ChartText, type Tick } from './axis.ts';
import { BASIS_MARKER, type Basis } from '../model/betrag.ts';

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
  /** How sure the values are: its marker ("²") follows every value label, not the axis ticks. */
  basis?: Basis;
  rowHeight?: number;
  /** Side-by-side columns the rows run through, top to bottom then left to right (default 1). */
  columns?: number;
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
  /** Right edge of the row's label. */
  labelX: number;
  highlight: boolean;
}

/** One column of a ranking: its plot box and value ticks. */
export interface RankingPanel {
  box: Box;
  xTicks: Tick[];
}

export interface RankingLayout {
  width: number;
  height: number;
  footerY: number;
  text: ChartText;
  bars: RankingBar[];
  panels: RankingPanel[];
}

/** Returns positioned bars and labels for a ranking, in `input.columns` columns of equal width. */
export function layoutRanking(input: RankingInput): RankingLayout {
  const rowHeight = input.rowHeight ?? 17;
  const columns = Math.max(1, Math.floor(input.columns ?? 1));
  const perColumn = Math.ceil(input.rows.length / columns);
  const labelWidth = Math.min(230, Math.max(...input.rows.map((r) => textWidth(r.label, 12)), 40));
  const valueWidth = 96;
  const plotHeight = rowHeight * perColumn;
  const columnWidth = input.width / columns;
  const frame = frameLayout(columnWidth, plotHeight, input.text, {
    left: labelWidth + 16,
    right: valueWidth,
    top: 24,
    bottom: 8,
  });
  const maxValue = max(input.rows, (r) => r.value ?? 0) || 1;
  // Slots by position, so the rows of every column line up, also in a shorter last column.
  const y = scaleBand<number>()
    .domain(Array.from({ length: perColumn }, (_, i) => i))
    .range([frame.box.y, frame.box.y + plotHeight])
    .padding(0.18);
  const panels: RankingPanel[] = [];
  const bars: RankingBar[] = [];
  for (let c = 0; c < columns; c++) {
    const rows = input.rows.slice(c * perColumn, (c + 1) * perColumn);
    if (rows.length === 0) break;
    const box = { ...frame.box, x: frame.box.x + c * columnWidth };
    const x = scaleLinear()
      .domain([0, maxValue])
      .nice(4)
      .range([box.x, box.x + box.width]);
    // Narrow columns (two side by side in an image) get fewer ticks, so their labels do not touch.
    panels.push({ box, xTicks: valueTicks(x, box.width < 300 ? 2 : 4, input.format) });
    rows.forEach((row, i) => {
      const end = x(row.value ?? 0);
      bars.push({
        key: row.key,
        label: row.label,
        y: y(i) ?? 0,
        height: y.bandwidth(),
        x: box.x,
        width: end - box.x,
        color: row.color,
        valueLabel:
          row.value === null
            ? 'keine Angabe'
            : `${input.format(row.value)}${input.basis ? BASIS_MARKER[input.basis] : ''}`,
        valueX: end + 6,
        labelX: box.x - 8,
        highlight: row.highlight ?? false,
      });
    });
  }
  return { width: input.width, height: frame.height, footerY: frame.footerY, text: input.text, bars, panels };
}
