/**
 * Metadata harvesters read: schema.org `Dataset` JSON-LD for /daten/ (search engines) and a
 * DCAT-AP.de catalogue (/daten/dcat.jsonld) for the open-data portals of public bodies.
 * Pure: takes the tables, their download URLs and the Datenstand; returns plain objects.
 */

/** One published table with its two downloads (absolute URLs when the site's origin is known). */
export interface MetadataTable {
  name: string;
  title: string;
  description: string;
  /** The Excel CSV (`;`, BOM) and the machine CSV (`,`). */
  excelUrl: string;
  machineUrl: string;
  /** Attribution texts of third-party figures in this table (see core/model/attribution.ts). */
  attributions: readonly string[];
  /** Five-digit AGS of the districts the rows are about, when the table is per district. */
  districts: readonly string[];
}

export interface MetadataInput {
  title: string;
  description: string;
  /** /daten/ page URL and the Data Package URL. */
  pageUrl: string;
  dataPackageUrl: string;
  /** Datenstand (ISO date) and the first date the data describe (Richtlinie 25.06.2012). */
  stand: string;
  firstDate: string;
  publisher: { name: string; email: string; url: string };
  keywords: readonly string[];
  tables: readonly MetadataTable[];
  /** The text to cite the compilation by (without third-party parts). */
  citation: string;
}

export const ccBy4Url = 'https://creativecommons.org/licenses/by/4.0/';

/** Returns the schema.org Dataset for /daten/ (Google Dataset rich result: name, description, license, distribution). */
export function datasetJsonLd(input: MetadataInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.title,
    description: input.description,
    url: input.pageUrl,
    inLanguage: 'de',
    keywords: [...input.keywords],
    license: ccBy4Url,
    isAccessibleForFree: true,
    version: input.stand,
    dateModified: input.stand,
    temporalCoverage: `${input.firstDate}/..`,
    spatialCoverage: {
      '@type': 'AdministrativeArea',
      name: 'Nordrhein-Westfalen',
      identifier: '05',
      sameAs: 'https://www.wikidata.org/wiki/Q1198',
    },
    creator: {
      '@type': 'Organization',
      name: input.publisher.name,
      email: input.publisher.email,
      url: input.publisher.url,
    },
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      email: input.publisher.email,
      url: input.publisher.url,
    },
    creditText: input.citation,
    distribution: [
      ...input.tables.flatMap((t) => [
        {
          '@type': 'DataDownload',
          name: `${t.title} (maschinenlesbar)`,
          contentUrl: t.machineUrl,
          encodingFormat: 'text/csv',
        },
        { '@type': 'DataDownload', name: `${t.title} (für Excel)`, contentUrl: t.excelUrl, encodingFormat: 'text/csv' },
      ]),
      {
        '@type': 'DataDownload',
        name: 'Data Package (Frictionless, v2)',
        contentUrl: input.dataPackageUrl,
        encodingFormat: 'application/json',
      },
    ],
  };
}

/** Controlled vocabularies DCAT-AP.de asks for. */
export const vocab = {
  licenceCcBy4: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
  formatCsv: 'http://publications.europa.eu/resource/authority/file-type/CSV',
  formatJson: 'http://publications.europa.eu/resource/authority/file-type/JSON',
  themeSociety: 'http://publications.europa.eu/resource/authority/data-theme/SOCI',
  themeGovernment: 'http://publications.europa.eu/resource/authority/data-theme/GOVE',
  stateNrw: 'http://dcat-ap.de/def/politicalGeocoding/stateKey/05',
  districtKey: (ags: string) => `http://dcat-ap.de/def/politicalGeocoding/districtKey/${ags}`,
  levelState: 'http://dcat-ap.de/def/politicalGeocoding/Level/state',
  languageDeu: 'http://publications.europa.eu/resource/authority/language/DEU',
} as const;

const context = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const date = (iso: string) => ({ '@value': iso, '@type': 'xsd:date' });
const ref = (iri: string) => ({ '@id': iri });

/** Returns the DCAT-AP.de catalogue (JSON-LD): one dcat:Dataset per table, two distributions each. */
export function dcatCatalog(input: MetadataInput) {
  const publisher = { '@id': `${input.pageUrl}#herausgeber`, '@type': 'foaf:Agent', 'foaf:name': input.publisher.name };
  const contact = {
    '@type': 'vcard:Organization',
    'vcard:fn': input.publisher.name,
    'vcard:hasEmail': ref(`mailto:${input.publisher.email}`),
  };
  const datasets = input.tables.map((t) => {
    const attribution = [input.citation, ...t.attributions].join('; ');
    const distribution = (kind: 'excel' | 'machine') => {
      const url = kind === 'excel' ? t.excelUrl : t.machineUrl;
      return {
        '@id': url,
        '@type': 'dcat:Distribution',
        'dct:title': kind === 'excel' ? `${t.title} (CSV für Excel, Semikolon)` : `${t.title} (CSV, maschinenlesbar)`,
        'dcat:accessURL': ref(url),
        'dcat:downloadURL': ref(url),
        'dct:format': ref(vocab.formatCsv),
        'dcat:mediaType': ref('https://www.iana.org/assignments/media-types/text/csv'),
        'dct:license': ref(vocab.licenceCcBy4),
        'dcatde:licenseAttributionByText': attribution,
        'dct:modified': date(input.stand),
      };
    };
    return {
      '@id': `${input.pageUrl}#tabelle-${t.name}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `ki-atlas-nrw-${t.name}`,
      'dct:title': `${input.title}: ${t.title}`,
      'dct:description': t.description,
      'dct:publisher': ref(publisher['@id']),
      'dcat:contactPoint': contact,
      'dcat:keyword': [...input.keywords],
      'dcat:theme': [ref(vocab.themeSociety), ref(vocab.themeGovernment)],
      'dct:language': ref(vocab.languageDeu),
      'dct:modified': date(input.stand),
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': date(input.firstDate),
      },
      'dct:spatial': ref(vocab.stateNrw),
      'dcatde:politicalGeocodingLevelURI': ref(vocab.levelState),
      'dcatde:politicalGeocodingURI': [ref(vocab.stateNrw), ...t.districts.map((ags) => ref(vocab.districtKey(ags)))],
      'dcat:landingPage': ref(`${input.pageUrl}#tabelle-${t.name}`),
      'dcat:distribution': [distribution('excel'), distribution('machine')],
    };
  });
  return {
    '@context': context,
    '@graph': [
      {
        '@id': `${input.pageUrl}#katalog`,
        '@type': 'dcat:Catalog',
        'dct:title': input.title,
        'dct:description': input.description,
        'dct:publisher': ref(publisher['@id']),
        'dct:language': ref(vocab.languageDeu),
        'dct:modified': date(input.stand),
        'foaf:homepage': ref(input.pageUrl),
        'dct:license': ref(vocab.licenceCcBy4),
        'dcat:dataset': datasets.map((d) => ref(d['@id'])),
      },
      publisher,
      ...datasets,
    ],
  };
}
