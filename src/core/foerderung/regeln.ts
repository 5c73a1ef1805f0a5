/**
 * Which funding rules (data/foerderung.csv) apply to a KI of a given Foerdertyp on a day or in
 * a month, and what each is worth per year. The catalogue below is the model's reading of the
 * component keys; everything it assumes is reported by `funding-assumptions.ts`.
 */
import { previousDay } from '../model/dates.ts';
import type { FoerderRegel, Foerdertyp, IsoDate } from '../model/types.ts';

import { lastDayOfMonth } from './monate.ts';

/** The paying body, grouped across ministry renamings (MAIS → MKFFI → MKJFGFI; MSW → MSB). */
export type Ministerium = 'Integrationsministerium' | 'Schulministerium' | 'sonstige';

/** What the model knows about one component key. */
export interface KomponenteInfo {
  key: string;
  /** Short German label for legends and tables. */
  label: string;
  /** Components this one replaces from the month it applies (a newer description of the same money). */
  ersetzt: readonly string[];
  /** True for amounts the sources give as "bis zu" (a maximum, not a fixed grant). */
  hoechstens: boolean;
}

/** Component keys in stacking order (legend, charts, tables). Unknown keys follow in data order. */
export const komponenten: readonly KomponenteInfo[] = [
  { key: 'pauschale', label: 'Grundpauschale (3,5 Stellen)', ersetzt: [], hoechstens: false },
  { key: 'zusatzstelle', label: 'Zusätzliche Fachstellen', ersetzt: [], hoechstens: true },
  { key: 'pauschale-5-5', label: 'Pauschale 5,5 Stellen', ersetzt: ['pauschale', 'zusatzstelle'], hoechstens: false },
  { key: 'kreisstelle', label: 'Kreiszuschlag (1 Stelle)', ersetzt: ['zusatzstelle'], hoechstens: false },
  {
    key: 'fachkraftstelle',
    label: 'Fachkraftstellen (TIntG)',
    ersetzt: ['pauschale', 'zusatzstelle', 'pauschale-5-5', 'kreisstelle'],
    hoechstens: true,
  },
  {
    key: 'verwaltungsassistenz',
    label: 'Verwaltungsassistenz (TIntG)',
    ersetzt: ['pauschale', 'zusatzstelle', 'pauschale-5-5', 'kreisstelle'],
    hoechstens: true,
  },
  { key: 'sachkosten', label: 'Sachkosten', ersetzt: [], hoechstens: true },
  { key: 'sprachmittlerpool', label: 'Sprachmittlerpool', ersetzt: ['sachkosten'], hoechstens: true },
  { key: 'lehrerstelle', label: 'Lehrerstellen (Gegenwert)', ersetzt: [], hoechstens: true },
  { key: 'komm-an', label: 'KOMM-AN NRW (Teil I)', ersetzt: [], hoechstens: true },
];

/** Component key of rows that name a legal instrument (no amount of their own). */
export const RECHTSGRUNDLAGE = 'rechtsgrundlage';

/** Returns the catalogue entry of a component key; unknown keys get a neutral entry. */
export function komponenteInfo(key: string): KomponenteInfo {
  return komponenten.find((k) => k.key === key) ?? { key, label: key, ersetzt: [], hoechstens: false };
}

/** Returns the ministry group of a `geldgeber` value ("MAIS", "MSB", "MKJFGFI (Bewilligung: BR Arnsberg)" …). */
export function ministeriumOf(geldgeber: string): Ministerium {
  const head = geldgeber.trim().toUpperCase();
  if (/^(MSW|MSB)/.test(head)) return 'Schulministerium';
  if (/^(MAIS|MKFFI|MKJF)/.test(head)) return 'Integrationsministerium';
  return 'sonstige';
}

/** Returns whether a rule is meant for KIs of this Foerdertyp (Land-wide totals are not). */
export function appliesTo(regel: FoerderRegel, foerdertyp: Foerdertyp): boolean {
  return regel.giltFuer === 'alle' || regel.giltFuer === foerdertyp;
}

/** Returns whether a rule is in force on a day (its start known; an open end counts as in force). */
export function inForceOn(regel: FoerderRegel, day: IsoDate): boolean {
  if (!regel.gueltigAb || regel.gueltigAb.earliest > day) return false;
  return !regel.gueltigBis || regel.gueltigBis.latest >= day;
}

/** Returns the annual amount of a per-KI rule in cents, or null when no source gives an amount. */
export function annualCent(regel: FoerderRegel): number | null {
  if (regel.betragCent === null) return null;
  if (regel.einheit === 'je KI') return regel.betragCent;
  if (regel.einheit === 'je Stelle')
    return regel.stellen === null ? null : Math.round(regel.betragCent * regel.stellen);
  return null;
}

/** Returns whether a rule describes money per KI (not a legal instrument, not a Land-wide total). */
export function isKiRegel(regel: FoerderRegel): boolean {
  return regel.komponente !== RECHTSGRUNDLAGE && regel.giltFuer !== 'Land' && regel.einheit !== 'gesamt';
}

/**
 * Returns the rules that make up a KI's funding on a day: per-KI rules in force, for its type;
 * within one component the newest start wins (a newer source supersedes an older one), and a
 * component is dropped while a component that replaces it (catalogue `ersetzt`) is in force for any type.
 */
export function rulesOn(regeln: readonly FoerderRegel[], foerdertyp: Foerdertyp, day: IsoDate): FoerderRegel[] {
  const inForce = regeln.filter((r) => isKiRegel(r) && inForceOn(r, day));
  const replaced = new Set(inForce.flatMap((r) => komponenteInfo(r.komponente).ersetzt));
  const newest = new Map<string, FoerderRegel>();
  for (const regel of inForce) {
    if (!appliesTo(regel, foerdertyp) || replaced.has(regel.komponente)) continue;
    const current = newest.get(regel.komponente);
    if (!current || (current.gueltigAb?.earliest ?? '') < (regel.gueltigAb?.earliest ?? ''))
      newest.set(regel.komponente, regel);
  }
  return [...newest.values()].sort((a, b) => componentOrder(a.komponente) - componentOrder(b.komponente));
}

/** Returns the rules for a month: those in force on its last day (a rule from the 5th counts for its month). */
export function rulesInMonth(regeln: readonly FoerderRegel[], foerdertyp: Foerdertyp, month: number): FoerderRegel[] {
  return rulesOn(regeln, foerdertyp, lastDayOfMonth(month));
}

/** Returns the stacking position of a component key (catalogue order; unknown keys last). */
export function componentOrder(key: string): number {
  const index = komponenten.findIndex((k) => k.key === key);
  return index === -1 ? komponenten.length : index;
}

/**
 * Returns the day after which a rule's amount is no longer confirmed: an explicit end, or else
 * the day before the first later legal instrument (Richtlinie, Erlass, Gesetz) whose amounts
 * are not in the data. Months after it are "fortgeschrieben" (carried forward as an assumption).
 */
export function confirmedUntil(regel: FoerderRegel, regeln: readonly FoerderRegel[]): IsoDate | null {
  if (regel.gueltigBis) return regel.gueltigBis.latest;
  const from = regel.gueltigAb?.latest ?? '';
  const later = regeln
    .filter((r) => r.komponente === RECHTSGRUNDLAGE && r.gueltigAb && r.gueltigAb.earliest > from)
    .map((r) => r.gueltigAb!.earliest)
    .sort();
  const first = later[0];
  return first ? previousDay(first) : null;
}
