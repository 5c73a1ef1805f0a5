/**
 * Image exports: places a graphic on a self-contained export canvas (title, Stand, source,
 * licence, geometry attribution, a margin that survives cropping). Pure string work on the
 * graphics the renderers made; src/build/png.ts renders the result to PNG with resvg.
 */
import { clampLines, fitText, textWidth, wrapParts, wrapText } from './text-metrics.ts';
import { colors } from './theme.ts';
import { escapeXml, SVG_NS } from './xml.ts';

/** One export size. `scale` multiplies the canvas for the PNG (print = 2×); the SVG keeps the canvas size. */
export interface ExportFormat {
  key: ExportFormatKey;
  label: string;
  width: number;
  height: number;
  scale: number;
}

export type ExportFormatKey = 'social' | 'square' | 'print';

/** The export sizes every graphic is offered in, in CSS pixels before `scale`. */
export const exportFormats: Record<ExportFormatKey, ExportFormat> = {
  social: { key: 'social', label: 'Social Media / Vorschaubild', width: 1200, height: 630, scale: 1 },
  square: { key: 'square', label: 'Quadratisch', width: 1080, height: 1080, scale: 1 },
  print: { key: 'print', label: 'Druck', width: 1200, height: 900, scale: 2 },
};

/** One legend entry of an export: swatch fill and label. */
export interface LegendEntry {
  fill: string;
  label: string;
}

/** The words drawn around the graphic. Every string is plain text (escaped here). */
export interface ExportText {
  title: string;
  subtitle?: string;
  /** E.g. "Stand: 25.11.2026". */
  stand: string;
  /** E.g. "Quelle: KI-Atlas NRW; Daten: MKJFGFI NRW u. a.". */
  source: string;
  /** E.g. "Lizenz: CC BY 4.0". */
  licence: string;
  /** Geometry attribution for maps, e.g. "Geometrie: © GeoBasis-DE / BKG (2024) (Daten verändert)". */
  attribution?: string;
  /** Where the graphic lives, shown bottom right, e.g. "ki-atlas-nrw.example/kosten/". */
  url?: string;
  /** Legend entries drawn with the text (maps): a swatch fill (colour or `url(#pattern)`) and its label. */
  legend?: LegendEntry[];
  /**
   * True when the graphic itself already shows title, Stand, source and licence (the /kosten/
   * charts): the canvas then adds only the margin and the URL, so nothing appears twice.
   */
  selfLabelled?: boolean;
}

/**
 * A graphic for the canvas: its markup in a coordinate system of `width` × `height` units. `body`
 * is the inner markup of a map (render/map.ts) or a whole chart <svg> (svg.ts) nested as it is.
 */
export interface ExportGraphic {
  width: number;
  height: number;
  body: string;
}

/** Returns a complete chart SVG of `width` × `height` units as an export graphic. */
export function chartGraphic(svg: string, width: number, height: number): ExportGraphic {
  return { width: round(width), height: round(height), body: svg };
}

/** Font shipped in src/assets/fonts (resvg draws nothing for fonts it does not know). */
export const exportFontFamily = 'DejaVu Sans';

