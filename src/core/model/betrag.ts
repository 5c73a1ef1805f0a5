/**
 * A euro amount together with how sure it is (DESIGN §2 "Money carries its basis"). Every amount
 * the site shows is a Betrag; the only way to turn one into text is `formatBetrag`, which always
 * returns the marker and the basis with the text, so no page, table, chart or image can drop them.
 */
import { formatEuro, formatEuroCent, formatEuroMillions } from './format.ts';

/**
 * - `belegt`: a source states this amount for this year and KI (or for the Land).
 * - `modell`: computed from rules whose amounts are sourced for that year.
 * - `fortgeschrieben`: a rule's amount assumed past the last year a source covers.
 * - `unbekannt`: no source gives an amount.
 */
export type Basis = 'belegt' | 'modell' | 'fortgeschrieben' | 'unbekannt';

/** All bases from surest to least sure (the order `schwaecher` uses). */
export const BASEN: readonly Basis[] = ['belegt', 'modell', 'fortgeschrieben', 'unbekannt'];

/** An amount in integer cents (a range when von < bis), or unknown. */
export type Betrag =
  | { readonly basis: 'belegt' | 'modell' | 'fortgeschrieben'; readonly vonCent: number; readonly bisCent: number }
  | { readonly basis: 'unbekannt' };

/** Returns a known amount (a range when `bisCent` differs from `vonCent`). */
export function betrag(basis: Exclude<Basis, 'unbekannt'>, vonCent: number, bisCent = vonCent): Betrag {
  return vonCent <= bisCent ? { basis, vonCent, bisCent } : { basis, vonCent: bisCent, bisCent: vonCent };
}

/** The unknown amount (never drawn or summed as 0). */
export const UNBEKANNT: Betrag = { basis: 'unbekannt' };

/** Returns the less sure of two bases (belegt < modell < fortgeschrieben < unbekannt). */
export function schwaecher(a: Basis, b: Basis): Basis {
  return BASEN.indexOf(a) >= BASEN.indexOf(b) ? a : b;
}

/** Returns the upper end of an amount in cents, or null when it is unknown. */
export function bisCent(b: Betrag): number | null {
  return b.basis === 'unbekannt' ? null : b.bisCent;
}

/** Returns the lower end of an amount in cents, or null when it is unknown. */
export function vonCent(b: Betrag): number | null {
  return b.basis === 'unbekannt' ? null : b.vonCent;
}

/** Short visible marker after an amount; its meaning stands in every legend (BASIS_LEGENDE). */
export const BASIS_MARKER: Record<Basis, string> = {
  belegt: '',
  modell: '¹',
  fortgeschrieben: '²',
  unbekannt: '',
};

/** What each basis means, in a few words (screen readers, tooltips, table notes). */
export const BASIS_LABEL: Record<Basis, string> = {
  belegt: 'belegt',
  modell: 'Modellrechnung',
  fortgeschrieben: 'fortgeschrieben, Annahme',
  unbekannt: 'unbekannt',
};

/** The legend lines that explain the markers, one per basis that carries a marker. */
export const BASIS_LEGENDE: Record<'modell' | 'fortgeschrieben', string> = {
  modell: '¹ Modellrechnung: aus Förderregeln berechnet, deren Beträge für das Jahr belegt sind',
  fortgeschrieben: '² fortgeschrieben: Betrag einer Regel über das letzte belegte Jahr hinaus angenommen',
};

/** Returns the legend lines for the bases that occur, in BASEN order. */
export function legendeFuer(basen: Iterable<Basis>): string[] {
  const set = new Set(basen);
  return (['modell', 'fortgeschrieben'] as const).filter((b) => set.has(b)).map((b) => BASIS_LEGENDE[b]);
}

/** How an amount is spelled: whole euros, euros and cents, or millions with one decimal. */
export type BetragStil = 'euro' | 'cent' | 'mio';

/** An amount as text: the number, its marker and basis, and the whole as one string for SVG and plain text. */
export interface BetragText {
  basis: Basis;
  /** The number with unit, without marker: "597.500 €", "16,8–18,5 Mio. €", "unbekannt". */
  zahl: string;
  /** "¹", "²" or "". */
  marker: string;
  /** zahl + marker: what an image or a plain-text sentence shows. */
  text: string;
  /** Spoken/tooltip form: "597.500 € (Modellrechnung)". */
  langtext: string;
}

function spell(cent: number, stil: BetragStil): string {
  if (stil === 'cent') return formatEuroCent(cent);
  if (stil === 'mio') return formatEuroMillions(cent);
  return formatEuro(cent);
}

/** Returns an amount as text with its marker: the one way an amount becomes text (DESIGN §2). */
export function formatBetrag(b: Betrag, stil: BetragStil = 'euro'): BetragText {
  if (b.basis === 'unbekannt') {
    return { basis: 'unbekannt', zahl: 'unbekannt', marker: '', text: 'unbekannt', langtext: 'Betrag unbekannt' };
  }
  const zahl =
    stil === 'mio'
      ? formatEuroMillions(b.vonCent, b.bisCent)
      : b.vonCent === b.bisCent
        ? spell(b.vonCent, stil)
        : `${spell(b.vonCent, stil).replace(/\u00a0€$/, '')}–${spell(b.bisCent, stil)}`;
  const marker = BASIS_MARKER[b.basis];
  return {
    basis: b.basis,
    zahl,
    marker,
    text: `${zahl}${marker}`,
    langtext: b.basis === 'belegt' ? `${zahl} (belegt)` : `${zahl} (${BASIS_LABEL[b.basis]})`,
  };
}

/** Returns the sum of amounts: unknown when any part is unknown; the weakest basis of the parts. */
export function summeBetraege(parts: readonly Betrag[]): Betrag {
  let basis: Basis = 'belegt';
  let von = 0;
  let bis = 0;
  for (const part of parts) {
    if (part.basis === 'unbekannt') return UNBEKANNT;
    basis = schwaecher(basis, part.basis);
    von += part.vonCent;
    bis += part.bisCent;
  }
  return parts.length === 0 ? UNBEKANNT : betrag(basis as Exclude<Basis, 'unbekannt'>, von, bis);
}
