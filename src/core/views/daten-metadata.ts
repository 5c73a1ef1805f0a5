/**
 * The metadata input for /daten/ (schema.org JSON-LD, DCAT-AP.de) from the atlas: tables, their
 * download URLs, the attributions of third-party figures per table and the citation text.
 */
import { tableDocs } from '../read/column-docs.ts';
import { quellenOfTable, dataPackageFile, downloadFile } from './downloads.ts';
import { formatDate } from '../model/format.ts';
import { tableSpecs, type TableName } from '../read/schema.ts';
import type { AtlasData } from '../model/types.ts';
import { attributionText, citationText, type Use } from '../model/attribution.ts';
import type { MetadataInput } from './dataset-metadata.ts';

/** The day the programme's Richtlinie took effect: the earliest date the data describe. */
export const firstDate = '2012-06-25';

/** How each table uses the figures of its licensed sources (kreise: Destatis figures as published). */
const tableUse: Record<TableName, Use> = {
  kreise: 'unveraendert',
  zentren: 'unveraendert',
  foerderung: 'unveraendert',
  landesmittel: 'berechnet',
  chronik: 'unveraendert',
  quellen: 'unveraendert',
};

/** Tables whose rows are per district (their DCAT entries name each district's geocoding URI). */
const perDistrict: readonly TableName[] = ['kreise', 'zentren'];

export interface SiteFacts {
  title: string;
  description: string;
  operator: { name: string; email: string };
  dataLicence: string;
}

/** Returns the URL of the citable state /daten/stand/<stand>/ below the /daten/ page URL. */
export const standUrl = (pageUrl: string, stand: string) => `${pageUrl}stand/${stand}/`;

/** Returns the citation of the compilation: "KI-Atlas NRW, Datenstand 25.11.2026, CC BY 4.0, <url>". */
export function ownCitation(site: SiteFacts, stand: string, pageUrl: string): string {
  return citationText({
    siteTitle: site.title,
    stand,
    standText: formatDate(stand),
    standUrl: standUrl(pageUrl, stand),
    ownLicence: site.dataLicence,
    attributions: [],
  });
}

/** Returns the metadata input; pageUrl is the /daten/ URL (absolute when the origin is known). */
export function datenMetadata(atlas: AtlasData, site: SiteFacts, pageUrl: string, homeUrl: string): MetadataInput {
  const tables = tableSpecs.map((spec) => {
    const attributions = quellenOfTable(atlas, spec.name).flatMap((q) => attributionText(q, tableUse[spec.name]) ?? []);
    const districts = perDistrict.includes(spec.name) ? atlas.kreise.map((k) => k.ags) : [];
    return {
      name: spec.name,
      title: tableDocs[spec.name].title,
      description: tableDocs[spec.name].description,
      excelUrl: `${pageUrl}${downloadFile(spec.name, 'tabelle')}`,
      machineUrl: `${pageUrl}${downloadFile(spec.name, 'maschinenlesbar')}`,
      attributions: spec.name === 'quellen' ? [] : attributions,
      districts,
    };
  });
  return {
    title: `${site.title}: Kommunale Integrationszentren in Nordrhein-Westfalen`,
    description:
      `${site.description} Die Daten nennen für alle 53 Kreise und kreisfreien Städte, seit wann es dort ein ` +
      'Kommunales Integrationszentrum gibt und welche Quelle das belegt, die Förderregeln des Landes nach ' +
      'Zeitraum, gemeldete Landesmittel, eine Chronik und das vollständige Quellenverzeichnis. Was keine ' +
      'Quelle belegt, bleibt leer.',
    pageUrl,
    dataPackageUrl: `${pageUrl}${dataPackageFile}`,
    stand: atlas.stand,
    firstDate,
    publisher: { name: site.operator.name, email: site.operator.email, url: homeUrl },
    keywords: ['Kommunale Integrationszentren', 'Nordrhein-Westfalen', 'Integration', 'Förderung', 'Open Data'],
    tables,
    citation: ownCitation(site, atlas.stand, pageUrl),
  };
}
