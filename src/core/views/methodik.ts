/**
 * Figures the method page quotes about the data itself (how precise the start dates are,
 * which population Stand is used), so the text never drifts from the tables.
 */
import type { IsoDate, Kreis, Precision, Zentrum } from '../model/types.ts';
import { areaKm2, kreisFeatures, type KreisTopology } from '../charts/geo.ts';
import type { AtlasData } from '../model/types.ts';
import { BASIS_LABEL } from '../model/betrag.ts';
import { basisJahre } from './kosten/basis.ts';
import { ERSTES_JAHR, jahreBis } from './kosten/reihen.ts';

/** Number of KIs per precision of their start date; `unbekannt` = no start date in any source. */
export type StartPrecisionCounts = Record<Precision | 'unbekannt', number>;

/** Returns how many KIs have a start date to the day, to the month, to the year only, or none. */
export function countStartPrecision(zentren: readonly Pick<Zentrum, 'start'>[]): StartPrecisionCounts {
  const counts: StartPrecisionCounts = { tag: 0, monat: 0, jahr: 0, unbekannt: 0 };
  for (const zentrum of zentren) counts[zentrum.start?.precision ?? 'unbekannt'] += 1;
  return counts;
}

/** Returns the distinct population dates (einwohner_stand) of the districts, oldest first. */
export function einwohnerStaende(kreise: readonly Pick<Kreis, 'einwohnerStand'>[]): IsoDate[] {
  const staende = new Set<IsoDate>();
  for (const kreis of kreise) if (kreis.einwohnerStand) staende.add(kreis.einwohnerStand);
  return [...staende].sort();
}

/**
 * Returns the largest relative deviation (0.0125 = 1.25 %) of a drawn district area from the
 * official area in kreise.csv, and its AGS; districts without an official area are skipped.
 */
export function maxAreaDeviation(
  drawnKm2: ReadonlyMap<string, number>,
  kreise: readonly Pick<Kreis, 'ags' | 'flaecheKm2'>[],
): { ags: string; deviation: number } | null {
  let worst: { ags: string; deviation: number } | null = null;
  for (const kreis of kreise) {
    const drawn = drawnKm2.get(kreis.ags);
    if (drawn === undefined || !kreis.flaecheKm2) continue;
    const deviation = Math.abs(drawn / kreis.flaecheKm2 - 1);
    if (!worst || deviation > worst.deviation) worst = { ags: kreis.ags, deviation };
  }
  return worst;
}

/** Returns maxAreaDeviation for the districts as the map draws them (areas from the topology). */
export function drawnAreaDeviation(
  topology: KreisTopology,
  kreise: readonly Pick<Kreis, 'ags' | 'flaecheKm2'>[],
): { ags: string; deviation: number } | null {
  return maxAreaDeviation(new Map(kreisFeatures(topology).map((f) => [String(f.id), areaKm2(f)])), kreise);
}

/** Returns /methodik/'s table "Was belegt ist, was gerechnet, was angenommen": per year its legal basis, rules, sources and basis. */
export function basisTabelleFuer(atlas: Pick<AtlasData, 'foerderung' | 'quellen' | 'gebaut' | 'stand'>) {
  const [, bisJahr] = jahreBis(atlas);
  const quelleTitel = new Map(atlas.quellen.map((q) => [q.id, q.titel] as const));
  return {
    caption:
      'Je Jahr: geltende Rechtsgrundlage am 31.12., angewandte Förderregeln (Kreis), ihre Quellen und die Grundlage der Beträge',
    columns: [
      { label: 'Jahr' },
      { label: 'Rechtsgrundlage am 31.12.', prose: true },
      { label: 'angewandte Regeln (foerderung.csv)', prose: true },
      { label: 'Quellen', prose: true },
      { label: 'Grundlage der Beträge' },
      { label: 'was das heißt', prose: true },
    ],
    rows: basisJahre(atlas.foerderung, ERSTES_JAHR, bisJahr).map((z) => [
      String(z.jahr),
      z.rechtsgrundlage,
      z.regeln.join(', ') || '–',
      z.quellen.map((q) => quelleTitel.get(q) ?? q).join('; ') || '–',
      BASIS_LABEL[z.basis],
      z.erklaerung,
    ]),
  };
}
