/**
 * Views on the funding model for the pages: the Kleve estimate (months without a KI, with the
 * formula), funding per inhabitant and per post, and the comparison with reported figures.
 */
import type { FoerderRegel, Foerdertyp, Kreis, Landesmittel, Zentrum } from './types.ts';
import { annualCent, komponenteInfo, rulesInMonth } from './funding-rules.ts';
import { activityWindow, monthlyShare } from './prorata.ts';
import { landJahr, sum, zentrumJahr, type LandJahr, type ModelContext, type ZentrumJahr } from './funding.ts';

/** One stretch of months with the same rules: one line of a written-out formula. */
export interface Abschnitt {
  /** First and last month index of the stretch. */
  von: number;
  bis: number;
  monate: number;
  posten: { komponente: string; label: string; jahresCent: number | null; regelId: string; cent: number }[];
  /** Sum of posten[].cent (= monate × annual / 12 per component, rounded once per component). */
  cent: number;
}

/** Returns the stretches of months [von, bis] with their rules for one Foerdertyp; unknown amounts count 0. */
export function abschnitte(
  regeln: readonly FoerderRegel[],
  foerdertyp: Foerdertyp,
  von: number,
  bis: number,
  nur?: (komponente: string) => boolean,
): Abschnitt[] {
  const result: Abschnitt[] = [];
  let key = '';
  for (let month = von; month <= bis; month++) {
    const rules = rulesInMonth(regeln, foerdertyp, month).filter((r) => !nur || nur(r.komponente));
    const monthKey = rules.map((r) => r.id).join('|');
    const last = result[result.length - 1];
    if (last && monthKey === key) {
      last.bis = month;
      last.monate++;
      continue;
    }
    key = monthKey;
    result.push({
      von: month,
      bis: month,
      monate: 1,
      cent: 0,
      posten: rules.map((r) => ({
        komponente: r.komponente,
        label: komponenteInfo(r.komponente).label,
        jahresCent: annualCent(r),
        regelId: r.id,
        cent: 0,
      })),
    });
  }
  for (const abschnitt of result) {
    for (const posten of abschnitt.posten) posten.cent = monthlyShare((posten.jahresCent ?? 0) * abschnitt.monate);
    abschnitt.cent = sum(abschnitt.posten.map((p) => p.cent));
  }
  return result.filter((a) => a.posten.length > 0);
}

/** The year in which most KIs with a known start began. */
export interface Bezugsjahr {
  jahr: number;
  anzahl: number;
  /** KIs with a known start year (any precision). */
  vonBekannten: number;
}

