/**
 * Attribution per source, in the form each licence asks for:
 * - Datenlizenz Deutschland – Namensnennung 2.0: the provider as they name themselves, the licence
 *   "dl-de/by-2-0" with its URL, and a reference to the data set (its URI); plus "Daten geändert"
 *   or "eigene Berechnung" when the figures shown are derived.
 * - CC BY 4.0: author, licence with URL, source URI, and whether it was changed.
 * - GeoNutzV (BKG geodata): the Quellenvermerk "© GeoBasis-DE / BKG (<Jahr>)" and a note that the
 *   data were changed, with the ordinance's URL.
 * The project's own compilation stays under CC BY 4.0.
 */

/** How figures from a source are used where they are shown. */
export type Use = 'unveraendert' | 'geaendert' | 'berechnet';

/** What the attribution needs to know about a source (a row of quellen.csv, plus provider wording). */
export interface AttributionSource {
  id: string;
  herausgeber: string;
  url: string;
  lizenz: string;
}

export interface LicenceRef {
  short: string;
  url: string;
}

export const licences = {
  dlDeBy2: { short: 'dl-de/by-2-0', url: 'https://www.govdata.de/dl-de/by-2-0' },
  ccBy4: { short: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  geoNutzV: { short: 'GeoNutzV', url: 'https://www.geodatenzentrum.de/docpdf/geonutzv.pdf' },
} as const satisfies Record<string, LicenceRef>;

/**
 * The provider's own wording where it prescribes one (quellen.csv names who prepared a copy, too).
 * Destatis asks for "© Statistisches Bundesamt (Destatis), <Jahr>"; the BKG for "© GeoBasis-DE / BKG (<Jahr>)".
 */
export const providerWording: Readonly<Record<string, string>> = {
  'destatis-landkreise-deutschland-2018': '© Statistisches Bundesamt (Destatis), 2019',
  'bkg-vg250': '© GeoBasis-DE / BKG (2016)',
};

const useNote: Record<Use, string | null> = {
  unveraendert: null,
  geaendert: 'Daten geändert',
  berechnet: 'eigene Berechnung',
};

/** Returns the licence a `lizenz` cell names, when attribution under it is required; else null. */
export function attributionLicence(lizenz: string): LicenceRef | null {
  if (/\bdl-de[\s/-]*by[\s/-]*2|Datenlizenz Deutschland\W+Namensnennung/i.test(lizenz)) return licences.dlDeBy2;
  if (/\bcc[\s-]*by[\s-]*4/i.test(lizenz)) return licences.ccBy4;
  if (/\bGeoNutzV\b/.test(lizenz)) return licences.geoNutzV;
  return null;
}

/**
 * Returns the attribution text for figures from a source, or null when its licence asks for none
 * (facts and short quotes, § 51 UrhG; official works, § 5 UrhG: these are cited, not licensed).
 * "© Statistisches Bundesamt (Destatis), 2019, CC BY 4.0 (https://…), https://…, eigene Berechnung"
 */
export function attributionText(source: AttributionSource, use: Use): string | null {
  const licence = attributionLicence(source.lizenz);
  if (!licence) return null;
  const provider = providerWording[source.id] ?? source.herausgeber.split(';')[0]!.trim();
  const note = useNote[use];
  if (licence === licences.geoNutzV) {
    // GeoNutzV § 3: Quellenvermerk, and changed data must be marked as changed.
    return [
      provider,
      use === 'unveraendert' ? null : 'Daten verändert',
      `Nutzung nach ${licence.short} (${licence.url})`,
    ]
      .filter(Boolean)
      .join(', ');
  }
  return [provider, `${licence.short} (${licence.url})`, source.url || null, note].filter(Boolean).join(', ');
}

/** The parts of a citation for one chart, map or table. */
export interface CitationInput {
  siteTitle: string;
  /** Datenstand, ISO date. */
  stand: string;
  /** Datenstand as a reader writes it: "25.11.2026". */
  standText: string;
  /** Absolute or site-relative URL of /daten/stand/<stand>/ (the citable state). */
  standUrl: string;
  /** Licence of the compilation. */
  ownLicence: string;
  /** Attributions of the third-party figures the graphic uses (attributionText results). */
  attributions: readonly string[];
}

/** Returns the citation a press officer puts under a chart. */
export function citationText(input: CitationInput): string {
  const own = `${input.siteTitle}, Datenstand ${input.standText}, ${input.ownLicence}, ${input.standUrl}`;
  return input.attributions.length === 0 ? own : `${own}; ${input.attributions.join('; ')}`;
}

/** How the site itself uses each licensed source: Destatis figures feed "je Einwohner", the BKG geometry is simplified. */
export const useOnSite: Readonly<Record<string, Use>> = {
  'destatis-landkreise-deutschland-2018': 'berechnet',
  'bkg-vg250': 'geaendert',
};

/** One line of the attribution list: which source, under which licence, and the text to name it by. */
export interface SiteAttribution {
  id: string;
  titel: string;
  licence: LicenceRef;
  text: string;
}

/** Returns the attribution of every source whose licence requires one, in the order of quellen.csv. */
export function siteAttributions(quellen: readonly (AttributionSource & { titel: string })[]): SiteAttribution[] {
  return quellen.flatMap((q) => {
    const licence = attributionLicence(q.lizenz);
    const text = attributionText(q, useOnSite[q.id] ?? 'unveraendert');
    return licence && text ? [{ id: q.id, titel: q.titel, licence, text }] : [];
  });
}
