/**
 * How sure the cost figures are, per component and year (DESIGN §2 Basis): computed from sourced rules,
 * carried forward past the last sourced year, or unknown; the two readings from 2022 (TIntG); and
 * /methodik/'s table of which rule and source every year rests on.
 */
import type { Foerdertyp, Zentrum } from '../../model/types.ts';
import { ministeriumOf, rulesOn } from '../../foerderung/regeln.ts';
import {
  fortgeschriebenAm,
  modelContext,
  SACHMITTEL,
  zentrumJahr,
  type KomponenteJahr,
  type ModelContext,
} from '../../foerderung/modell.ts';
import { sum } from '../../foerderung/land.ts';
import { schwaecher, type Basis } from '../../model/betrag.ts';
import { annualCent, isKiRegel, appliesTo } from '../../foerderung/regeln.ts';
import type { FoerderRegel } from '../../model/types.ts';

/** Returns how sure one component's year is: unknown (no amount at all), carried forward, or computed from sourced rules. */
export function komponenteBasis(
  k: Pick<KomponenteJahr, 'cent' | 'hoechstCent' | 'monateOhneBetrag' | 'monateFortgeschrieben'>,
): Basis {
  if (k.cent === 0 && k.hoechstCent === 0 && k.monateOhneBetrag > 0) return 'unbekannt';
  return k.monateFortgeschrieben > 0 ? 'fortgeschrieben' : 'modell';
}

/** Returns the basis of a year's total: the least sure of its known components (unknown ones are left out and listed). */
export function jahrBasis(komponenten: readonly KomponenteJahr[]): Basis {
  const known = komponenten.map(komponenteBasis).filter((b) => b !== 'unbekannt');
  if (known.length === 0) return komponenten.length > 0 ? 'unbekannt' : 'modell';
  return known.reduce(schwaecher, 'modell');
}

/** A year of components with its totals (statewide, per district or per KI). */
export interface Jahreswerte {
  jahr: number;
  komponenten: KomponenteJahr[];
  cent: number;
  hoechstCent: number;
}

/**
 * Returns only the Integrationsministerium's components of a year, totals recomputed. Teacher posts
 * (Schulministerium) are shown apart: their value is sourced only for 2017–2019, and a total that
 * includes them would seem to fall in 2020 although nothing was cut.
 */
export function nurIntegrationsministerium<T extends Jahreswerte>(y: T): T {
  const komponenten = y.komponenten.filter((k) => k.ministerium === 'Integrationsministerium');
  return {
    ...y,
    komponenten,
    cent: sum(komponenten.map((k) => k.cent)),
    hoechstCent: sum(komponenten.map((k) => k.hoechstCent)),
  };
}

/** The day the TIntG of 25.11.2021 came into force (data/foerderung.csv, row rechtsgrundlage-2022). */
export const TINTG_IN_KRAFT = '2022-01-01';

/** Returns the undated per-KI rules for a Foerdertyp (the TIntG-era amounts no source dates). */
export function undatierteRegeln(regeln: readonly FoerderRegel[], foerdertyp: Foerdertyp): FoerderRegel[] {
  return regeln.filter((r) => isKiRegel(r) && !r.gueltigAb && r.betragCent !== null && appliesTo(r, foerdertyp));
}

/**
 * Returns, for a year from the TIntG on, the range both readings allow for some KIs: the model (rules of
 * 2017 carried forward) and the undated TIntG amounts without and with material costs, each for the
 * months the KIs certainly existed. Null before the TIntG or without undated amounts.
 */
export function lesartenJahr(
  zentren: readonly Zentrum[],
  jahr: number,
  ctx: ModelContext,
  modellCent: number,
): { von: number; bis: number; tintgOhneCent: number; tintgMitCent: number } | null {
  if (jahr < Number(TINTG_IN_KRAFT.slice(0, 4))) return null;
  let ohne = 0;
  let mit = 0;
  for (const z of zentren) {
    const regeln = undatierteRegeln(ctx.regeln, z.foerdertyp);
    if (regeln.length === 0) return null;
    const monate = zentrumJahr(z, jahr, ctx).monateSicher;
    for (const r of regeln) {
      const annual = annualCent(r) ?? 0;
      const cent = Math.round((annual * monate) / 12);
      mit += cent;
      if (!SACHMITTEL.has(r.komponente)) ohne += cent;
    }
  }
  return { von: Math.min(modellCent, ohne), bis: Math.max(modellCent, mit), tintgOhneCent: ohne, tintgMitCent: mit };
}

/** Legend label of the two-readings range. */
export const LESARTEN_LABEL = 'zwei Lesarten ab 2022 (Regeln 2017 fortgeschrieben / TIntG-Beträge)';

/** One row of /methodik/'s table "Was belegt ist, was gerechnet, was angenommen". */
export interface BasisJahr {
  jahr: number;
  /** The legal instrument in force on 31 December (Richtlinie, Gesetz), as data/foerderung.csv names it. */
  rechtsgrundlage: string;
  /** The amount rules the model applies on 31 December (Kreis), by id. */
  regeln: string[];
  /** Source ids of those rules. */
  quellen: string[];
  basis: Basis;
  /** Plain German: what this basis means for the year. */
  erklaerung: string;
}

/** Returns, per year, the rules the model applies, their sources and how sure the year's amounts are. */
export function basisJahre(regeln: readonly FoerderRegel[], von: number, bis: number): BasisJahr[] {
  const ctx = modelContext(regeln);
  const rows: BasisJahr[] = [];
  for (let jahr = von; jahr <= bis; jahr++) {
    const tag = `${jahr}-12-31`;
    const inForce = rulesOn(regeln, 'Kreis', tag).filter(
      (r) => ministeriumOf(r.geldgeber) === 'Integrationsministerium',
    );
    const grundlage = regeln.filter(
      (r) =>
        r.komponente === 'rechtsgrundlage' &&
        r.gueltigAb &&
        r.gueltigAb.earliest <= tag &&
        (!r.gueltigBis || r.gueltigBis.latest >= tag),
    );
    const carried = inForce.some((r) => fortgeschriebenAm(r, tag, ctx));
    const basis: Basis = inForce.length === 0 ? 'unbekannt' : carried ? 'fortgeschrieben' : 'modell';
    const tintg = jahr >= Number(TINTG_IN_KRAFT.slice(0, 4));
    rows.push({
      jahr,
      rechtsgrundlage: grundlage.map((r) => r.bezeichnung).join('; ') || '–',
      regeln: inForce.map((r) => r.id),
      quellen: [...new Set(inForce.flatMap((r) => r.quelle))],
      basis,
      erklaerung:
        basis === 'unbekannt'
          ? 'Keine Förderregel mit Betrag in Kraft.'
          : basis === 'modell'
            ? 'Gerechnet aus Regeln, deren Beträge für dieses Jahr belegt sind.'
            : tintg
              ? 'Angenommen: Regeln von 2017 fortgeschrieben; daneben die undatierten TIntG-Beträge als zweite Lesart.'
              : 'Angenommen: Beträge der Regeln von 2017 über die neue Richtlinie hinaus fortgeschrieben.',
    });
  }
  return rows;
}