/** Returns the graphic placed inside a box, aspect ratio kept, as a nested <svg>. */
function placeGraphic(graphic: ExportGraphic, x: number, y: number, width: number, height: number): string {
  return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${graphic.width} ${graphic.height}" preserveAspectRatio="xMidYMid meet">${graphic.body}</svg>`;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .filter((line) => line !== '')
    .map(
      (line, i) =>
        `<text x="${x}" y="${round(y + i * size * 1.3)}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A block of text lines placed in a column: its markup and height in pixels. */
interface Block {
  markup: (x: number, top: number) => string;
  height: number;
}

function textBlock(lines: string[], size: number, attrs: string): Block {
  return {
    height: lines.length === 0 ? 0 : size + (lines.length - 1) * size * 1.3,
    markup: (x, top) => textLines(lines, x, top + size, size, attrs),
  };
}

function legendBlock(items: readonly LegendEntry[], width: number, size: number): Block {
  const swatch = Math.round(size * 1.2);
  const indent = swatch + Math.round(size * 0.6);
  const rows = items.map((item) => clampLines(wrapText(item.label, width - indent, size), 2));
  const gap = size * 0.7;
  const heights = rows.map((lines) => Math.max(swatch, size + (lines.length - 1) * size * 1.3));
  return {
    height: heights.reduce((sum, h) => sum + h, 0) + gap * Math.max(0, items.length - 1),
    markup: (x, top) => {
      let y = top;
      return items
        .map((item, i) => {
          const out =
            `<rect x="${x}" y="${round(y)}" width="${swatch}" height="${swatch}" fill="${escapeXml(item.fill)}" stroke="${colors.light.border}"/>` +
            textLines(rows[i] ?? [], x + indent, y + size * 0.95, size, ` fill="${colors.light.text}"`);
          y += (heights[i] ?? 0) + gap;
          return out;
        })
        .join('');
    },
  };
}

/**
 * Returns a complete SVG document of `format.width × format.height`: white background, title,
 * subtitle and legend, the graphic, then Stand, source, licence, attribution and the URL, all
 * inside a safe margin of 6 % of the shorter side. Wide formats put the text in a column left of
 * a compact graphic (a map); otherwise text runs above and below it.
 */
export function wrapForExport(graphic: ExportGraphic, format: ExportFormat, text: ExportText): string {
  const { width, height } = format;
  const margin = Math.round(Math.min(width, height) * 0.06);
  const contentWidth = width - 2 * margin;
  const contentHeight = height - 2 * margin;
  const unit = Math.min(width, height * 1.6) / 1200;
  const titleSize = Math.round(40 * unit);
  const subtitleSize = Math.round(26 * unit);
  const bodySize = Math.round(22 * unit);
  const footSize = Math.round(19 * unit);
  const light = colors.light;
  const [vw, vh] = [graphic.width, graphic.height];

  const urlWidth = text.url ? textWidth(text.url, footSize, true) : 0;
  const brandAt = (x: number, anchor: 'start' | 'end') =>
    text.url
      ? `<text x="${x}" y="${height - margin}" font-size="${footSize}" font-weight="700" text-anchor="${anchor}" fill="${light.text}">${escapeXml(text.url)}</text>`
      : '';
  const open = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${exportFontFamily}">`;
  const background = `<title>${escapeXml(text.title)}</title><rect width="${width}" height="${height}" fill="${light.background}"/>`;

  if (text.selfLabelled) {
    const bottom = text.url ? Math.round(height - margin - footSize * 1.6) : height - margin;
    return (
      open +
      background +
      placeGraphic(graphic, margin, margin, contentWidth, bottom - margin) +
      brandAt(width - margin, 'end') +
      '</svg>'
    );
  }

  const side = width / height > 1.25 && vw / vh < 1.6;
  const columnWidth = side ? Math.round(contentWidth * 0.42) : contentWidth;
  const fittedTitle = fitText(text.title, columnWidth, titleSize, side ? 3 : 2, true);
  const title = textBlock(fittedTitle.lines, fittedTitle.size, ` font-weight="700" fill="${light.text}"`);
  const fittedSubtitle = text.subtitle
    ? fitText(text.subtitle, columnWidth, subtitleSize, side ? 5 : 2)
    : { lines: [], size: subtitleSize };
  const subtitle = textBlock(fittedSubtitle.lines, fittedSubtitle.size, ` fill="${light.muted}"`);
  const legend = legendBlock(text.legend ?? [], side ? columnWidth : contentWidth, side ? bodySize : footSize);
  const footParts = wrapParts([text.stand, text.source, text.licence], columnWidth, footSize);
  if (text.attribution)
    footParts.push(
      ...wrapText(text.attribution, side ? columnWidth : contentWidth - urlWidth - footSize * 2, footSize),
    );
  else if (!side && text.url && textWidth(footParts.at(-1) ?? '', footSize) > contentWidth - urlWidth - footSize * 2)
    footParts.push('');
  if (side && text.url) footParts.push('');
  const foot = textBlock(footParts, footSize, ` fill="${light.muted}"`);
  const footTop = height - margin - foot.height;

  if (side) {
    const gap = Math.round(margin * 0.75);
    const graphicX = margin + columnWidth + gap;
    let y = margin;
    let column = title.markup(margin, y);
    y += title.height + subtitleSize * 0.8;
    column += subtitle.markup(margin, y);
    y += subtitle.height + bodySize * 1.4;
    column += legend.markup(margin, y);
    return (
      open +
      background +
      column +
      placeGraphic(graphic, graphicX, margin, width - margin - graphicX, contentHeight) +
      foot.markup(margin, footTop) +
      brandAt(margin, 'start') +
      '</svg>'
    );
  }

  let y = margin;
  let head = title.markup(margin, y);
  y += title.height + subtitleSize * 0.8;
  head += subtitle.markup(margin, y);
  y += subtitle.height + subtitleSize * 0.8;
  const legendTop = footTop - footSize * 1.2 - legend.height;
  const graphicBottom = (text.legend?.length ? legendTop : footTop) - footSize * 1.2;
  return (
    open +
    background +
    head +
    placeGraphic(graphic, margin, Math.round(y), contentWidth, Math.max(10, Math.round(graphicBottom - y))) +
    legend.markup(margin, legendTop) +
    foot.markup(margin, footTop) +
    brandAt(width - margin, 'end') +
    '</svg>'
  );
}
