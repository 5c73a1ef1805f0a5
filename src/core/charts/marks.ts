/**
 * Phone layouts (narrow-*.ts) are plain marks: texts, rectangles and lines with their final
 * positions and sizes. One renderer (marks-svg.ts) draws them, and tests check overlaps, sizes
 * and bounds on the same objects, measured with the one text-width measure.
 */
import { textWidth } from './text-metrics.ts';
import type { Box } from './axis.ts';
import type { Basis } from '../model/betrag.ts';

/** One line of text at baseline `y`; `size` in viewBox units. */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
  tone: 'text' | 'muted';
  /** How sure the amount in the text is (data-basis on the element). */
  basis?: Basis;
}

/** A bar, segment or legend swatch. */
export interface RectMark {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  pattern: 'solid' | 'hatch';
  /** How sure the drawn amount is: data-basis, and `fortgeschrieben` drawn lighter. */
  basis?: Basis;
  /** Native tooltip (<title>). */
  title?: string;
  /** Extra data-* attributes, e.g. { category: '2019', series: 'sachkosten' }. */
  data?: Record<string, string>;
  /** Legend swatches get a thin edge. */
  swatch?: boolean;
}

/** A grid line, the value axis or a dashed connector. */
export interface LineMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: 'grid' | 'axis' | 'connector';
}

/** A whole chart as marks, `width` × `height` viewBox units. */
export interface MarkLayout {
  width: number;
  height: number;
  /** The chart's title (also the SVG's <title>). */
  title: string;
  texts: TextMark[];
  rects: RectMark[];
  lines: LineMark[];
}

/** Share of the font size above the baseline and below it that a line of text covers (DejaVu Sans, with accents). */
const ASCENT = 0.8;
const DESCENT = 0.22;

/** Returns the box a text covers, from the one text-width measure (DejaVu Sans metrics). */
export function textBox(t: TextMark): Box {
  const width = textWidth(t.text, t.size, t.bold);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  return { x, y: t.y - ASCENT * t.size, width, height: (ASCENT + DESCENT) * t.size };
}

/** Returns true when two boxes share an area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
