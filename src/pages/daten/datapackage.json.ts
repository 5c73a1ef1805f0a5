/** /daten/datapackage.json: the Frictionless Data Package describing the machine-readable CSVs. */
import type { APIRoute } from 'astro';
import { tableDocs } from '../../core/read/column-docs.ts';
import { atlas } from '../../build/site-data.ts';
import { buildDataPackage } from '../../core/views/datapackage.ts';
import { quellenOfTable, downloadFile, tableKeys } from '../../core/views/downloads.ts';
import { tableSpecs } from '../../core/read/schema.ts';
import { site } from '../../site.config.ts';
import { machineCsv, sha256Hex } from '../../build/published-files.ts';
import { base } from '../../components/base-url.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const descriptor = buildDataPackage({
    name: 'ki-atlas-nrw',
    title: `${site.title}: Kommunale Integrationszentren in Nordrhein-Westfalen`,
    description:
      `${site.description} Die Tabellen hier sind die normalisierte, maschinenlesbare Form (UTF-8, Komma); ` +
      'dieselben Daten für Excel und LibreOffice (UTF-8 mit BOM, Semikolon) liegen daneben als <tabelle>.csv.',
    stand: atlas.stand,
    ...(origin ? { homepage: new URL(`${base}daten/`, origin).href } : {}),
    publisher: { name: site.operator.name, email: site.operator.email },
    resources: tableSpecs.map((spec) => {
      const bytes = machineCsv(spec.name);
      return {
        spec,
        doc: tableDocs[spec.name],
        path: downloadFile(spec.name, 'maschinenlesbar'),
        quellen: quellenOfTable(atlas, spec.name),
        bytes: bytes.byteLength,
        sha256: sha256Hex(bytes),
        ...tableKeys[spec.name],
      };
    }),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
