import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dcatCatalog, datasetJsonLd, vocab } from '../../src/core/views/dataset-metadata.ts';
import { datenMetadata } from '../../src/core/views/daten-metadata.ts';
import { tableDocs } from '../../src/core/read/column-docs.ts';
import { buildDataPackage } from '../../src/core/views/datapackage.ts';
import { quellenOfTable, tableKeys } from '../../src/core/views/downloads.ts';
import { tableSpecs } from '../../src/core/read/schema.ts';
import type { AtlasData } from '../../src/core/model/types.ts';
import { fixtures } from '../fixtures/load.ts';

// The golden pipeline output of tests/fixtures/ok (5 Kreise; Destatis figures under dl-de/by-2-0).
const atlas = JSON.parse(readFileSync(join(fixtures, 'expected', 'data.json'), 'utf8')) as AtlasData;
const site = {
  title: 'KI-Atlas NRW',
  description:
    'Offene Daten, Karte und Kosten der Kommunalen Integrationszentren in Nordrhein-Westfalen: wer seit wann ein KI hat und was das Land dafür zahlt.',
  operator: { name: 'KI-Atlas NRW (Redaktion)', email: 'redaktion@example.org' },
  dataLicence: 'CC BY 4.0',
};
const input = datenMetadata(atlas, site, 'https://www.example.org/ki-nrw/daten/', 'https://www.example.org/ki-nrw/');

describe('datasetJsonLd(input) under Google’s rules for Dataset rich results', () => {
  const ld = datasetJsonLd(input);

  it('has a name, a description of 50 to 5000 characters, a licence URL and the Datenstand', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Dataset');
    expect(ld.name).toBe('KI-Atlas NRW: Kommunale Integrationszentren in Nordrhein-Westfalen');
    expect(ld.description.length).toBeGreaterThanOrEqual(50);
    expect(ld.description.length).toBeLessThanOrEqual(5000);
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.dateModified).toBe(atlas.stand);
    expect(ld.temporalCoverage).toBe('2012-06-25/..');
    expect(ld.spatialCoverage).toMatchObject({ name: 'Nordrhein-Westfalen', identifier: '05' });
    expect(ld.creator).toEqual({
      '@type': 'Organization',
      name: 'KI-Atlas NRW (Redaktion)',
      email: 'redaktion@example.org',
      url: 'https://www.example.org/ki-nrw/',
    });
  });

  it('offers every table as a DataDownload with an absolute contentUrl and text/csv', () => {
    const csv = ld.distribution.filter((d) => d.encodingFormat === 'text/csv');
    expect(csv).toHaveLength(tableSpecs.length * 2);
    expect(csv[0]).toEqual({
      '@type': 'DataDownload',
      name: 'Kreise und kreisfreie Städte (maschinenlesbar)',
      contentUrl: 'https://www.example.org/ki-nrw/daten/kreise-maschinenlesbar.csv',
      encodingFormat: 'text/csv',
    });
    expect(ld.distribution.every((d) => new URL(d.contentUrl).protocol === 'https:')).toBe(true);
  });

  it('credits the compilation with the citable Datenstand', () => {
    expect(ld.creditText).toBe(
      `KI-Atlas NRW, Datenstand ${atlas.stand.split('-').reverse().join('.')}, CC BY 4.0, https://www.example.org/ki-nrw/daten/stand/${atlas.stand}/`,
    );
  });
});

type Node = Record<string, unknown> & { '@id': string; '@type': string };
const ids = (value: unknown) => [value].flat().map((v) => (v as { '@id': string })['@id']);

