/**
 * The "Kreis finden" combobox: which districts match what someone typed, in which order, and
 * what the live region says. Pure; src/client/kreis-finder.ts wires it to the input and the map.
 */

/** What the finder needs of a district. */
export interface FinderKreis {
  ags: string;
  name: string;
}

/** Returns text folded for matching: lower case, umlauts and ß spelled out, accents and dashes dropped. */
export function foldName(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Returns the districts matching a query, best first: a name whose word starts with the query
 * (so "kle" finds "Kreis Kleve", "muel" and "mül" find "Stadt Mülheim an der Ruhr"), then names that
 * contain it; digits match the AGS from its start. Ties keep the input order. Empty query: none.
 */
export function findKreise<T extends FinderKreis>(kreise: readonly T[], query: string): T[] {
  const folded = foldName(query);
  if (folded === '') return [];
  if (/^\d+$/.test(folded)) return kreise.filter((k) => k.ags.startsWith(folded));
  const rank = (kreis: T): number => {
    const name = foldName(kreis.name);
    if (name.startsWith(folded)) return 0;
    if (` ${name}`.includes(` ${folded}`)) return 1;
    if (name.includes(folded)) return 2;
    return 3;
  };
  return kreise
    .map((kreis, index) => ({ kreis, index, rank: rank(kreis) }))
    .filter((m) => m.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.kreis);
}

/** Returns what the live region says after typing: the number of matches and how to pick one. */
export function finderHint(matches: number): string {
  if (matches === 0) return 'Kein Kreis und keine kreisfreie Stadt gefunden.';
  if (matches === 1) return '1 Treffer. Mit Eingabe auswählen.';
  return `${matches} Treffer. Mit Pfeil nach unten wählen, mit Eingabe auswählen.`;
}
