/**
 * The home page's key-figure tile "Landesmittel pro Jahr": the statewide Integrationsministerium
 * share of the funding model for the Stichtag's year. The page ships only the per-year lookup
 * (built by `landesmittelJahre` in kosten.ts); this module turns it into the tile's text, at build
 * time and in the browser, without the model itself.
 */
import { formatEuroMillions } from './format.ts';
import { MODELL_LABEL } from './kosten.ts';
import type { IsoDate } from './types.ts';

/** One year of the lookup: the Integrationsministerium's share, statewide, in integer cents. */
export interface LandesmittelJahr {
  jahr: number;
  /** Cents for the KIs with a proven start; null = no rule in force that year gives an amount (unknown). */
  cent: number | null;
  /** Highest cents the model allows; above `cent` (a range) when some start months are unknown. */
  hoechstCent: number | null;
  /** Some amounts are carried forward past a newer legal instrument (an assumption). */
  fortgeschrieben: boolean;
  /** Components in force without any amount in the sources: left out of the sum. */
  ohneBetrag: string[];
}

/** The tile's texts (same shape as the other key-figure tiles). */
export interface LandesmittelTile {
  key: 'landesmittel';
  value: string;
  label: string;
  note: string;
}

/** Returns the tile for a Stichtag: "16,8–18,5 Mio. €" with its year, label and caveats; "unbekannt" without a figure. */
export function landesmittelTile(jahre: readonly LandesmittelJahr[], stichtag: IsoDate): LandesmittelTile {
  const jahr = Number(stichtag.slice(0, 4));
  const label = 'Landesmittel pro Jahr';
  const eintrag = jahre.find((j) => j.jahr === jahr);
  if (!eintrag) {
    const last = jahre[jahre.length - 1];
    const reach = last ? `; die Daten reichen bis ${last.jahr}` : '';
    return { key: 'landesmittel', value: 'unbekannt', label, note: `${jahr}: keine ${MODELL_LABEL}${reach}` };
  }
  if (eintrag.cent === null || eintrag.hoechstCent === null) {
    return { key: 'landesmittel', value: 'unbekannt', label, note: `${jahr}: keine Förderregel nennt einen Betrag` };
  }
  const caveats = [
    ...(eintrag.hoechstCent > eintrag.cent ? ['Spanne: Startmonate unbekannt'] : []),
    ...(eintrag.fortgeschrieben ? ['fortgeschrieben (Annahme)'] : []),
    ...(eintrag.ohneBetrag.length > 0 ? [`ohne ${eintrag.ohneBetrag.join(', ')}: Betrag unbekannt`] : []),
  ];
  return {
    key: 'landesmittel',
    value: formatEuroMillions(eintrag.cent, eintrag.hoechstCent),
    label,
    note: [`${jahr}, Integrationsministerium – ${MODELL_LABEL}`, ...caveats].join('; '),
  };
}
