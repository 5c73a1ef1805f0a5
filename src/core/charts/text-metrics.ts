/**
 * The one text measure of the site: advance widths of DejaVu Sans (font-metrics.ts, the font the
 * exports ship) for line breaking in images, legend rows of charts and label boxes of the map.
 * On screens the system font may be a little narrower or wider; layouts leave room for that.
 */
import { boldWidths, measuredChars, regularWidths } from './font-metrics.ts';

/** Width in em assumed for a character missing from the metrics table (wider than any Latin letter). */
const unknownCharEm = 1;

/** Returns the width in pixels of one line of text in DejaVu Sans at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const widths = bold ? boldWidths : regularWidths;
  let em = 0;
  for (const char of text) {
    const index = measuredChars.indexOf(char);
    em += index < 0 ? unknownCharEm : (widths[index] ?? unknownCharEm);
  }
  return em * fontSize;
}

/** Returns lines no wider than `maxWidth` pixels at `fontSize`, breaking at spaces (an overlong word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  return joinGreedy(text.split(/\s+/).filter(Boolean), ' ', maxWidth, fontSize, bold);
}

/** Returns lines that join `parts` with " · ", breaking between parts first and inside a part only when it alone is too wide. */
export function wrapParts(parts: string[], maxWidth: number, fontSize: number): string[] {
  const pieces = parts.flatMap((part) =>
    textWidth(part, fontSize) > maxWidth ? wrapText(part, maxWidth, fontSize) : [part],
  );
  return joinGreedy(pieces, ' · ', maxWidth, fontSize, false);
}

/** Returns `pieces` joined by `separator` into lines no wider than `maxWidth` (a piece wider than that keeps its own line). */
export function joinGreedy(
  pieces: readonly string[],
  separator: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line ? `${line}${separator}${piece}` : piece;
    if (!line || textWidth(candidate, fontSize, bold) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Returns at most `max` lines, the last one ending in "…" when text was cut. */
export function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]} …`;
  return kept;
}

/** Returns the text wrapped into at most `maxLines` lines, shrinking the font (down to 70 %) before it cuts anything. */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): { lines: string[]; size: number } {
  for (let size = fontSize; size >= Math.round(fontSize * 0.7); size--) {
    const lines = wrapText(text, maxWidth, size, bold);
    if (lines.length <= maxLines) return { lines, size };
  }
  const size = Math.round(fontSize * 0.7);
  return { lines: clampLines(wrapText(text, maxWidth, size, bold), maxLines), size };
}
