/**
 * The graphics of the press kit, from the same layout objects the pages draw: the map today and
 * on 10.10.2017, every chart of /kosten/, and one locator map per district for its preview image.
 * Computed once per build and shared by the image endpoints, the chart embeds and /einbetten/.
 */
import { atlas, chartMeta, siteKosten } from './site-data.ts';
import { nrwKreisMap } from './kreis-map.ts';
import {
  chartGraphic,
  type ExportFormatKey,
  type ExportGraphic,
  type LegendEntry,
} from '../core/charts/export-canvas.ts';
import { DOTS_UNBEKANNT, HATCH_OHNE_KI, kreisMapExportGraphic } from '../core/charts/render/map.ts';
import { colors } from '../core/charts/theme.ts';
import { einwohnerExportSvgs, einwohnerRanking, EINWOHNER_EXPORT_LAYOUTS } from '../core/views/kosten/charts.ts';
import { kostenFigureList, kostenFigures, kostenFigureSvg, type KostenFigure } from '../core/views/kosten/figures.ts';
import { layoutRanking } from '../core/charts/ranking.ts';
import { formatDate } from '../core/model/format.ts';
import { statusByKreis } from '../core/model/status.ts';
import { KLEVE_ANTRAG } from '../core/views/stichtag.ts';
import { legendTexts, summarize, summarySentence } from '../core/views/summary.ts';

/** One graphic of the press kit. Paths are below the site base. */
export interface Graphic {
  /** File-name stem and embed id, e.g. "karte-heute", "kosten-jahre". */
  key: string;
  title: string;
  /** One sentence under the title (maps: the summary); charts carry their own. */
  subtitle?: string;
  /** The graphic alone, for the export canvas. */
  graphic: ExportGraphic;
  /** A layout of the graphic made for one image format (e.g. a long ranking in two columns for wide images). */
  formatGraphic?: Partial<Record<ExportFormatKey, ExportGraphic>>;
  /** Legend drawn beside a map (charts carry their own). */
  legend?: LegendEntry[];
  /** Charts: the chart with its description and table, for the embeds. */
  figure?: KostenFigure;
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
    { fill: `url(#${HATCH_OHNE_KI})`, label: `kein KI: ${texts.ohneKi}` },
    { fill: `url(#${DOTS_UNBEKANNT})`, label: `unbekannt: ${texts.unbekannt}` },
  ];
}

function mapGraphic(key: string, stichtag: string, pagePath: string, embedPath: string): Graphic {
  const summary = summarize(atlas.kreise, atlas.zentren, stichtag);
  const map = nrwKreisMap({
    kreise: atlas.kreise,
    statuses: summary.statuses,
    stichtag,
    id: `export-${key}`,
    base: '/',
  });
  return {
    key,
    title: `Kommunale Integrationszentren in NRW am ${formatDate(stichtag)}`,
    subtitle: summarySentence(summary),
    graphic: kreisMapExportGraphic(map),
    legend: mapLegend(legendTexts(summary, { table: false })),
    kind: 'karte',
    pagePath,
    embedPath,
    height: 760,
  };
}

/** Returns the per-inhabitant ranking in its two-column layouts for the social and square images. */
function einwohnerFormatGraphics(): Partial<Record<ExportFormatKey, ExportGraphic>> {
  const input = einwohnerRanking(siteKosten(), chartMeta);
  const svgs = einwohnerExportSvgs(input, 'export-kosten-einwohner');
  const size = (format: keyof typeof EINWOHNER_EXPORT_LAYOUTS) =>
    layoutRanking({ ...input, ...EINWOHNER_EXPORT_LAYOUTS[format], columns: 2 });
  const graphic = (format: keyof typeof EINWOHNER_EXPORT_LAYOUTS) => {
    const { width, height } = size(format);
    return chartGraphic(svgs[format], width, height);
  };
  return { social: graphic('social'), square: graphic('square') };
}

/** Returns every chart of /kosten/ in page order, drawn from the figures the page renders. */
function kostenGraphics(): Graphic[] {
  return kostenFigureList(kostenFigures(siteKosten(), chartMeta)).map((figure) => {
    const { svg, width, height } = kostenFigureSvg(figure);
    return {
      key: figure.id,
      title: figure.title,
      graphic: chartGraphic(svg, width, height),
      ...(figure.id === 'kosten-einwohner' ? { formatGraphic: einwohnerFormatGraphics() } : {}),
      figure,
      kind: 'chart' as const,
      pagePath: `kosten/#${figure.id}`,
      embedPath: `embed/kosten/${figure.id.replace(/^kosten-/, '')}/`,
      height: 560,
    };
  });
}

let graphics: Graphic[] | undefined;

/** Returns the press-kit graphics: the two maps, then the /kosten/ charts in page order. */
export function pressGraphics(): Graphic[] {
  return (graphics ??= [
    mapGraphic('karte-heute', atlas.gebaut, '', 'embed/karte/'),
    mapGraphic(
      `karte-${KLEVE_ANTRAG}`,
      KLEVE_ANTRAG,
      `?stichtag=${KLEVE_ANTRAG}`,
      `embed/karte/?stichtag=${KLEVE_ANTRAG}`,
    ),
    ...kostenGraphics(),
  ]);
}

/** Returns the locator map of one district (its preview image) as an export graphic. */
export function kreisLocatorGraphic(ags: string): ExportGraphic {
  const statuses = statusByKreis(
    atlas.kreise.map((k) => k.ags),
    atlas.zentren,
    atlas.gebaut,
  );
  const map = nrwKreisMap({
    kreise: atlas.kreise,
    statuses,
    stichtag: atlas.gebaut,
    id: `export-${ags}`,
    base: '/',
    highlight: ags,
  });
  return kreisMapExportGraphic(map);
}
