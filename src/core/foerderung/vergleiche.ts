/**
 * Views on the funding model for the pages: the Kleve estimate (months without a KI, with the
 * formula), funding per inhabitant and per post, and the comparison with reported figures.
 */
import type { FoerderRegel, Foerdertyp, IsoDate, Kreis, Landesmittel, Zentrum } from '../model/types.ts';
import { annualCent, komponenteInfo, ministeriumOf, rulesInMonth, rulesOn } from './regeln.ts';
import { activityWindow, monthlyShare } from './monate.ts';
import { fortgeschriebenAm, SACHMITTEL, zentrumJahr, type ModelContext, type ZentrumJahr } from './modell.ts';
import { sum } from './land.ts';

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

/** A reading of the rules for an estimate: components left out, and posts per component instead of the rule's maximum. */
export interface Lesart {
  ohne?: readonly string[];
  stellen?: Readonly<Record<string, number>>;
}

/** Returns the stretches of months [von, bis] with their rules for one Foerdertyp; unknown amounts count 0. */
export function abschnitte(
  regeln: readonly FoerderRegel[],
  foerdertyp: Foerdertyp,
  von: number,
  bis: number,
  nur?: (komponente: string) => boolean,
  lesart: Lesart = {},
): Abschnitt[] {
  const result: Abschnitt[] = [];
  let key = '';
  for (let month = von; month <= bis; month++) {
    const rules = rulesInMonth(regeln, foerdertyp, month)
      .filter((r) => (!nur || nur(r.komponente)) && !lesart.ohne?.includes(r.komponente))
      .map((r) => {
        const stellen = lesart.stellen?.[r.komponente];
        return stellen === undefined || r.einheit !== 'je Stelle' ? r : { ...r, stellen };
      });
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

/** Returns the median start month (month index) of the KIs whose start is known to the month or day. */
export function medianStartMonat(zentren: readonly Zentrum[]): number | null {
  const months = zentren
    .filter((z) => z.start && z.start.precision !== 'jahr')
    .map((z) => Number(z.start!.value.slice(0, 4)) * 12 + Number(z.start!.value.slice(5, 7)) - 1)
    .sort((a, b) => a - b);
  if (months.length === 0) return null;
  return months[Math.floor((months.length - 1) / 2)]!;
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
export function entgangeneMittel(
  zentrum: Zentrum,
  abJahr: number,
  ctx: ModelContext,
  lesart: Lesart = {},
  abMonat = abJahr * 12,
  /** Last month counted; default: the month before the KI's certain start (start known to the month). */
  bisMonat?: number,
): EntgangeneMittel | null {
  const zeitraum = activityWindow(zentrum, ctx.fallbackFrom);
  if (bisMonat === undefined && (zeitraum.sicherAb === null || zeitraum.flag !== null)) return null;
  const von = abMonat;
  const bis = bisMonat ?? (zeitraum.sicherAb ?? 0) - 1;
  if (bis < von) return null;
  const isLehrer = (k: string) => k === 'lehrerstelle';
  const geld = abschnitte(ctx.regeln, zentrum.foerdertyp, von, bis, (k) => !isLehrer(k), lesart);
  // The KI's own documented teacher posts, where the data has them (Kreis Kleve: 2, not the rule's 3,5).
  const lehrerLesart = zentrum.lehrerstellen === null ? {} : { stellen: { lehrerstelle: zentrum.lehrerstellen } };
  const lehrer = abschnitte(ctx.regeln, zentrum.foerdertyp, von, bis, isLehrer, lehrerLesart);
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

/** Returns every district's model year per inhabitant, Integrationsministerium only (the Städteregion Aachen: both of its KIs), highest first. */
export function jeEinwohner(
  kreise: readonly Kreis[],
  zentren: readonly Zentrum[],
  jahr: number,
  ctx: ModelContext,
): KreisJeEinwohner[] {
  return kreise
    .map((kreis) => {
      const years = zentren.filter((z) => z.kreisAgs === kreis.ags).map((z) => zentrumJahr(z, jahr, ctx));
      // Integrationsministerium only, as the year charts and the tile: teacher posts are shown apart.
      const im = years.flatMap((y) => y.komponenten.filter((k) => k.ministerium === 'Integrationsministerium'));
      const cent = sum(im.map((k) => k.cent));
      const stellen = sum(im.map((k) => k.stellen ?? 0));
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

/** The model for one scope of KIs: full year at the rules in force on 31 December, without and with material costs. */
export interface AbgleichUmfang {
  anzahl: number;
  ohneCent: number;
  mitCent: number;
}

/** A reported statewide figure next to the model values of the same scope (annual figures, not money spent). */
export interface Abgleich {
  gemeldet: Landesmittel;
  /** `modell`, or `fortgeschrieben` when the rules on 31 December are carried past their last source. */
  basis: 'modell' | 'fortgeschrieben';
  /** Every KI in the data (the sources' "geplant 54" build-out). */
  alle: AbgleichUmfang;
  /** KIs that existed, or may have, by 31 December. */
  bestehend: AbgleichUmfang;
  /** Reported minus the nearest model value; 0 when the report lies between a scope's two values. */
  differenzCent: number;
  lage: 'darueber' | 'innerhalb' | 'darunter';
  /** The most likely reason for the difference, in one line. */
  grund: string;
}

function umfang(zentren: readonly Zentrum[], tag: IsoDate, ctx: ModelContext): AbgleichUmfang {
  let ohne = 0;
  let mit = 0;
  for (const z of zentren) {
    for (const r of rulesOn(ctx.regeln, z.foerdertyp, tag)) {
      if (ministeriumOf(r.geldgeber) !== 'Integrationsministerium') continue;
      const cent = annualCent(r) ?? 0;
      mit += cent;
      if (!SACHMITTEL.has(r.komponente)) ohne += cent;
    }
  }
  return { anzahl: zentren.length, ohneCent: ohne, mitCent: mit };
}

/**
 * Returns each KI-specific reported figure with an amount beside the model of the same scope: the reported
 * figures are annual programme figures ("jährlich", "im Jahr"), so the model is a full year at the rules of
 * 31 December, for all KIs of the data and for those that existed by then, without and with Sachkosten.
 */
export function abgleich(
  landesmittel: readonly Landesmittel[],
  zentren: readonly Zentrum[],
  ctx: ModelContext,
): Abgleich[] {
  return landesmittel
    .filter((l) => l.art === 'gemeldet' && l.kiSpezifisch && l.betragCent !== null)
    .map((gemeldet) => {
      const tag = `${gemeldet.jahr}-12-31`;
      const december = gemeldet.jahr * 12 + 11;
      const bestehendeKi = zentren.filter((z) => activityWindow(z, ctx.fallbackFrom).moeglichAb <= december);
      const alle = umfang(zentren, tag, ctx);
      const bestehend = umfang(bestehendeKi, tag, ctx);
      const fortgeschrieben = rulesOn(ctx.regeln, 'Kreis', tag).some((r) => fortgeschriebenAm(r, tag, ctx));
      const betrag = gemeldet.betragCent ?? 0;
      const spannen = [alle, bestehend];
      const innerhalb = spannen.some((u) => betrag >= u.ohneCent && betrag <= u.mitCent);
      const nearest = spannen
        .flatMap((u) => [u.ohneCent, u.mitCent])
        .sort((a, b) => Math.abs(betrag - a) - Math.abs(betrag - b))[0]!;
      const differenzCent = innerhalb ? 0 : betrag - nearest;
      const lage = innerhalb ? 'innerhalb' : differenzCent > 0 ? 'darueber' : 'darunter';
      return {
        gemeldet,
        basis: fortgeschrieben ? 'fortgeschrieben' : 'modell',
        alle,
        bestehend,
        differenzCent,
        lage,
        grund: grundFuer(lage, alle),
      } satisfies Abgleich;
    });
}

/** Returns the most likely reason for where a reported figure lies, in one line (a reading, not a source). */
export function grundFuer(lage: Abgleich['lage'], alle: AbgleichUmfang): string {
  if (lage === 'innerhalb')
    return 'Zwischen dem Wert ohne und mit den „bis zu“-Sachkosten: vermutlich riefen nicht alle KI die Sachkosten voll ab (nicht belegt).';
  if (lage === 'darueber')
    return `Mehr als die Personalpauschalen aller ${alle.anzahl} KI: vermutlich zählt die Meldung weitere Posten mit, etwa die Koordinierungsstelle oder Aufbaukosten (nicht belegt).`;
  return 'Weniger als das Modell: vermutlich nicht abgerufene „bis zu“-Mittel oder KI im Aufbau (nicht belegt).';
}

/** Returns the month index of a KI's certain start, or null. */
export function startMonth(zentrum: Zentrum, ctx: ModelContext): number | null {
  return activityWindow(zentrum, ctx.fallbackFrom).sicherAb;
}
