/**
 * The metadata on the built /daten/: schema.org Dataset JSON-LD in the page, the DCAT-AP.de
 * catalogue and the Data Package v2 descriptor, each checked against its rules (no network).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { scanTags } from '../../tools/bench/html.ts';
import { atlas } from '../../src/build/site-data.ts';
import { tableSpecs } from '../../src/core/read/schema.ts';
import { projectRoot, siteUrl } from './harness.ts';

const get = async (path: string) => {
  const response = await fetch(siteUrl(path));
  expect(response.status, path).toBe(200);
  return response;
};

describe('/daten/ metadata', () => {
  it('carries one schema.org Dataset whose downloads all exist', async () => {
    const html = await (await get('/daten/')).text();
    const blocks = scanTags(html).filter((t) => t.name === 'script' && t.attrs.get('type') === 'application/ld+json');
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]!.text!) as {
      '@type': string;
      name: string;
      description: string;
      license: string;
      dateModified: string;
      distribution: { contentUrl: string; encodingFormat: string }[];
    };
    expect(ld['@type']).toBe('Dataset');
    expect(ld.description.length).toBeGreaterThanOrEqual(50);
    expect(ld.description.length).toBeLessThanOrEqual(5000);
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.dateModified).toBe(atlas.stand);
    expect(ld.distribution).toHaveLength(tableSpecs.length * 2 + 1);
    for (const d of ld.distribution) {
      const response = await fetch(new URL(d.contentUrl, siteUrl('/daten/')));
      expect(response.status, d.contentUrl).toBe(200);
      expect(response.headers.get('content-type'), d.contentUrl).toContain(d.encodingFormat);
    }
  });

  it('serves dcat.jsonld as JSON-LD with one dataset per table', async () => {
    const response = await get('/daten/dcat.jsonld');
    expect(response.headers.get('content-type')).toBe('application/ld+json');
    const catalog = (await response.json()) as { '@graph': { '@type': string }[] };
    expect(catalog['@graph'].filter((n) => n['@type'] === 'dcat:Dataset')).toHaveLength(tableSpecs.length);
  });

  it('serves a datapackage.json that the bundled Data Package v2 schema accepts', async () => {
    const pkg = await (await get('/daten/datapackage.json')).json();
    const schemaFile = join(projectRoot, 'tests', 'fixtures', 'schemas', 'datapackage-2.0.json');
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
  });
});