/** Returns the start year shared by most KIs with a known start (ties: the earlier year). */
export function haeufigstesStartjahr(zentren: readonly Zentrum[]): Bezugsjahr | null {
  const counts = new Map<number, number>();
  for (const z of zentren)
    if (z.start)
      counts.set(Number(z.start.value.slice(0, 4)), (counts.get(Number(z.start.value.slice(0, 4))) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? { jahr: best[0], anzahl: best[1], vonBekannten: sum([...counts.values()]) } : null;
}

/** What a KI's district did not receive before its KI started. */
export interface EntgangeneMittel {
  zentrumId: string;
  /** First month counted (January of the reference year) and last month (the month before the start). */
  von: number;
  bis: number;
  abschnitte: Abschnitt[];
  /** Sum over abschnitte of the Land's money to the district (Integrationsministerium components). */
  cent: number;
  /** Teacher posts (Schulministerium) in the same months, valued only where a rule gives a value. */
  lehrerAbschnitte: Abschnitt[];
  lehrerCent: number;
  /** Months of lehrerAbschnitte whose rule gives no value (posts existed, value unknown). */
  lehrerMonateOhneBetrag: number;
}

/** Returns the estimate of money a KI's district missed from January of `abJahr` until its start month. */
export function entgangeneMittel(zentrum: Zentrum, abJahr: number, ctx: ModelContext): EntgangeneMittel | null {
  const window = activityWindow(zentrum, ctx.fallbackFrom);
  if (window.sicherAb === null || window.flag !== null) return null;
  const von = abJahr * 12;
  const bis = window.sicherAb - 1;
  if (bis < von) return null;
  const isLehrer = (k: string) => k === 'lehrerstelle';
  const geld = abschnitte(ctx.regeln, zentrum.foerdertyp, von, bis, (k) => !isLehrer(k));
  const lehrer = abschnitte(ctx.regeln, zentrum.foerdertyp, von, bis, isLehrer);
  return {
    zentrumId: zentrum.id,
    von,
    bis,
    abschnitte: geld,
    cent: sum(geld.map((a) => a.cent)),
    lehrerAbschnitte: lehrer,
    lehrerCent: sum(lehrer.map((a) => a.cent)),
    lehrerMonateOhneBetrag: sum(lehrer.filter((a) => a.posten.some((p) => p.jahresCent === null)).map((a) => a.monate)),
  };
}

/** A district's funding in one year relative to its population. */
export interface KreisJeEinwohner {
  kreis: Kreis;
  zentren: ZentrumJahr[];
  cent: number;
  /** Cents per inhabitant (not rounded); null without a population figure. */
  centJeEinwohner: number | null;
  /** Posts funded (last month of the year, all components with posts). */
  stellen: number;
  /** Cents per funded post (not rounded); null without posts. */
  centJeStelle: number | null;
}

/** Returns every district's model year per inhabitant (the Städteregion Aachen: both of its KIs), highest first. */
export function jeEinwohner(
  kreise: readonly Kreis[],
  zentren: readonly Zentrum[],
  jahr: number,
  ctx: ModelContext,
): KreisJeEinwohner[] {
  return kreise
    .map((kreis) => {
      const years = zentren.filter((z) => z.kreisAgs === kreis.ags).map((z) => zentrumJahr(z, jahr, ctx));
      const cent = sum(years.map((y) => y.cent));
      const stellen = sum(years.flatMap((y) => y.komponenten.map((k) => k.stellen ?? 0)));
      return {
        kreis,
        zentren: years,
        cent,
        stellen,
        centJeEinwohner: kreis.einwohner ? cent / kreis.einwohner : null,
        centJeStelle: stellen > 0 ? cent / stellen : null,
      };
    })
    .sort(
      (a, b) => (b.centJeEinwohner ?? -1) - (a.centJeEinwohner ?? -1) || a.kreis.name.localeCompare(b.kreis.name, 'de'),
    );
}

/** Returns the first year in which every KI certainly existed for all twelve months (null: none up to `bis`). */
export function erstesVollesJahr(zentren: readonly Zentrum[], ctx: ModelContext, bis: number): number | null {
  const starts = zentren.map((z) => activityWindow(z, ctx.fallbackFrom).sicherAb);
  if (starts.some((s) => s === null)) return null;
  const jahr = Math.ceil(Math.max(...(starts as number[])) / 12);
  return jahr <= bis ? jahr : null;
}

/** A reported statewide figure next to the model for the same year. */
export interface Abgleich {
  gemeldet: Landesmittel;
  modell: LandJahr;
  /** Model, Integrationsministerium components only (the reported figures exclude teacher posts). */
  modellCent: number;
  modellHoechstCent: number;
  /** All KIs that existed (or may have) by the year's end, for the whole year. */
  vollausbauCent: number;
  /** Every KI in the data for the whole year (planned full build-out, e.g. "54 KI"). */
  alleCent: number;
  /** Reported minus model maximum (positive: the report is higher). */
  differenzCent: number;
  /** Where the reported figure lies relative to the model range. */
  lage: 'darueber' | 'innerhalb' | 'darunter';
}

/** Returns the comparison of each KI-specific reported figure with an amount with the model of its year. */
export function abgleich(
  landesmittel: readonly Landesmittel[],
  zentren: readonly Zentrum[],
  ctx: ModelContext,
): Abgleich[] {
  return landesmittel
    .filter((l) => l.art === 'gemeldet' && l.kiSpezifisch && l.betragCent !== null)
    .map((gemeldet) => {
      const modell = landJahr(zentren, gemeldet.jahr, ctx);
      const im = modell.komponenten.filter((k) => k.ministerium === 'Integrationsministerium');
      const modellCent = sum(im.map((k) => k.cent));
      const modellHoechstCent = sum(im.map((k) => k.hoechstCent));
      const betrag = gemeldet.betragCent ?? 0;
      return {
        gemeldet,
        modell,
        modellCent,
        modellHoechstCent,
        vollausbauCent: vollausbau(zentren, gemeldet.jahr, ctx),
        alleCent: vollausbau(zentren, gemeldet.jahr, ctx, true),
        differenzCent: betrag - modellHoechstCent,
        lage: betrag > modellHoechstCent ? 'darueber' : betrag < modellCent ? 'darunter' : 'innerhalb',
      } satisfies Abgleich;
    });
}

/** Returns Integrationsministerium cents if every KI that may have existed by 31 December (or, with `alle`, every KI) ran all year. */
export function vollausbau(zentren: readonly Zentrum[], jahr: number, ctx: ModelContext, alle = false): number {
  const december = jahr * 12 + 11;
  const present = alle ? zentren : zentren.filter((z) => activityWindow(z, ctx.fallbackFrom).moeglichAb <= december);
  const fullYear = present.map((z) => ({
    ...z,
    start: { value: `${jahr}-01`, precision: 'monat' as const, earliest: `${jahr}-01-01`, latest: `${jahr}-01-31` },
    spaetestens: null,
  }));
  const model = landJahr(fullYear, jahr, ctx);
  return sum(model.komponenten.filter((k) => k.ministerium === 'Integrationsministerium').map((k) => k.cent));
}

/** Returns the month index of a KI's certain start, or null. */
export function startMonth(zentrum: Zentrum, ctx: ModelContext): number | null {
  return activityWindow(zentrum, ctx.fallbackFrom).sicherAb;
}
