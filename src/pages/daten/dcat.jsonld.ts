/** /daten/dcat.jsonld: the DCAT-AP.de catalogue of the tables (JSON-LD). */
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../core/views/dataset-metadata.ts';
import { datenMetadata } from '../../core/views/daten-metadata.ts';
import { atlas } from '../../build/site-data.ts';
import { site } from '../../site.config.ts';
import { base } from '../../components/base-url.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const home = origin ? new URL(base, origin).href : base;
  const catalog = dcatCatalog(datenMetadata(atlas, site, `${home}daten/`, home));
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
};
