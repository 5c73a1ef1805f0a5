/**
 * The frame of every phone layout: title and unit wrapped over as many lines as they need, the
 * legend ABOVE the plot, and source, Stand, licence and notes wrapped below it. Drawn 320 units
 * wide at the width of its box, so 1 unit ≈ 1 CSS px on a 360 px phone and no text is under 13 units.
 */
import { textWidth, wrapText } from './text-metrics.ts';
import type { ChartText } from './axis.ts';
import type { RectMark, TextMark } from './marks.ts';

/** Width of every phone layout in viewBox units. */
export const NARROW_WIDTH = 320;
/** Left and right margin. */
export const NARROW_PAD = 12;
/** Body text size: at a 296 px box (a 320 px screen) still 12 CSS px. */
export const NARROW_TEXT = 13;
/** Distance between two lines of body text. */
export const NARROW_LINE = 17;
const TITLE_SIZE = 16;
const TITLE_LINE = 20;
const SWATCH = 13;

/** A legend entry before layout. */
export interface NarrowLegendItem {
  label: string;
  color: string;
  pattern: 'solid' | 'hatch';
}

/** Returns body-size lines starting with baseline `y`, wrapped to `width` from `x`. */
export function wrappedLines(
  text: string,
  x: number,
  y: number,
  width: number,
  style: Pick<TextMark, 'tone'> & Partial<Pick<TextMark, 'bold' | 'basis'>> = { tone: 'text' },
): TextMark[] {
  return wrapText(text, width, NARROW_TEXT, style.bold).map((line, i) => ({
    x,
    y: y + i * NARROW_LINE,
    text: line,
    size: NARROW_TEXT,
    anchor: 'start' as const,
    ...style,
  }));
}

/** Returns the title, unit and legend marks and the y where the plot may start. */
export function narrowHeader(
  text: ChartText,
  legend: readonly NarrowLegendItem[],
  width = NARROW_WIDTH,
): { texts: TextMark[]; rects: RectMark[]; bottom: number } {
  const inner = width - 2 * NARROW_PAD;
  const texts: TextMark[] = wrapText(text.title, inner, TITLE_SIZE, true).map((line, i) => ({
    x: NARROW_PAD,
    y: 8 + TITLE_SIZE + i * TITLE_LINE,
    text: line,
    size: TITLE_SIZE,
    anchor: 'start',
    bold: true,
    tone: 'text',
  }));
  let y = (texts[texts.length - 1]?.y ?? 8) + NARROW_LINE + 1;
  const unit = wrappedLines(text.unit, NARROW_PAD, y, inner, { tone: 'muted' });
  texts.push(...unit);
  y += unit.length * NARROW_LINE + 6;
  const rects: RectMark[] = [];
  // Legend entries flow in rows; an entry too long for a row wraps its label under itself.
  let x = NARROW_PAD;
  let rowLines = 0;
  for (const item of legend) {
    const lines = wrapText(item.label, inner - SWATCH - 6, NARROW_TEXT);
    const itemWidth = SWATCH + 6 + Math.max(...lines.map((l) => textWidth(l, NARROW_TEXT)));
    if (x > NARROW_PAD && (x + itemWidth > NARROW_PAD + inner || lines.length > 1)) {
      y += rowLines * NARROW_LINE;
      x = NARROW_PAD;
      rowLines = 0;
    }
    rects.push({ x, y: y + 1, width: SWATCH, height: SWATCH, color: item.color, pattern: item.pattern, swatch: true });
    lines.forEach((line, i) =>
      texts.push({
        x: x + SWATCH + 6,
        y: y + 12 + i * NARROW_LINE,
        text: line,
        size: NARROW_TEXT,
        anchor: 'start',
        tone: 'text',
      }),
    );
    rowLines = Math.max(rowLines, lines.length);
    x += itemWidth + 14;
    if (lines.length > 1) x = NARROW_PAD + inner;
  }
  y += rowLines * NARROW_LINE;
  return { texts, rects, bottom: y + 8 };
}

/** Returns the source, Stand/licence and note lines starting below `top`, and the chart's full height. */
export function narrowFooter(
  text: ChartText,
  top: number,
  width = NARROW_WIDTH,
): { texts: TextMark[]; height: number } {
  const inner = width - 2 * NARROW_PAD;
  const texts: TextMark[] = [];
  let y = top + NARROW_TEXT + 4;
  for (const line of [
    `Quelle: ${text.source}`,
    `Stand: ${text.stand} · Lizenz: ${text.licence}`,
    ...(text.notes ?? []),
  ]) {
    const lines = wrappedLines(line, NARROW_PAD, y, inner, { tone: 'muted' });
    texts.push(...lines);
    y += lines.length * NARROW_LINE;
  }
  return { texts, height: y - NARROW_LINE + 10 };
}
