/**
 * Rows of a phone layout that label each bar directly: the name left (wrapped if needed) and the
 * amount right on the line above, the bar below across the plot. Used by the phone waterfall,
 * ranking and grouped bars.
 */
import { textWidth, wrapText } from './text-metrics.ts';
import { NARROW_LINE, NARROW_PAD, NARROW_TEXT, NARROW_WIDTH } from './narrow-frame.ts';
import type { Basis } from '../model/betrag.ts';
import type { RectMark, TextMark } from './marks.ts';

/** One labelled bar: its span in value units (nothing drawn when `to` equals `from`). */
export interface LabelledRow {
  label: string;
  value: string;
  from: number;
  to: number;
  color: string;
  pattern?: 'solid' | 'hatch';
  bold?: boolean;
  /** Basis of the amount (on the value text and the bar). */
  basis?: Basis;
  title: string;
  data?: Record<string, string>;
}

/** Returns the texts and bars of labelled rows from `top` down, with values scaled 0…`max` to the full inner width. */
export function labelledRows(
  rows: readonly LabelledRow[],
  top: number,
  max: number,
  options: { barHeight: number; gap: number; width?: number },
): { texts: TextMark[]; rects: RectMark[]; bottom: number } {
  const width = options.width ?? NARROW_WIDTH;
  const inner = width - 2 * NARROW_PAD;
  const x = (value: number) => NARROW_PAD + (max > 0 ? (value / max) * inner : 0);
  const texts: TextMark[] = [];
  const rects: RectMark[] = [];
  let y = top;
  for (const row of rows) {
    const valueWidth = textWidth(row.value, NARROW_TEXT, row.bold);
    const lines = wrapText(row.label, inner - valueWidth - 10, NARROW_TEXT, row.bold);
    const baseline = y + NARROW_TEXT;
    lines.forEach((line, i) =>
      texts.push({
        x: NARROW_PAD,
        y: baseline + i * NARROW_LINE,
        text: line,
        size: NARROW_TEXT,
        anchor: 'start',
        tone: 'text',
        ...(row.bold ? { bold: true } : {}),
      }),
    );
    texts.push({
      x: width - NARROW_PAD,
      y: baseline,
      text: row.value,
      size: NARROW_TEXT,
      anchor: 'end',
      tone: 'text',
      ...(row.bold ? { bold: true } : {}),
      ...(row.basis ? { basis: row.basis } : {}),
    });
    const barY = baseline + (lines.length - 1) * NARROW_LINE + 5;
    if (row.to !== row.from) {
      rects.push({
        x: x(Math.min(row.from, row.to)),
        y: barY,
        width: Math.abs(x(row.to) - x(row.from)),
        height: options.barHeight,
        color: row.color,
        pattern: row.pattern ?? 'solid',
        title: row.title,
        ...(row.basis ? { basis: row.basis } : {}),
        ...(row.data ? { data: row.data } : {}),
      });
    }
    y = barY + options.barHeight + options.gap;
  }
  return { texts, rects, bottom: y };
}
