/**
 * The home page's key-figure tile "Landesmittel pro Jahr": the statewide Integrationsministerium
 * share of the funding model for the Stichtag's year. The page ships only the per-year lookup
 * (built by `landesmittelJahre` in kosten.ts); this module turns it into the tile's text, at build
 * time and in the browser, without the model itself.
 */
import { betrag, formatBetrag, type Basis } from '../model/betrag.ts';
import type { IsoDate } from '../model/types.ts';

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

/** The tile's texts (same shape as the other key-figure tiles) and how sure its value is. */
export interface LandesmittelTile {
  key: 'landesmittel';
  value: string;
  label: string;
  note: string;
  basis: Basis;
}

/**
 * Returns the tile for a Stichtag: the latest year up to the Stichtag's year whose rules are sourced
 * ("2017: 16,8–18,5 Mio. €¹"), and from when no source gives amounts; never a carried-forward figure.
 */
export function landesmittelTile(jahre: readonly LandesmittelJahr[], stichtag: IsoDate): LandesmittelTile {
  const jahr = Number(stichtag.slice(0, 4));
  const label = 'Landesmittel je Jahr (Integrationsministerium)';
  const belegbar = jahre.filter(
    (j) =>
      j.jahr <= jahr && j.cent !== null && j.hoechstCent !== null && j.cent + j.hoechstCent > 0 && !j.fortgeschrieben,
  );
  const eintrag = belegbar[belegbar.length - 1];
  if (!eintrag || eintrag.cent === null || eintrag.hoechstCent === null) {
    return {
      key: 'landesmittel',
      value: 'unbekannt',
      label,
      note: `${jahr}: keine Förderregel mit Betrag in Kraft`,
      basis: 'unbekannt',
    };
  }
  const caveats = [
    ...(eintrag.jahr < jahr ? [`ab ${eintrag.jahr + 1} ist kein Förderbetrag je KI belegt`] : []),
    ...(eintrag.hoechstCent > eintrag.cent ? ['Spanne: Startmonate unbekannt'] : []),
    ...(eintrag.ohneBetrag.length > 0 ? [`ohne ${eintrag.ohneBetrag.join(', ')}: Betrag unbekannt`] : []),
  ];
  return {
    key: 'landesmittel',
    value: formatBetrag(betrag('modell', eintrag.cent, eintrag.hoechstCent), 'mio').text,
    label,
    note: [`${eintrag.jahr} nach den Förderregeln (¹ Modellrechnung, Höchstbeträge)`, ...caveats].join('; '),
    basis: 'modell',
  };
}
