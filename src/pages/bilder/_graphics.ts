/**
 * The graphics of the press kit, rendered at build time from the same components the pages use
 * (Astro container): the map today and on 10.10.2017, every chart on /kosten/, and one locator
 * map per district for its preview image. Rendered once per build and shared by the image
 * endpoints, the chart embeds and /einbetten/.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import KreisMap from '../../components/KreisMap.astro';
import KostenPage from '../kosten.astro';
import { atlas, chartMeta, siteKosten } from '../../build/site-data.ts';
import { htmlSvgToXml, type ExportFormatKey, type LegendEntry } from '../../core/charts/export-svg.ts';
import { einwohnerExportSvgs, einwohnerRanking } from '../../core/views/kosten/charts.ts';
import { formatDate } from '../../core/model/format.ts';
import { mapExportCss } from '../../core/charts/export-styles.ts';
import { statusByKreis } from '../../core/model/status.ts';
import { KLEVE_ANTRAG } from '../../core/views/stichtag.ts';
import { legendTexts, summarize, summarySentence } from '../../core/views/summary.ts';
import { colors } from '../../core/charts/theme.ts';

/** One graphic of the press kit. Paths are below the site base. */
export interface Graphic {
  /** File-name stem and embed id, e.g. "karte-heute", "kosten-jahre". */
  key: string;
  title: string;
  /** One sentence under the title (maps: the summary); charts carry their own. */
  subtitle?: string;
  /** Standalone SVG (XML) of the graphic alone. */
  svg: string;
  /** A layout of the graphic made for one image format (e.g. a long ranking in two columns for wide images). */
  formatSvg?: Partial<Record<ExportFormatKey, string>>;
  /** Legend drawn beside a map (charts carry their own). */
  legend?: LegendEntry[];
  /** Charts: the whole <figure> as /kosten/ renders it (SVG, description, table), for the embeds. */
  figureHtml?: string;
  kind: 'karte' | 'chart';
  /** Page the graphic comes from, e.g. "" or "kosten/#kosten-jahre". */
  pagePath: string;
  /** Embed page, e.g. "embed/karte/?stichtag=2017-10-10". */
  embedPath: string;
  /** Starting iframe height in CSS pixels. */
  height: number;
}

/** Returns the map legend for an export: the status swatches (same patterns as the map) and their texts. */
function mapLegend(texts: { ki: string; ohneKi: string; unbekannt: string }): LegendEntry[] {
  return [
    { fill: colors.light.ki, label: `KI vorhanden: ${texts.ki}` },
    { fill: 'url(#ki-atlas-hatch-ohne-ki)', label: `kein KI: ${texts.ohneKi}` },
    { fill: 'url(#ki-atlas-dots-unbekannt)', label: `unbekannt: ${texts.unbekannt}` },
  ];
}

let container: Promise<AstroContainer> | undefined;
const getContainer = () => (container ??= AstroContainer.create());

/** Returns the map's main SVG as XML with the status patterns and export colours inside it. */
export function mapSvgFromHtml(html: string): string {
  const main = /<svg\b[^>]*class="[^"]*kreis-map__svg[^"]*"[\s\S]*?<\/svg>/.exec(html)?.[0];
  const defs = /<defs\b[\s\S]*?<\/defs>/.exec(html)?.[0] ?? '';
  if (!main) throw new Error('KreisMap hat kein <svg class="kreis-map__svg"> gerendert.');
  const svg = htmlSvgToXml(main)
    // Links (with their tooltips) and the small in-map attribution are for the page; the export canvas states the attribution itself.
    .replace(/<a\b[^>]*>\s*(?:<title>[^<]*<\/title>)?|<\/a>/g, '')
    .replace(/<text\b[^>]*class="kreis-map__attribution"[^>]*>[\s\S]*?<\/text>/, '');
  const defsXml = htmlSvgToXml(`<svg>${defs}</svg>`).replace(/^<svg[^>]*>|<\/svg>$/g, '');
  return svg.replace(/^<svg\b[^>]*>/, (open) => `${open}${defsXml}<style>${mapExportCss()}</style>`);
}

