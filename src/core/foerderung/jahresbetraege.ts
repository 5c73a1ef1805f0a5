/** What a KI of a Foerdertyp gets per year by the rules in force on one day, component by component. */
import type { FoerderRegel, Foerdertyp, IsoDate } from '../model/types.ts';
import { annualCent, komponenteInfo, ministeriumOf, rulesOn, type Ministerium } from './regeln.ts';

/** Model switches; the defaults are the cautious reading. */
import { sum } from './land.ts';

/** One component's annual amount on a day, as the rules state it. */
export interface Jahresbetrag {
  komponente: string;
  label: string;
  ministerium: Ministerium;
  regel: FoerderRegel;
  /** Annual cents; null = no source gives an amount. */
  cent: number | null;
  stellen: number | null;
}

/** Returns what a KI of a Foerdertyp gets per year by the rules in force on a day, component by component. */
export function jahresbetraegeAm(
  regeln: readonly FoerderRegel[],
  foerdertyp: Foerdertyp,
  day: IsoDate,
): Jahresbetrag[] {
  return rulesOn(regeln, foerdertyp, day).map((regel) => ({
    komponente: regel.komponente,
    label: komponenteInfo(regel.komponente).label,
    ministerium: ministeriumOf(regel.geldgeber),
    regel,
    cent: annualCent(regel),
    stellen: regel.stellen,
  }));
}

/** Returns the sum of known annual cents of a list of annual amounts. */
export function summeJahresbetraege(betraege: readonly Jahresbetrag[]): number {
  return sum(betraege.map((b) => b.cent ?? 0));
}

/** Returns the number of posts in a list of annual amounts (components without posts count 0). */
export function summeStellen(betraege: readonly Jahresbetrag[]): number {
  return sum(betraege.map((b) => b.stellen ?? 0));
}
