/** A column of a poster: text blocks and legend rows stacked from a top edge (poster.ts lays them out). */
import { textWidth } from './text-metrics.ts';
import { fitLines } from './poster-text.ts';
import type { PosterContent, PosterLine, Rect, SwatchKind, TextRole } from './poster.ts';

/** A column of text blocks stacked from a top edge. */
export class Column {
  readonly lines: PosterLine[] = [];
  readonly swatches: (Rect & { kind: SwatchKind })[] = [];
  readonly x: number;
  readonly width: number;
  y: number;
  constructor(x: number, width: number, y: number) {
    this.x = x;
    this.width = width;
    this.y = y;
  }

  /** Adds lines of one size; `gapAfter` in multiples of the size. */
  add(lines: readonly string[], size: number, bold: boolean, role: TextRole, gapAfter = 0.5): void {
    for (const text of lines) {
      this.lines.push({ text, x: this.x, y: this.y + size * 0.93, size, bold, role, anchor: 'start' });
      this.y += size * 1.25;
    }
    if (lines.length > 0) this.y += size * gapAfter;
  }

  /** Adds a legend: entries side by side while they fit, each a swatch and its label. */
  legend(entries: PosterContent['legend'], size: number): void {
    const swatch = Math.round(size * 1.05);
    const indent = swatch + Math.round(size * 0.4);
    let x = this.x;
    let rowUsed = false;
    for (const entry of entries) {
      const label = fitLines(entry.label, this.width - indent, [size], 1).lines[0] ?? '';
      const width = indent + textWidth(label, size);
      if (rowUsed && x + width > this.x + this.width) {
        this.y += size * 1.5;
        x = this.x;
      }
      this.swatches.push({ kind: entry.swatch, x, y: Math.round(this.y + size * 0.05), width: swatch, height: swatch });
      this.lines.push({
        text: label,
        x: x + indent,
        y: this.y + size * 0.93,
        size,
        bold: false,
        role: 'text',
        anchor: 'start',
      });
      x += width + size * 1.2;
      rowUsed = true;
    }
    if (rowUsed) this.y += size * 1.6;
  }

  /** Returns the top of the first line or swatch (the column's upper edge). */
  top(): number {
    return Math.min(...this.swatches.map((s) => s.y), ...this.lines.map((line) => line.y - line.size * 0.93));
  }
}
