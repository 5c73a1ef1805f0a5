/**
 * Turns a poster layout (poster.ts) into one self-contained SVG document: theme colours as plain
 * attributes, status patterns inside, and – for the browser – the export font as an @font-face
 * data URL, so the file looks the same in any viewer. At build time resvg is handed the TTFs instead.
 */
import { exportFontFamily } from './export-canvas.ts';
import { escapeXml } from './xml.ts';
import { colors, type ThemeName } from './theme.ts';
import {
  mapPlacement,
  type PosterLayout,
  type PosterLine,
  type PosterMap,
  type Rect,
  type SwatchKind,
} from './poster.ts';
import type { PosterBar } from './poster-bars.ts';
import { FORTGESCHRIEBEN_OPACITY } from './svg.ts';

/** Font files to embed: WOFF2 bytes as base64, regular and bold. */
export interface EmbeddedFonts {
  regular: string;
  bold: string;
}

const r = (value: number) => String(Math.round(value * 10) / 10);

/** Returns the @font-face rules that carry the export font inside the SVG. */
export function fontFaceCss(fonts: EmbeddedFonts): string {
  const face = (data: string, weight: number) =>
    `@font-face{font-family:"${exportFontFamily}";font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2")}`;
  return face(fonts.regular, 400) + face(fonts.bold, 700);
}

function palette(theme: ThemeName) {
  const c = colors[theme];
  return { ...c, title: c.text, accent: theme === 'light' ? c.ki : c.ki };
}

/** Returns the status patterns, drawn `unit` canvas pixels per pattern pixel (the map is scaled, the legend not). */
function patterns(theme: ThemeName, suffix: string, unit: number): string {
  const c = colors[theme];
  const s = 8 * unit;
  return (
    `<pattern id="hatch-${suffix}" patternUnits="userSpaceOnUse" width="${r(s)}" height="${r(s)}" patternTransform="rotate(45)">` +
    `<rect width="${r(s)}" height="${r(s)}" fill="${c.ohneKi}"/><rect width="${r(s * 0.35)}" height="${r(s)}" fill="${c.background}" opacity="0.85"/></pattern>` +
    `<pattern id="dots-${suffix}" patternUnits="userSpaceOnUse" width="${r(s)}" height="${r(s)}">` +
    `<rect width="${r(s)}" height="${r(s)}" fill="${c.surface}"/><circle cx="${r(s / 2)}" cy="${r(s / 2)}" r="${r(s * 0.22)}" fill="${c.unbekannt}"/></pattern>`
  );
}

function statusFill(status: string, theme: ThemeName, suffix: string): string {
  if (status === 'ki') return colors[theme].ki;
  if (status === 'ohne-ki') return `url(#hatch-${suffix})`;
  return `url(#dots-${suffix})`;
}

function mapMarkup(map: PosterMap, box: Rect, theme: ThemeName): string {
  const c = colors[theme];
  const place = mapPlacement(map, box);
  const unit = 1 / place.scale;
  const paths = map.districts
    .map(
      (d) =>
        `<path d="${d.d}" data-ags="${escapeXml(d.ags)}" data-status="${map.statuses[d.ags] ?? 'unbekannt'}" fill="${statusFill(map.statuses[d.ags] ?? 'unbekannt', theme, 'map')}"/>`,
    )
    .join('');
  const highlight = map.highlight ? map.districts.find((d) => d.ags === map.highlight?.ags) : undefined;
  return (
    `<defs>${patterns(theme, 'map', unit)}</defs>` +
    `<g transform="translate(${r(place.x)} ${r(place.y)}) scale(${place.scale.toFixed(4)})" stroke="${c.background}" stroke-width="${r(1.5 * unit)}" stroke-linejoin="round">${paths}` +
    `<path d="${map.border}" fill="none" stroke="${c.text}" stroke-width="${r(2 * unit)}"/>` +
    (highlight
      ? `<path d="${highlight.d}" fill="none" stroke="${c.background}" stroke-width="${r(10 * unit)}"/><path d="${highlight.d}" fill="none" stroke="${c.text}" stroke-width="${r(5 * unit)}" class="poster-highlight"/>`
      : '') +
    '</g>'
  );
}

function barMarkup(bars: readonly PosterBar[], theme: ThemeName): string {
  const c = colors[theme];
  return bars
    .map((bar) => {
      const opacity = bar.basis === 'fortgeschrieben' ? ` fill-opacity="${FORTGESCHRIEBEN_OPACITY}"` : '';
      const fill = bar.highlight ? c.ohneKi : c.ki;
      const range =
        bar.rangeWidth > 0
          ? `<rect x="${r(bar.x + bar.width)}" y="${r(bar.y)}" width="${r(bar.rangeWidth)}" height="${r(bar.height)}" fill="${c.unbekannt}" fill-opacity="0.6"/>`
          : '';
      return `<rect x="${r(bar.x)}" y="${r(bar.y)}" width="${r(Math.max(1, bar.width))}" height="${r(bar.height)}" fill="${fill}" data-basis="${bar.basis}"${opacity}/>${range}`;
    })
    .join('');
}

function lineMarkup(line: PosterLine, theme: ThemeName): string {
  const p = palette(theme);
  const fill =
    line.role === 'title' ? p.title : line.role === 'muted' ? p.muted : line.role === 'accent' ? p.accent : p.text;
  const halo = line.halo
    ? ` stroke="${p.background}" stroke-width="${r(line.size * 0.22)}" paint-order="stroke" stroke-linejoin="round"`
    : '';
  const anchor = line.anchor === 'end' ? ' text-anchor="end"' : '';
  return `<text x="${r(line.x)}" y="${r(line.y)}" font-size="${line.size}"${line.bold ? ' font-weight="700"' : ''}${anchor} fill="${fill}"${halo}>${escapeXml(line.text)}</text>`;
}

function swatchMarkup(swatch: Rect & { kind: SwatchKind }, theme: ThemeName): string {
  const c = colors[theme];
  if (swatch.kind === 'highlight') {
    return `<rect x="${r(swatch.x + 2.5)}" y="${r(swatch.y + 2.5)}" width="${r(swatch.width - 5)}" height="${r(swatch.height - 5)}" fill="none" stroke="${c.text}" stroke-width="5"/>`;
  }
  return `<rect x="${r(swatch.x)}" y="${r(swatch.y)}" width="${r(swatch.width)}" height="${r(swatch.height)}" fill="${statusFill(swatch.kind, theme, 'legend')}" stroke="${c.border}"/>`;
}

/** Returns the poster as an SVG document of exactly its format's size; `fonts` embeds the export font. */
export function renderPosterSvg(layout: PosterLayout, fonts?: EmbeddedFonts): string {
  const { width, height, theme, content } = layout;
  const c = colors[theme];
  const body =
    content.body.kind === 'map' ? mapMarkup(content.body, layout.body, theme) : barMarkup(layout.bars ?? [], theme);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${exportFontFamily}" role="img" aria-label="${escapeXml(content.alt)}" data-theme="${theme}">` +
    `<title>${escapeXml(content.alt)}</title>` +
    (fonts ? `<style>${fontFaceCss(fonts)}</style>` : '') +
    `<defs>${patterns(theme, 'legend', 1.4)}</defs>` +
    `<rect width="${width}" height="${height}" fill="${c.background}"/>` +
    body +
    layout.swatches.map((s) => swatchMarkup(s, theme)).join('') +
    layout.lines.map((line) => lineMarkup(line, theme)).join('') +
    '</svg>'
  );
}