describe('dcatCatalog(input) with the mandatory DCAT-AP.de classes and properties', () => {
  const catalog = dcatCatalog(input);
  const graph = catalog['@graph'] as Node[];
  const ofType = (type: string) => graph.filter((n) => n['@type'] === type);

  it('declares the DCAT, DCMI and DCAT-AP.de namespaces', () => {
    expect(catalog['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
    });
  });

  it('has one catalogue with title, description, publisher and every dataset', () => {
    const [cat, ...more] = ofType('dcat:Catalog');
    expect(more).toEqual([]);
    expect(cat).toMatchObject({ 'dct:title': input.title, 'dct:description': input.description });
    expect(ofType('foaf:Agent').map((a) => a['@id'])).toEqual(ids(cat!['dct:publisher']));
    expect(ids(cat!['dcat:dataset'])).toEqual(ofType('dcat:Dataset').map((d) => d['@id']));
  });

  it('gives every dataset title, description, publisher, NRW geocoding and two distributions', () => {
    const datasets = ofType('dcat:Dataset');
    expect(datasets).toHaveLength(tableSpecs.length);
    for (const d of datasets) {
      expect(typeof d['dct:title']).toBe('string');
      expect(typeof d['dct:description']).toBe('string');
      expect(ids(d['dct:publisher'])).toEqual(['https://www.example.org/ki-nrw/daten/#herausgeber']);
      expect(ids(d['dcatde:politicalGeocodingURI'])[0]).toBe('http://dcat-ap.de/def/politicalGeocoding/stateKey/05');
      expect(ids(d['dcatde:politicalGeocodingLevelURI'])).toEqual([vocab.levelState]);
      expect(d['dcat:distribution']).toHaveLength(2);
    }
    const kreise = datasets.find((d) => d['@id'].endsWith('#tabelle-kreise'))!;
    expect(ids(kreise['dcatde:politicalGeocodingURI'])).toEqual([
      vocab.stateNrw,
      ...atlas.kreise.map((k) => `http://dcat-ap.de/def/politicalGeocoding/districtKey/${k.ags}`),
    ]);
    const chronik = datasets.find((d) => d['@id'].endsWith('#tabelle-chronik'))!;
    expect(ids(chronik['dcatde:politicalGeocodingURI'])).toEqual([vocab.stateNrw]);
  });

  it('gives every distribution accessURL = downloadURL, an EU file type, a dcat-ap.de licence and attribution text', () => {
    const distributions = ofType('dcat:Dataset').flatMap((d) => d['dcat:distribution'] as Node[]);
    for (const d of distributions) {
      expect(ids(d['dcat:accessURL'])).toEqual(ids(d['dcat:downloadURL']));
      expect(ids(d['dct:format'])).toEqual(['http://publications.europa.eu/resource/authority/file-type/CSV']);
      expect(ids(d['dct:license'])).toEqual(['http://dcat-ap.de/def/licenses/cc-by/4.0']);
      expect(d['dcatde:licenseAttributionByText']).toMatch(/^KI-Atlas NRW, Datenstand \d\d\.\d\d\.\d{4}, CC BY 4\.0, /);
    }
    const kreise = distributions.find((d) => d['@id'].endsWith('/kreise.csv'))!;
    expect(kreise['dcatde:licenseAttributionByText']).toBe(
      `${input.citation}; Statistisches Bundesamt, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0), https://www.destatis.de/; ` +
        '© GeoBasis-DE / BKG (2016), dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0), https://gdz.bkg.bund.de/',
    );
  });
});

describe('buildDataPackage(…) against the bundled Data Package v2 JSON Schema', () => {
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'schemas', 'datapackage-2.0.json'), 'utf8'),
  );
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const pkg = buildDataPackage({
    name: 'ki-atlas-nrw',
    title: input.title,
    description: input.description,
    stand: atlas.stand,
    homepage: input.pageUrl,
    publisher: site.operator,
    resources: tableSpecs.map((spec) => ({
      spec,
      doc: tableDocs[spec.name],
      path: `${spec.name}-maschinenlesbar.csv`,
      quellen: quellenOfTable(atlas, spec.name),
      bytes: 10,
      sha256: 'ab12',
      ...tableKeys[spec.name],
    })),
  });

  it('validates', () => {
    validate(JSON.parse(JSON.stringify(pkg)));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('would reject a v1 descriptor (the schema can fail)', () => {
    const v1 = { ...pkg, resources: pkg.resources.map((r) => ({ ...r, type: 'tabular-data-resource' })) };
    expect(validate(JSON.parse(JSON.stringify(v1)))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/resources/0/type', keyword: 'enum' });
  });
});
