/**
 * Shared chart geometry: the frame around the plot (title, unit, footer lines) and value ticks.
 * Pure data → numbers; svg.ts turns them into markup.
 */
import type { ScaleLinear } from 'd3-scale';
import { textWidth } from './text-metrics.ts';

/** One tick on a value axis: its value, its pixel position and its German label. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** Returns about `count` round ticks of a linear scale, labelled with `format`. */
export function valueTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  format: (value: number) => string,
): Tick[] {
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: format(value) }));
}

/** The words every chart carries inside its SVG (so exports and screenshots stay attributable). */
export interface ChartText {
  title: string;
  /** Unit line under the title, e.g. "in Euro je Jahr, Modellrechnung (Höchstbetrag)". */
  unit: string;
  /** e.g. "25.11.2026". */
  stand: string;
  /** e.g. "Förderregeln laut MKFFI-PM 05.10.2017 u. a.; Berechnung KI-Atlas NRW". */
  source: string;
  /** e.g. "CC BY 4.0". */
  licence: string;
  /** Optional footnote lines (markers such as "* fortgeschrieben"). */
  notes?: string[];
}

/** Plot area inside the SVG. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const FONT_SIZE = 13;
/** Font size of legend labels (svg.ts draws them at this size). */
export const LEGEND_SIZE = 12;
export const TITLE_SIZE = 17;
const LINE = 18;

/** Returns the plot box for a chart of `width` × `plotHeight`, where the legend starts, and the full SVG height. */
export function frameLayout(
  width: number,
  plotHeight: number,
  text: ChartText,
  margin: { left: number; right: number; top: number; bottom: number },
  legendHeight = 0,
): { box: Box; height: number; legendY: number; footerY: number } {
  const header = 8 + TITLE_SIZE + 6 + LINE;
  const box = { x: margin.left, y: header + margin.top, width: width - margin.left - margin.right, height: plotHeight };
  const legendY = box.y + plotHeight + margin.bottom + 6;
  const footerY = legendY + legendHeight + LINE;
  const footerLines = 2 + (text.notes?.length ?? 0);
  return { box, height: footerY + (footerLines - 1) * LINE + 10, legendY, footerY };
}

/** A legend entry with its position. */
export interface LegendItem {
  label: string;
  color: string;
  pattern: 'solid' | 'hatch';
  x: number;
  y: number;
}

/** Returns legend entries wrapped into rows within `width`, starting at (x, 0), and the legend height. */
export function legendLayout(
  items: readonly { label: string; color: string; pattern: 'solid' | 'hatch' }[],
  x: number,
  width: number,
): { items: LegendItem[]; height: number } {
  const out: LegendItem[] = [];
  let cx = x;
  let row = 0;
  for (const item of items) {
    const w = 14 + 6 + textWidth(item.label, LEGEND_SIZE) + 18;
    if (cx + w > x + width && cx > x) {
      row++;
      cx = x;
    }
    out.push({ ...item, x: cx, y: row * LINE });
    cx += w;
  }
  return { items: out, height: items.length === 0 ? 0 : (row + 1) * LINE };
}

/** Line height of frame text. */
export const LINE_HEIGHT = LINE;
