/**
 * /daten/<table>.csv (the maintainers' CSV: UTF-8 with BOM, `;`) and
 * /daten/<table>-maschinenlesbar.csv (normalised: UTF-8, `,`) for every table in schema.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFile, type DownloadForm } from '../../core/views/downloads.ts';
import { tableSpecs, type TableName } from '../../core/read/schema.ts';
import { machineCsv, maintainerCsv } from '../../build/published-files.ts';

const forms: DownloadForm[] = ['tabelle', 'maschinenlesbar'];

export const getStaticPaths = (() =>
  tableSpecs.flatMap((spec) =>
    forms.map((form) => ({ params: { file: downloadFile(spec.name, form) }, props: { table: spec.name, form } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableName; form: DownloadForm }> = ({ props }) => {
  const bytes = props.form === 'tabelle' ? maintainerCsv(props.table) : machineCsv(props.table);
  return new Response(bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
