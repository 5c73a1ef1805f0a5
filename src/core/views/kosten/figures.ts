/**
 * The charts of /kosten/ as data: per chart its id, title, layout input, description and table.
 * The page, the chart embeds and the press images all draw from this list, so a chart is defined
 * once; kostenFigureGraphic lays one out and renders it (charts/svg.ts) for the image export.
 */
import { layoutBars, type BarInput } from '../../charts/bar.ts';
import { layoutRanking, type RankingInput } from '../../charts/ranking.ts';
import { layoutStacked, type StackedInput } from '../../charts/stacked.ts';
import { barsSvg, rankingSvg, stackedSvg, waterfallSvg } from '../../charts/svg.ts';
import { layoutWaterfall, type WaterfallInput } from '../../charts/waterfall.ts';
import { BASIS_LEGENDE, legendeFuer, type Basis } from '../../model/betrag.ts';
import { formatDate, formatEuro, formatEuroShort, formatMillionsBare } from '../../model/format.ts';
import type { IsoDate } from '../../model/types.ts';
import { einwohnerRanking, kostenFrame, kostenNotes } from './charts.ts';
import { MODELL_LABEL, type KostenSeite } from './seite.ts';
import {
  abgleichTabelle,
  beispielTabelle,
  jahresTabelle,
  rankingTabelle,
  stackedTabelle,
  type Tabelle,
} from './tables.ts';

/** A chart's layout input, by the kind of chart. */
export type KostenChart =
  | { kind: 'stacked'; input: StackedInput }
  | { kind: 'waterfall'; input: WaterfallInput }
  | { kind: 'ranking'; input: RankingInput }
  | { kind: 'bars'; input: BarInput };

/** One chart of /kosten/: what it draws and the table with the same numbers. */
export interface KostenFigure {
  /** Element id and embed key, e.g. "kosten-jahre". */
  id: string;
  title: string;
  description: string;
  basis: Basis;
  chart: KostenChart;
  table: Tabelle & { id: string };
}

/** The five charts, by their place on the page. */
export interface KostenFigures {
  jahre: KostenFigure;
  geldgeber: KostenFigure;
  beispiel: KostenFigure | null;
  einwohner: KostenFigure;
  abgleich: KostenFigure;
}

const WIDTH = 760;

