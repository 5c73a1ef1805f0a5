/**
 * The words around the cost charts (on /kosten/ and the district pages) and the per-inhabitant
 * ranking's input, in one place for the pages and the press-kit images (which lay the same
 * ranking out in two columns).
 */
import type { ChartText } from '../../charts/axis.ts';
import { layoutRanking, type RankingInput } from '../../charts/ranking.ts';
import { rankingSvg } from '../../charts/svg.ts';
import { formatDate } from '../../model/format.ts';
import { MODELL_LABEL } from './reihen.ts';
import { formatJeEinwohner } from '../../model/format.ts';
import { type KostenSeite } from './seite.ts';
import type { IsoDate } from '../../model/types.ts';
import { categoryBasis, type StackedCategory } from '../../charts/stacked.ts';
import { BASIS_MARKER, legendeFuer, type Basis } from '../../model/betrag.ts';

/** The source line of every cost chart. */
export const KOSTEN_QUELLE = 'KI-Atlas NRW, Modellrechnung aus foerderung.csv und zentren.csv (Quellen: siehe /daten/)';

/** Returns the notes of a year chart: one legend line per basis marker that occurs, then the chart's own notes. */
export function kostenNotes(categories: readonly StackedCategory[], notes: readonly string[] = []): string[] {
  return [...legendeFuer(categories.map(categoryBasis)), ...notes];
}

/** Returns the frame texts of a cost chart: title, unit, Stand (German date), licence, source, notes. */
export function kostenFrame(
  meta: { stand: IsoDate; licence: string },
  title: string,
  unit: string,
  notes: string[] = [],
): ChartText {
  return { title, unit, stand: formatDate(meta.stand), licence: meta.licence, notes, source: KOSTEN_QUELLE };
}

/** Returns the ranking of funding per inhabitant as /kosten/ draws it (all but the width) and its description. */
export function einwohnerRanking(
  k: Pick<KostenSeite, 'rankingJahr' | 'rankingRows' | 'rankingBeschreibung' | 'rankingBasis'>,
  meta: { stand: IsoDate; licence: string },
): Omit<RankingInput, 'width'> & { description: string; basis: Basis } {
  return {
    text: kostenFrame(
      meta,
      `Landesmittel je Einwohner ${k.rankingJahr}${BASIS_MARKER[k.rankingBasis]}`,
      `Euro je Einwohner, Integrationsministerium (ohne Lehrerstellen) – ${MODELL_LABEL}`,
      [
        ...legendeFuer([k.rankingBasis]),
        'Alle KI einer Art erhalten nach den Regeln denselben Höchstbetrag: die Reihenfolge spiegelt nur Einwohnerzahl und Art (Kreis/Stadt).',
      ],
    ),
    basis: k.rankingBasis,
    rows: k.rankingRows,
    format: formatJeEinwohner,
    description: k.rankingBeschreibung,
  };
}

/**
 * Two-column layouts of the ranking for the social (1200 × 630) and square (1080 × 1080) images:
 * one column of 53 rows would shrink its 12-unit text to about 6 px there. Print keeps one column.
 */
export const EINWOHNER_EXPORT_LAYOUTS = {
  social: { width: 1120, rowHeight: 15 },
  square: { width: 960, rowHeight: 28 },
} as const;

/** Returns the ranking's SVG (page markup) in each image layout of EINWOHNER_EXPORT_LAYOUTS. */
export function einwohnerExportSvgs(
  input: Omit<RankingInput, 'width'> & { description: string; basis?: Basis },
  id: string,
): Record<keyof typeof EINWOHNER_EXPORT_LAYOUTS, string> {
  const svg = (format: keyof typeof EINWOHNER_EXPORT_LAYOUTS) =>
    rankingSvg(layoutRanking({ ...input, ...EINWOHNER_EXPORT_LAYOUTS[format], columns: 2 }), {
      id: `${id}-${format}`,
      description: input.description,
      ...(input.basis ? { basis: input.basis } : {}),
    });
  return { social: svg('social'), square: svg('square') };
}
