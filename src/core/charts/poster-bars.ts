/**
 * The bar chart of a press image: one horizontal bar per row (a year, a step, a district), the
 * label left, the amount with its basis marker right, every text at least the poster's minimum
 * size. Pure; poster.ts places it, poster-render.ts draws it.
 */
import { textWidth } from './text-metrics.ts';
import { formatBetrag, type Basis, type Betrag, type BetragStil } from '../model/betrag.ts';
import type { PosterLine, Rect } from './poster.ts';

/** Rows of amounts to draw as bars. */
export interface PosterBars {
  kind: 'bars';
  rows: readonly { label: string; betrag: Betrag; highlight?: boolean }[];
  /** How amounts are spelled: "mio" for statewide sums, "euro" for one KI. */
  stil: BetragStil;
}

/** One bar in canvas pixels: solid up to the lower end of the amount, lighter up to its upper end. */
export interface PosterBar extends Rect {
  basis: Basis;
  /** Width of the lighter part for a range (0 for a single amount). */
  rangeWidth: number;
  highlight: boolean;
}

/** Returns the bars and their texts inside `box`; `min` is the smallest text size in px. */
export function layoutPosterBars(
  chart: PosterBars,
  box: Rect,
  min: number,
): { marks: PosterBar[]; lines: PosterLine[] } {
  const rows = chart.rows;
  if (rows.length === 0) return { marks: [], lines: [] };
  const values = rows.map((row) => formatBetrag(row.betrag, chart.stil).text);
  const labelWidth = (size: number) => Math.max(...rows.map((row) => textWidth(row.label, size, row.highlight)));
  const valueWidth = (size: number) => Math.max(...values.map((v, i) => textWidth(v, size, rows[i]!.highlight)));
  // Label, bar and value on one line while a bar keeps a quarter of the width; else the label above its bar.
  const inline = labelWidth(min) + valueWidth(min) + 2 * min <= box.width * 0.75;
  const rowLines = inline ? 1 : 2.2;
  // Columns side by side when the rows would not fit one below the other at the smallest size.
  const columns = Math.max(1, Math.ceil((rows.length * rowLines * min * 1.3) / box.height));
  const perColumn = Math.ceil(rows.length / columns);
  const columnGap = min * 1.5;
  const columnWidth = (box.width - columnGap * (columns - 1)) / columns;
  const pitch = box.height / perColumn;
  const size = Math.max(min, Math.min(Math.round(pitch / (rowLines * 1.3)), Math.round(min * 1.4)));
  const max = Math.max(1, ...rows.map((row) => (row.betrag.basis === 'unbekannt' ? 0 : row.betrag.bisCent)));
  const gap = size * 0.5;
  const marks: PosterBar[] = [];
  const lines: PosterLine[] = [];
  rows.forEach((row, i) => {
    const x = box.x + Math.floor(i / perColumn) * (columnWidth + columnGap);
    const top = box.y + pitch * (i % perColumn);
    const bold = row.highlight === true;
    const barLineMiddle = inline ? top + pitch / 2 : top + size * 1.3 + (pitch - size * 1.3) / 2;
    const baseline = barLineMiddle + size * 0.35;
    const label: PosterLine = {
      text: row.label,
      x,
      y: inline ? baseline : top + size * 0.95,
      size,
      bold,
      role: 'text',
      anchor: 'start',
    };
    if (!inline) label.text = fitLabel(row.label, columnWidth, size, bold);
    lines.push(label);
    lines.push({ text: values[i]!, x: x + columnWidth, y: baseline, size, bold, role: 'text', anchor: 'end' });
    if (row.betrag.basis === 'unbekannt') return;
    const barX = inline ? x + labelWidth(size) + gap : x;
    const barSpace = Math.max(0, x + columnWidth - valueWidth(size) - gap - barX);
    const barHeight = Math.min(size * 1.05, (inline ? pitch : pitch - size * 1.3) * 0.7);
    const solid = (row.betrag.vonCent / max) * barSpace;
    marks.push({
      x: barX,
      y: barLineMiddle - barHeight / 2,
      width: solid,
      height: barHeight,
      basis: row.betrag.basis,
      rangeWidth: (row.betrag.bisCent / max) * barSpace - solid,
      highlight: bold,
    });
  });
  return { marks, lines };
}

/** Returns a label cut with "…" to the width (labels above bars get the whole column). */
function fitLabel(label: string, width: number, size: number, bold: boolean): string {
  if (textWidth(label, size, bold) <= width) return label;
  let text = label;
  while (text.length > 1 && textWidth(`${text} …`, size, bold) > width) text = text.slice(0, -1);
  return `${text.trimEnd()} …`;
}
