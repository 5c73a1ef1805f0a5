/**
 * URL slugs for district pages: lower case ASCII, German umlauts spelled out,
 * every other run of characters a single hyphen ("Städteregion Aachen" → "staedteregion-aachen").
 */

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Longest slug in characters: a 200-character name of "ß" must not give a file name the system refuses. */
export const maxSlugLength = 60;

/**
 * Returns the slug of a name: "Kreis Kleve" → "kreis-kleve", "Köln, Stadt" → "koeln-stadt";
 * cut at a hyphen to at most 60 characters, "kreis" when nothing of the name is left.
 */
export function slugify(name: string): string {
  const slug = fullSlug(name);
  if (slug.length <= maxSlugLength) return slug || 'kreis';
  const cut = slug.slice(0, maxSlugLength + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, maxSlugLength)).replace(/-+$/, '');
}

function fullSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => umlauts[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
