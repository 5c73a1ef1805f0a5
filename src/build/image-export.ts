/**
 * Build-time export of one graphic: the words around it and the PNG/SVG bytes. Shared by the
 * endpoints in src/pages/bilder/ (press-kit files) and src/pages/bilder/og/ (preview images).
 */
import { renderPng } from './png.ts';
import { atlas } from './site-data.ts';
import {
  exportFormats,
  wrapForExport,
  type ExportFormatKey,
  type ExportGraphic,
  type ExportText,
  type LegendEntry,
} from '../core/charts/export-canvas.ts';
import { formatDate } from '../core/model/format.ts';
import { citedQuellen, dataPublishers } from '../core/views/press.ts';
import { site } from '../site.config.ts';

/** Returns the address shown in images: host and path on SITE_URL, else the site's name. */
export function shownUrl(path: string): string {
  const origin = import.meta.env.SITE;
  if (!origin) return site.title;
  const url = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path.replace(/^\/+/, '')}`, origin);
  return `${url.host}${url.pathname}`.replace(/\/$/, '');
}

/** Returns the export texts of a graphic: title, Stand, source, licence and, for maps, the geometry attribution. */
export function exportText(graphic: {
  title: string;
  subtitle?: string;
  legend?: LegendEntry[];
  kind: 'karte' | 'chart';
  pagePath: string;
}): ExportText {
  return {
    title: graphic.title,
    subtitle: graphic.subtitle,
    legend: graphic.legend,
    stand: `Stand: ${formatDate(atlas.stand)}`,
    source: `Quelle: KI-Atlas NRW; Daten: ${dataPublishers(atlas.quellen, citedQuellen(atlas))}`,
    licence: `Lizenz: ${site.dataLicence}`,
    attribution: graphic.kind === 'karte' ? `Karte: ${site.geoAttribution}` : undefined,
    url: shownUrl(graphic.pagePath.replace(/[?#].*$/, '')),
    selfLabelled: graphic.kind === 'chart',
  };
}

/** Returns the export SVG document of a graphic in one format. */
export function exportSvg(graphic: ExportGraphic, format: ExportFormatKey, text: ExportText): string {
  return wrapForExport(graphic, exportFormats[format], text);
}

/** Returns an HTTP response holding the PNG of a graphic in one format (print at twice the size). */
export function pngResponse(graphic: ExportGraphic, format: ExportFormatKey, text: ExportText): Response {
  const png = renderPng(exportSvg(graphic, format, text), exportFormats[format].scale);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}

/** Returns an HTTP response holding an SVG document. */
export function svgResponse(svg: string): Response {
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
