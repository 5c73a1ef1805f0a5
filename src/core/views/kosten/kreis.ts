/** A district's own money view (KreisKosten.astro): its years, chart input, rank and sentences. */
import type { Kreis, Zentrum } from '../../model/types.ts';
import { formatEuro } from '../../model/format.ts';
import { mergeKomponenten, sum } from '../../foerderung/land.ts';
import { modelContext, zentrumJahr } from '../../foerderung/modell.ts';
import { erstesVollesJahr, jeEinwohner } from '../../foerderung/vergleiche.ts';
import { describeStacked } from '../../charts/descriptions.ts';
import type { StackedCategory, StackedSeries } from '../../charts/stacked.ts';
import { betrag, type Basis, type Betrag } from '../../model/betrag.ts';

import { komponenteBasis, jahrBasis, type Jahreswerte, nurIntegrationsministerium, lesartenJahr } from './basis.ts';
import { type AtlasInput, komponentenSeries, yearCategories, endedBefore, jahreBis, endNotes } from './reihen.ts';
import { KLEVE_AGS } from './kleve.ts';

/** A district's own money view (KreisKosten). */
export interface KreisKostenModel {
  kreis: Kreis;
  zentren: Zentrum[];
  /** Every component, teacher posts included (the table's separate teacher column). */
  years: (Jahreswerte & { flags: string[] })[];
  /** Integrationsministerium only: what the chart draws and the sentences quote. */
  yearsIm: (Jahreswerte & { flags: string[] })[];
  series: StackedSeries[];
  categories: StackedCategory[];
  beschreibung: string;
  rang: { platz: number; von: number; jahr: number; centJeEinwohner: number | null; basis: Basis } | null;
  endNotes: string[];
  /** Components whose last rule ends in `jahr`: later years are unknown for them, not zero. */
  ended: { komponente: string; label: string; jahr: number }[];
}

/** Returns a district's years (all its KIs added up), the chart input and its per-inhabitant rank. */
export function kreisKosten(atlas: AtlasInput, kreisAgs: string): KreisKostenModel | null {
  const kreis = atlas.kreise.find((k) => k.ags === kreisAgs);
  if (!kreis) return null;
  const ctx = modelContext(atlas.foerderung);
  const jahre = jahreBis(atlas);
  const zentren = atlas.zentren.filter((z) => z.kreisAgs === kreisAgs);
  const years = [];
  for (let jahr = jahre[0]; jahr <= jahre[1]; jahr++) {
    const parts = zentren.map((z) => zentrumJahr(z, jahr, ctx));
    const komponenten = mergeKomponenten(parts.flatMap((p) => p.komponenten));
    const flags = parts
      .filter((p) => p.flag)
      .map((p) => (p.flag === 'start-jahr' ? 'Startmonat unbekannt (nur Jahr)' : 'Startdatum unbekannt'));
    years.push({
      jahr,
      komponenten,
      cent: sum(parts.map((p) => p.cent)),
      hoechstCent: sum(parts.map((p) => p.hoechstCent)),
      flags,
    });
  }
  const yearsIm = years.map(nurIntegrationsministerium);
  const lesarten = new Map(
    yearsIm.flatMap((y) => {
      const l = lesartenJahr(zentren, y.jahr, ctx, y.hoechstCent);
      return l && y.hoechstCent > 0 ? [[y.jahr, l] as const] : [];
    }),
  );
  const series = komponentenSeries(yearsIm);
  const categories = yearCategories(yearsIm, [], lesarten);
  const rankingJahr = erstesVollesJahr(atlas.zentren, ctx, jahre[1]) ?? jahre[1];
  const ranking = jeEinwohner(atlas.kreise, atlas.zentren, rankingJahr, ctx).filter((r) => r.centJeEinwohner !== null);
  const index = ranking.findIndex((r) => r.kreis.ags === kreisAgs);
  return {
    kreis,
    zentren,
    years,
    yearsIm,
    series,
    categories,
    beschreibung: describeStacked(
      `Landesmittel des Integrationsministeriums für ${kreis.name} je Jahr`,
      series,
      categories,
      formatEuro,
    ),
    rang:
      index === -1
        ? null
        : {
            platz: index + 1,
            von: ranking.length,
            jahr: rankingJahr,
            centJeEinwohner: ranking[index]?.centJeEinwohner ?? null,
            basis: jahrBasis(yearsIm.find((y) => y.jahr === rankingJahr)?.komponenten ?? []),
          },
    endNotes: endNotes(atlas, jahre[1]),
    ended: endedBefore(atlas.foerderung),
  };
}

/** The sentences of a district page about money, as amounts with their basis. */
export interface KreisKostenSaetze {
  /** The latest year with an amount whose rules are sourced for it. */
  belegt: { jahr: number; betrag: Betrag } | null;
  /** Years after it (or after the start) that only carried-forward rules value, with the latest year's amount. */
  fortgeschrieben: { von: number; bis: number; betrag: Betrag } | null;
  /** The year of the rules carried forward (the last year a source covers). */
  regelJahr: number | null;
  /** Teacher posts in the latest year their value is sourced. */
  lehrer: { jahr: number; stellen: number; betrag: Betrag } | null;
  kleveAgs: string;
}

/** Returns what a district page says about money: never a carried-forward amount as fact, never in the present tense. */
export function kreisKostenSaetze(model: KreisKostenModel): KreisKostenSaetze {
  const mitGeld = model.yearsIm.filter((y) => y.hoechstCent > 0);
  const modell = mitGeld.filter((y) => jahrBasis(y.komponenten) === 'modell');
  const last = modell[modell.length - 1];
  const spaeter = mitGeld.filter(
    (y) => jahrBasis(y.komponenten) === 'fortgeschrieben' && (!last || y.jahr > last.jahr),
  );
  const neuestes = spaeter[spaeter.length - 1];
  const lehrerJahre = model.years.flatMap((y) => {
    const k = y.komponenten.find((x) => x.komponente === 'lehrerstelle');
    return k && k.cent > 0 && komponenteBasis(k) === 'modell' && k.monateOhneBetrag === 0 ? [{ y, k }] : [];
  });
  const lehrer = lehrerJahre[lehrerJahre.length - 1];
  return {
    belegt: last ? { jahr: last.jahr, betrag: betrag('modell', last.cent, last.hoechstCent) } : null,
    fortgeschrieben:
      neuestes && spaeter[0]
        ? {
            von: spaeter[0].jahr,
            bis: neuestes.jahr,
            betrag: betrag('fortgeschrieben', neuestes.cent, neuestes.hoechstCent),
          }
        : null,
    regelJahr: spaeter[0] ? spaeter[0].jahr - 1 : null,
    lehrer: lehrer
      ? { jahr: lehrer.y.jahr, stellen: lehrer.k.stellen ?? 0, betrag: betrag('modell', lehrer.k.cent) }
      : null,
    kleveAgs: KLEVE_AGS,
  };
}
