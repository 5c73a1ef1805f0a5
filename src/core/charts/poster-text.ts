/**
 * Text fitting for press images: wrapping at a width, the largest size that fits in a number of
 * lines, and the box a line covers (for the no-overlap checks). DejaVu Sans metrics (export-svg.ts).
 */
import { textWidth, joinGreedy } from './text-metrics.ts';
import type { PosterLine, Rect } from './poster.ts';

/** Smallest text in canvas pixels, on every format (the wide 1200 px preview too). */
export const MIN_TEXT_PX = 28;

/** Returns the box a line of text covers (DejaVu Sans: ascent 0.93 em, descent 0.24 em). */
export function lineBox(line: PosterLine): Rect {
  const width = textWidth(line.text, line.size, line.bold);
  const x = line.anchor === 'end' ? line.x - width : line.x;
  return { x, y: line.y - line.size * 0.93, width, height: line.size * 1.17 };
}

/** Returns lines of at most `maxWidth` px: the largest size from `sizes` that fits in `maxLines`, else the last size, cut with "…". */
export function fitLines(
  text: string,
  maxWidth: number,
  sizes: readonly number[],
  maxLines: number,
  bold = false,
): { lines: string[]; size: number } {
  let lines: string[] = [];
  let size = sizes[0] ?? MIN_TEXT_PX;
  for (size of sizes) {
    lines = wrap(text, maxWidth, size, bold);
    if (lines.length <= maxLines) return { lines, size };
  }
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''} …`;
  while (textWidth(last, size, bold) > maxWidth) {
    const shorter = `${last.replace(/\s*\S+ …$/, '')} …`;
    if (shorter === last || shorter === ' …') break;
    last = shorter;
  }
  kept[maxLines - 1] = last;
  return { lines: kept, size };
}

/** Returns words joined into lines no wider than `maxWidth` (a word wider than that keeps its own line). */
export function wrap(text: string, maxWidth: number, size: number, bold = false, separator = ' '): string[] {
  // Only ordinary spaces break a line: a no-break space keeps "1,3 Mio. €" together.
  const pieces = text.split(separator === ' ' ? / +/ : separator).filter(Boolean);
  return joinGreedy(pieces, separator, maxWidth, size, bold);
}
