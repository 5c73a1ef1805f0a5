/**
 * Image exports: turns the SVG a map or chart component renders into a self-contained export
 * canvas (title, Stand, source, licence, geometry attribution, a margin that survives cropping).
 * Pure string work; scripts/build-images.ts renders the result to PNG with resvg.
 */
import { boldWidths, measuredChars, regularWidths } from './export-font-metrics.ts';
import { colors } from './theme.ts';

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
}

const svgNs = 'http://www.w3.org/2000/svg';
/** Font shipped in src/assets/fonts (resvg draws nothing for fonts it does not know). */
export const exportFontFamily = 'DejaVu Sans';
/** Width in em assumed for a character missing from the metrics table (wider than any Latin letter). */
const unknownCharEm = 1;

/** Returns text safe for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * Returns the first `<svg>…</svg>` of server-rendered HTML as standalone XML: Astro's scope
 * attributes removed, valueless attributes given `=""`, the SVG namespace added, HTML-only
 * entities replaced and `var(--color-…)` resolved to the light theme (resvg knows no CSS variables).
 */
export function htmlSvgToXml(html: string): string {
  const match = /<svg[\s>][\s\S]*<\/svg>/.exec(html);
  if (!match) throw new Error('Im gerenderten HTML steht kein <svg>-Element.');
  let svg = match[0]
    .replace(/\sdata-astro-[\w-]+(="[^"]*")?/g, '')
    .replace(/&nbsp;/g, '&#160;')
    .replace(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(\/?)>/g, (_m, name: string, attrs: string, selfClose: string) => {
      const fixed = attrs.replace(/(\s+)([^\s=>/"']+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g, (_a, space: string, attr: string, value?: string) =>
        value ? `${space}${attr}${value.replace(/^\s*=\s*([^"'].*)$/, '="$1"')}` : `${space}${attr}=""`,
      );
      return `<${name}${fixed}${selfClose ? ' /' : ''}>`;
    });
  if (!/^<svg[^>]*\sxmlns=/.test(svg)) svg = svg.replace(/^<svg/, `<svg xmlns="${svgNs}"`);
  return resolveColorVariables(svg);
}

/** Returns the SVG with every `var(--color-name[, fallback])` replaced by the light theme colour. */
export function resolveColorVariables(svg: string): string {
  const light: Record<string, string> = colors.light;
  return svg.replace(/var\(\s*--color-([a-z-]+)\s*(?:,\s*([^)]*))?\)/g, (whole, name: string, fallback?: string) => {
    const key = name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    return light[key] ?? fallback?.trim() ?? whole;
  });
}

/** Returns the viewBox of an SVG's root element as [x, y, width, height], from viewBox or width/height. */
export function viewBoxOf(svg: string): [number, number, number, number] {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const viewBox = /\sviewBox="([^"]+)"/.exec(root)?.[1];
  if (viewBox) {
    const numbers = viewBox.trim().split(/[\s,]+/).map(Number);
    if (numbers.length === 4 && numbers.every(Number.isFinite)) return numbers as [number, number, number, number];
  }
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (width > 0 && height > 0) return [0, 0, width, height];
  throw new Error('Das SVG hat weder viewBox noch width/height; seine Größe ist unbekannt.');
}

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
  const pieces = parts.flatMap((part) => (textWidth(part, fontSize) > maxWidth ? wrapText(part, maxWidth, fontSize) : [part]));
  return joinGreedy(pieces, ' · ', maxWidth, fontSize, false);
}

function joinGreedy(pieces: string[], separator: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
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

/** Returns the graphic placed inside a box, aspect ratio kept, as a nested <svg>. */
function placeGraphic(graphic: string, x: number, y: number, width: number, height: number): string {
  const [vx, vy, vw, vh] = viewBoxOf(graphic);
  const rootTag = /^<svg\b[^>]*>/.exec(graphic)?.[0] ?? '<svg>';
  const kept = rootTag
    .replace(/^<svg|>$/g, '')
    .replace(/\s(?:xmlns|width|height|x|y|viewBox|preserveAspectRatio|class|style|role|aria-[\w-]+|tabindex|focusable)="[^"]*"/g, '');
  const inner = graphic.slice(rootTag.length).replace(/<\/svg>\s*$/, '');
  return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${vx} ${vy} ${vw} ${vh}" preserveAspectRatio="xMidYMid meet"${kept}>${inner}</svg>`;
}

function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${y + i * size * 1.3}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`)
    .join('');
}

/**
 * Returns a complete SVG document of `format.width × format.height`: white background, title and
 * subtitle at the top, the graphic in the middle, Stand, source, licence and attribution at the
 * bottom, all inside a safe margin of 6 % of the shorter side.
 */
export function wrapForExport(graphicSvg: string, format: ExportFormat, text: ExportText): string {
  const { width, height } = format;
  const margin = Math.round(Math.min(width, height) * 0.06);
  const contentWidth = width - 2 * margin;
  const unit = Math.min(width, height * 1.6) / 1200;
  const titleSize = Math.round(40 * unit);
  const subtitleSize = Math.round(26 * unit);
  const footSize = Math.round(19 * unit);
  const light = colors.light;

  let y = margin + titleSize;
  const titleLines = wrapText(text.title, contentWidth, titleSize, true).slice(0, 2);
  let head = textLines(titleLines, margin, y, titleSize, ` font-weight="700" fill="${light.text}"`);
  y += (titleLines.length - 1) * titleSize * 1.3;
  if (text.subtitle) {
    y += subtitleSize * 1.5;
    const subtitleLines = wrapText(text.subtitle, contentWidth, subtitleSize).slice(0, 2);
    head += textLines(subtitleLines, margin, y, subtitleSize, ` fill="${light.muted}"`);
    y += (subtitleLines.length - 1) * subtitleSize * 1.3;
  }
  const graphicTop = Math.round(y + subtitleSize);

  const urlWidth = text.url ? textWidth(text.url, footSize, true) + footSize * 2 : 0;
  const footLines = wrapParts([text.stand, text.source, text.licence], contentWidth, footSize);
  if (text.attribution) footLines.push(...wrapText(text.attribution, contentWidth - urlWidth, footSize));
  else if (urlWidth > 0 && textWidth(footLines.at(-1) ?? '', footSize) > contentWidth - urlWidth) footLines.push('');
  const footTop = height - margin - (footLines.length - 1) * footSize * 1.3;
  const foot = textLines(footLines, margin, footTop, footSize, ` fill="${light.muted}"`);
  const brand = text.url
    ? `<text x="${width - margin}" y="${height - margin}" font-size="${footSize}" font-weight="700" text-anchor="end" fill="${light.text}">${escapeXml(text.url)}</text>`
    : '';
  const graphicBottom = Math.round(footTop - footSize * 1.8);
  const graphic = placeGraphic(graphicSvg, margin, graphicTop, contentWidth, Math.max(10, graphicBottom - graphicTop));

  return (
    `<svg xmlns="${svgNs}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${exportFontFamily}">` +
    `<title>${escapeXml(text.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="${light.background}"/>` +
    head +
    graphic +
    foot +
    brand +
    `</svg>`
  );
}
