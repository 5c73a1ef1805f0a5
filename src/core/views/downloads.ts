/**
 * The download files under /daten/: per table the maintainers' CSV (as in data/, for Excel and
 * LibreOffice: UTF-8 with BOM, `;`) and the normalised machine CSV (UTF-8, `,`, see machine-csv.ts),
 * plus datapackage.json. One place for the file names so the page, the endpoints and tests agree.
 */
import type { ResourceInput } from './datapackage.ts';
import { decodeCsvBytes } from '../read/encoding.ts';
import type { TableName } from '../read/schema.ts';
import { collectQuelleIds, resolveQuellen } from '../model/sources.ts';
import type { AtlasData, Quelle } from '../model/types.ts';

/** The two forms a table is published in. */
export type DownloadForm = 'tabelle' | 'maschinenlesbar';

/** Name of the Data Package descriptor under /daten/. */
export const dataPackageFile = 'datapackage.json';

/** Returns the file name of a table's download below /daten/: "kreise.csv" or "kreise-maschinenlesbar.csv". */
export function downloadFile(table: TableName, form: DownloadForm): string {
  return form === 'tabelle' ? `${table}.csv` : `${table}-maschinenlesbar.csv`;
}

/** Returns the table and form a download file name stands for, or null for any other name. */
export function parseDownloadFile(file: string): { table: string; form: DownloadForm } | null {
  const match = /^([a-z]+)(-maschinenlesbar)?\.csv$/.exec(file);
  if (!match) return null;
  return { table: match[1]!, form: match[2] ? 'maschinenlesbar' : 'tabelle' };
}

const bom = [0xef, 0xbb, 0xbf];

/**
 * Returns the maintainers' file as UTF-8 with BOM, otherwise unchanged: a file Excel saved as
 * Windows-1252 or without BOM is re-encoded so the download always opens with the right umlauts.
 * Bytes that are no readable CSV text come back unchanged (validation stops such builds anyway).
 */
export function asUtf8WithBom(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return bytes;
  if (decoded.encoding === 'utf-8-bom') return bytes;
  const text = new TextEncoder().encode(decoded.text.replace(/^\uFEFF/, ''));
  const result = new Uint8Array(bom.length + text.length);
  result.set(bom, 0);
  result.set(text, bom.length);
  return result;
}

/** Returns the sources a table's rows cite, in first-mentioned order; the source table itself cites all. */
export function quellenOfTable(atlas: AtlasData, table: TableName): Quelle[] {
  if (table === 'quellen') return [...atlas.quellen];
  const rows = atlas[table] as readonly { quelle: readonly string[] }[];
  return resolveQuellen(collectQuelleIds(rows), atlas.quellen).flatMap(({ quelle }) => (quelle ? [quelle] : []));
}

/** Key columns of each table and the references between tables, for the Data Package. */
export const tableKeys: Readonly<Record<TableName, Pick<ResourceInput, 'primaryKey' | 'foreignKeys'>>> = {
  kreise: { primaryKey: ['ags'] },
  zentren: {
    primaryKey: ['id'],
    foreignKeys: [{ fields: 'kreis_ags', reference: { resource: 'kreise', fields: 'ags' } }],
  },
  foerderung: { primaryKey: ['id'] },
  landesmittel: {},
  // chronik.kreis_ags may be "NRW" (statewide), so it is no strict reference to kreise.
  chronik: {},
  quellen: { primaryKey: ['id'] },
};
