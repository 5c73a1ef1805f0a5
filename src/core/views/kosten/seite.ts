/**
 * Everything /kosten/ shows, assembled from the atlas data: chart inputs, table rows, descriptions,
 * the Kleve box and the assumptions. Pure; the .astro components only render what this returns.
 */
import { formatEuro } from '../../model/format.ts';
import { landJahre, type LandJahr } from '../../foerderung/land.ts';
import { modelContext } from '../../foerderung/modell.ts';
import {
  abgleich,
  erstesVollesJahr,
  jeEinwohner,
  type Abgleich,
  type KreisJeEinwohner,
} from '../../foerderung/vergleiche.ts';
import { annahmen, type Annahme } from '../../foerderung/annahmen.ts';
import { describeBars, describeRanking, describeStacked, describeWaterfall } from '../../charts/descriptions.ts';
import type { StackedCategory, StackedSeries } from '../../charts/stacked.ts';
import type { RankingRow } from '../../charts/ranking.ts';
import type { BarGroup } from '../../charts/bar.ts';
import { type Basis } from '../../model/betrag.ts';

import { komponenteBasis, jahrBasis, nurIntegrationsministerium, lesartenJahr } from './basis.ts';
import { formatJeEinwohner } from '../../model/format.ts';
import {
  type AtlasInput,
  komponentenSeries,
  yearCategories,
  type JahrZeile,
  jahrZeilen,
  endedBefore,
  jahreBis,
  rankingRows,
  abgleichGroups,
  ministerienYears,
  endNotes,
  komponentenSeriesMinisterium,
} from './reihen.ts';
import { type Beispiel, beispiel } from './beispiel.ts';
import { type KleveBox, kleveBox } from './kleve.ts';

/** Everything /kosten/ shows. */
export interface KostenSeite {
  jahre: [number, number];
  land: LandJahr[];
  /** The statewide years, Integrationsministerium only (what the year chart, table and tile show). */
  landIm: LandJahr[];
  /** Years from the TIntG on: the range both readings allow (statewide). */
  lesarten: ReadonlyMap<number, { von: number; bis: number; tintgOhneCent: number; tintgMitCent: number }>;
  series: StackedSeries[];
  categories: StackedCategory[];
  zeilen: JahrZeile[];
  ministerienSeries: StackedSeries[];
  ministerienCategories: StackedCategory[];
  beschreibung: string;
  ministerienBeschreibung: string;
  beispielKreis: Beispiel | null;
  beispielStadt: Beispiel | null;
  beispielBeschreibung: string;
  rankingJahr: number;
  /** How sure the ranking year's amounts are (2019: carried forward). */
  rankingBasis: Basis;
  ranking: KreisJeEinwohner[];
  rankingRows: RankingRow[];
  rankingBeschreibung: string;
  kleve: KleveBox | null;
  abgleich: Abgleich[];
  abgleichGroups: BarGroup[];
  abgleichBeschreibung: string;
  annahmen: Annahme[];
  /** Chart notes for components that end (e.g. teacher posts after 2019): missing there means unknown. */
  endNotes: string[];
}

/** Returns the /kosten/ page model from the atlas data. */
export function kostenSeite(atlas: AtlasInput): KostenSeite {
  const ctx = modelContext(atlas.foerderung);
  const jahre = jahreBis(atlas);
  const land = landJahre(atlas.zentren, jahre[0], jahre[1], ctx);
  const landIm = land.map(nurIntegrationsministerium);
  const lesarten = new Map(
    landIm.flatMap((y) => {
      const l = lesartenJahr(atlas.zentren, y.jahr, ctx, y.hoechstCent);
      return l ? [[y.jahr, l] as const] : [];
    }),
  );
  const series = komponentenSeries(landIm);
  const categories = yearCategories(landIm, [], lesarten);
  const ended = endedBefore(atlas.foerderung);
  // By paying body only for the years in which every body's amount is sourced (teacher posts: 2017–2019):
  // no year where a component has no amount, and none after a component's last rule ended.
  const ministerien = ministerienYears(land).filter(
    (y) =>
      y.hoechstCent > 0 &&
      y.komponenten.every((k) => k.monateOhneBetrag === 0 && komponenteBasis(k) !== 'unbekannt') &&
      ended.every((e) => y.jahr <= e.jahr),
  );
  const ministerienSeries = komponentenSeriesMinisterium(ministerien);
  const ministerienCategories = yearCategories(ministerien);
  const beispielKreis = beispiel(atlas, 'Kreis', 2017);
  const rankingJahr = erstesVollesJahr(atlas.zentren, ctx, jahre[1]) ?? jahre[1];
  const ranking = jeEinwohner(atlas.kreise, atlas.zentren, rankingJahr, ctx);
  const rows = rankingRows(ranking, '05154');
  const vergleich = abgleich(atlas.landesmittel, atlas.zentren, ctx);
  const groups = abgleichGroups(vergleich);
  return {
    jahre,
    land,
    landIm,
    lesarten,
    series,
    categories,
    zeilen: jahrZeilen(landIm, series, ended),
    ministerienSeries,
    ministerienCategories,
    beschreibung: describeStacked(
      'Landesmittel des Integrationsministeriums für die KI je Jahr, nach Bestandteil',
      series,
      categories,
      formatEuro,
    ),
    ministerienBeschreibung: describeStacked(
      'Landesmittel für die KI je Jahr, nach Geldgeber (nur Jahre mit belegten Beträgen beider Ministerien)',
      ministerienSeries,
      ministerienCategories,
      formatEuro,
    ),
    beispielKreis,
    beispielStadt: beispiel(atlas, 'kreisfreie Stadt', 2017),
    beispielBeschreibung: beispielKreis
      ? describeWaterfall(`Ein Kreis-KI im Jahr 2017`, beispielKreis.steps, formatEuro)
      : '',
    rankingJahr,
    rankingBasis: jahrBasis(landIm.find((y) => y.jahr === rankingJahr)?.komponenten ?? []),
    ranking,
    rankingRows: rows,
    rankingBeschreibung: describeRanking(`Landesmittel je Einwohner ${rankingJahr}`, rows, formatJeEinwohner),
    kleve: kleveBox(atlas, ctx),
    abgleich: vergleich,
    abgleichGroups: groups,
    abgleichBeschreibung: describeBars('Modell und gemeldete Landesmittel', groups, formatEuro),
    annahmen: annahmen(atlas.foerderung, atlas.zentren, atlas.kreise, jahre),
    endNotes: endNotes(atlas, jahre[1]),
  };
}
