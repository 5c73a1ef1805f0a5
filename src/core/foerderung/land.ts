/** The funding model added up over all KIs of the state, per year and component. */
import type { Zentrum } from '../model/types.ts';
import { componentOrder } from './regeln.ts';

/** Model switches; the defaults are the cautious reading. */
import { type KomponenteJahr, type ZentrumJahr, type ModelContext, zentrumJahr } from './modell.ts';

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The statewide model for one calendar year: every KI's year, and components summed over KIs. */
export interface LandJahr {
  jahr: number;
  zentren: ZentrumJahr[];
  komponenten: KomponenteJahr[];
  /** Sum over KIs of their certain cents (= sum of komponenten[].cent). */
  cent: number;
  /** Sum over KIs of their possible cents. */
  hoechstCent: number;
  /** KIs whose year is a range because their start is not known to the month. */
  offeneZentren: string[];
}

/** Returns the statewide model for one year. */
export function landJahr(zentren: readonly Zentrum[], jahr: number, ctx: ModelContext): LandJahr {
  const years = zentren.map((z) => zentrumJahr(z, jahr, ctx));
  const komponenten = mergeKomponenten(years.flatMap((y) => y.komponenten));
  return {
    jahr,
    zentren: years,
    komponenten,
    cent: sum(years.map((y) => y.cent)),
    hoechstCent: sum(years.map((y) => y.hoechstCent)),
    offeneZentren: years.filter((y) => y.flag !== null).map((y) => y.zentrumId),
  };
}

/** Returns components with the same key added up (cents, months); posts are summed too. */
export function mergeKomponenten(parts: readonly KomponenteJahr[]): KomponenteJahr[] {
  const merged = new Map<string, KomponenteJahr>();
  for (const part of parts) {
    const current = merged.get(part.komponente);
    if (!current) {
      merged.set(part.komponente, { ...part, regelIds: [...part.regelIds] });
      continue;
    }
    current.cent += part.cent;
    current.hoechstCent += part.hoechstCent;
    current.monate += part.monate;
    current.monateOhneBetrag += part.monateOhneBetrag;
    current.monateFortgeschrieben += part.monateFortgeschrieben;
    current.monateUebertragen += part.monateUebertragen;
    current.stellen = part.stellen === null ? current.stellen : (current.stellen ?? 0) + part.stellen;
    for (const id of part.regelIds) if (!current.regelIds.includes(id)) current.regelIds.push(id);
  }
  return [...merged.values()].sort((a, b) => componentOrder(a.komponente) - componentOrder(b.komponente));
}

/** Returns the statewide model for every year from `von` to `bis` inclusive. */
export function landJahre(zentren: readonly Zentrum[], von: number, bis: number, ctx: ModelContext): LandJahr[] {
  const years: LandJahr[] = [];
  for (let jahr = von; jahr <= bis; jahr++) years.push(landJahr(zentren, jahr, ctx));
  return years;
}
