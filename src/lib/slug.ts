/**
 * URL slugs for district pages: lower case ASCII, German umlauts spelled out,
 * every other run of characters a single hyphen ("Städteregion Aachen" → "staedteregion-aachen").
 */

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Returns the slug of a name: "Kreis Kleve" → "kreis-kleve", "Köln, Stadt" → "koeln-stadt". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => umlauts[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