/** Returns the charts of /kosten/ from the cost model of the site's data. */
export function kostenFigures(k: KostenSeite, meta: { stand: IsoDate; licence: string }): KostenFigures {
  const frame = (title: string, unit: string, notes: string[] = []) => kostenFrame(meta, title, unit, notes);
  const jahreText = frame(
    'Landesmittel des Integrationsministeriums für die KI in NRW je Jahr',
    `Euro je Jahr, nach Bestandteil – ${MODELL_LABEL}`,
    kostenNotes(k.categories),
  );
  const geldgeberText = frame(
    'Landesmittel für die KI in NRW je Jahr, nach Geldgeber',
    `Euro je Jahr – ${MODELL_LABEL}; nur Jahre, in denen die Beträge beider Ministerien belegt sind`,
    kostenNotes(k.ministerienCategories, k.endNotes),
  );
  const rangeLabel = 'möglich (Startmonat unbekannt)';
  const einwohner = einwohnerRanking(k, meta);
  const abgleichText = frame(
    'Gemeldete Landesmittel und Modellrechnung',
    'Millionen Euro je Jahr, nur Integrationsministerium (ohne Lehrerstellen); ganzes Jahr nach den Regeln am 31.12.',
    [...legendeFuer(k.abgleich.map((r) => r.basis)), 'gemeldet: Jahresbetrag laut Quelle (belegt, ohne Zeichen)'],
  );
  const table = (id: string, t: Tabelle) => ({ ...t, id: `${id}-tabelle` });
  const b = k.beispielKreis;
  return {
    jahre: {
      id: 'kosten-jahre',
      title: jahreText.title,
      description: k.beschreibung,
      basis: 'modell',
      chart: {
        kind: 'stacked',
        input: {
          width: WIDTH,
          plotHeight: 300,
          text: jahreText,
          series: k.series,
          categories: k.categories,
          format: formatEuro,
          rangeLabel,
        },
      },
      table: table('kosten-jahre', jahresTabelle(k.zeilen, k.series)),
    },
    geldgeber: {
      id: 'kosten-geldgeber',
      title: geldgeberText.title,
      description: k.ministerienBeschreibung,
      basis: 'modell',
      chart: {
        kind: 'stacked',
        input: {
          width: WIDTH,
          plotHeight: 220,
          text: geldgeberText,
          series: k.ministerienSeries,
          categories: k.ministerienCategories,
          format: formatEuro,
          rangeLabel,
        },
      },
      table: table(
        'kosten-geldgeber',
        stackedTabelle('Landesmittel je Jahr nach Geldgeber', k.ministerienSeries, k.ministerienCategories),
      ),
    },
    beispiel: b
      ? {
          id: 'kosten-beispiel',
          title: 'Ein Kreis-KI im Jahr 2017',
          description: k.beispielBeschreibung,
          basis: 'modell',
          chart: {
            kind: 'waterfall',
            input: {
              width: WIDTH,
              plotHeight: 260,
              text: frame('Ein Kreis-KI im Jahr 2017', `Euro je Jahr, Stand ${formatDate(b.tag)} – ${MODELL_LABEL}`, [
                '+ Bestandteile laut Pressemitteilung vom 05.10.2017 und SGK NRW 2016 (belegt)',
                BASIS_LEGENDE.modell + ' (Summen: eigene Rechnung)',
              ]),
              steps: b.steps,
              format: formatEuro,
            },
          },
          table: table('kosten-beispiel', beispielTabelle(b, `Ein Kreis-KI im Jahr 2017 (Stand ${formatDate(b.tag)})`)),
        }
      : null,
    einwohner: {
      id: 'kosten-einwohner',
      title: einwohner.text.title,
      description: einwohner.description,
      basis: einwohner.basis,
      chart: { kind: 'ranking', input: { ...einwohner, width: WIDTH } },
      table: table('kosten-einwohner', rankingTabelle(k.ranking, k.rankingJahr, k.rankingBasis)),
    },
    abgleich: {
      id: 'kosten-abgleich',
      title: abgleichText.title,
      description: k.abgleichBeschreibung,
      basis: 'modell',
      chart: {
        kind: 'bars',
        input: {
          width: WIDTH,
          plotHeight: 260,
          text: abgleichText,
          groups: k.abgleichGroups,
          format: formatEuro,
          axisFormat: formatEuroShort,
          labelFormat: formatMillionsBare,
        },
      },
      table: table('kosten-abgleich', abgleichTabelle(k.abgleich)),
    },
  };
}

/** Returns the charts in page order (the example only where the data has it). */
export function kostenFigureList(figures: KostenFigures): KostenFigure[] {
  return [figures.jahre, figures.geldgeber, figures.beispiel, figures.einwohner, figures.abgleich].filter(
    (f): f is KostenFigure => f !== null,
  );
}

/** Returns a chart's SVG as the page shows it, with its size in SVG units. */
export function kostenFigureSvg(figure: KostenFigure): { svg: string; width: number; height: number } {
  const options = { id: figure.id, description: figure.description };
  const { chart } = figure;
  switch (chart.kind) {
    case 'stacked': {
      const layout = layoutStacked(chart.input);
      return { svg: stackedSvg(layout, options), width: layout.width, height: layout.height };
    }
    case 'waterfall': {
      const layout = layoutWaterfall(chart.input);
      return {
        svg: waterfallSvg(layout, { ...options, basis: figure.basis }),
        width: layout.width,
        height: layout.height,
      };
    }
    case 'ranking': {
      const layout = layoutRanking(chart.input);
      return {
        svg: rankingSvg(layout, { ...options, basis: figure.basis }),
        width: layout.width,
        height: layout.height,
      };
    }
    case 'bars': {
      const layout = layoutBars(chart.input);
      return { svg: barsSvg(layout, options), width: layout.width, height: layout.height };
    }
  }
}