async function mapGraphic(key: string, stichtag: string, pagePath: string, embedPath: string): Promise<Graphic> {
  const summary = summarize(atlas.kreise, atlas.zentren, stichtag);
  const html = await (
    await getContainer()
  ).renderToString(KreisMap, {
    props: {
      kreise: atlas.kreise,
      statuses: summary.statuses,
      stichtag,
      title: 'Kommunale Integrationszentren in NRW',
      id: `export-${key}`,
    },
  });
  return {
    key,
    title: `Kommunale Integrationszentren in NRW am ${formatDate(stichtag)}`,
    subtitle: summarySentence(summary),
    svg: mapSvgFromHtml(html),
    legend: mapLegend(legendTexts(summary, { table: false })),
    kind: 'karte',
    pagePath,
    embedPath,
    height: 760,
  };
}

/** Returns the per-inhabitant ranking in its two-column layouts for the social and square images. */
function einwohnerFormatSvg(): Partial<Record<ExportFormatKey, string>> {
  const input = einwohnerRanking(siteKosten(), chartMeta);
  const svgs = einwohnerExportSvgs(input, 'export-kosten-einwohner');
  return { social: htmlSvgToXml(svgs.social), square: htmlSvgToXml(svgs.square) };
}

/** Returns every chart of /kosten/ as rendered there: id, title (from its <title>) and SVG. */
async function kostenGraphics(): Promise<Graphic[]> {
  const html = await (await getContainer()).renderToString(KostenPage);
  const figures = [...html.matchAll(/<figure\b[^>]*\bclass="chart-frame"[^>]*>[\s\S]*?<\/figure>/g)].map(
    ([figure]) => ({
      figure,
      id: /^<figure\b[^>]*\sid="([^"]+)"/.exec(figure)?.[1],
    }),
  );
  return figures.flatMap(({ figure, id }) => {
    if (!id) return [];
    // The figure holds the wide chart, then its phone layout: the images use the wide one.
    const svg = htmlSvgToXml(figure.slice(0, figure.indexOf('</svg>') + '</svg>'.length));
    const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? id;
    return {
      key: id,
      title: title
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
      svg,
      ...(id === 'kosten-einwohner' ? { formatSvg: einwohnerFormatSvg() } : {}),
      figureHtml: figure,
      kind: 'chart' as const,
      pagePath: `kosten/#${id}`,
      embedPath: `embed/kosten/${id.replace(/^kosten-/, '')}/`,
      height: 560,
    };
  });
}

/** Returns a chart figure with its table folded: an embed shows the chart first, the table one click away. */
export function foldTable(figureHtml: string): string {
  return figureHtml.replace(/(<details\b[^>]*\bclass="chart-table"[^>]*?)\s+open(=""|="open")?(?=[\s>])/g, '$1');
}

let graphics: Promise<Graphic[]> | undefined;

/** Returns the press-kit graphics: the two maps, then the /kosten/ charts in page order. */
export function pressGraphics(): Promise<Graphic[]> {
  return (graphics ??= (async () => [
    await mapGraphic('karte-heute', atlas.gebaut, '', 'embed/karte/'),
    await mapGraphic(
      `karte-${KLEVE_ANTRAG}`,
      KLEVE_ANTRAG,
      `?stichtag=${KLEVE_ANTRAG}`,
      `embed/karte/?stichtag=${KLEVE_ANTRAG}`,
    ),
    ...(await kostenGraphics()),
  ])());
}

/** Returns the locator map of one district (its preview image), as standalone SVG. */
export async function kreisMapSvg(ags: string): Promise<string> {
  const statuses = statusByKreis(
    atlas.kreise.map((k) => k.ags),
    atlas.zentren,
    atlas.gebaut,
  );
  const html = await (
    await getContainer()
  ).renderToString(KreisMap, {
    props: { kreise: atlas.kreise, statuses, stichtag: atlas.gebaut, title: '', highlight: ags, id: `export-${ags}` },
  });
  return mapSvgFromHtml(html);
}
