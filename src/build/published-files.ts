/**
 * Build-time reads of the files /daten/ publishes (build-time, Node):
 * what scripts/build-data.ts wrote to src/generated/: the maintainers' CSVs in canonical form with
 * known columns only (original/, from data/ or from --data DIR) and the normalised copies (csv/). Paths are relative to
 * the project root, where every build runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asUtf8WithBom } from '../core/views/downloads.ts';
import type { TableName } from '../core/read/schema.ts';

const root = process.cwd();

function read(path: string): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(readFileSync(join(root, path)));
  } catch (error) {
    throw new Error(`/daten/: ${path} fehlt; bitte zuerst „npm run data:build“ ausführen (${String(error)}).`, {
      cause: error,
    });
  }
}

/** Returns the maintainers' CSV of a table as UTF-8 with BOM (src/generated/original/<table>.csv). */
export function maintainerCsv(table: TableName): Uint8Array<ArrayBuffer> {
  return asUtf8WithBom(read(join('src', 'generated', 'original', `${table}.csv`)));
}

/** Returns the normalised machine CSV of a table (src/generated/csv/<table>.csv). */
export function machineCsv(table: TableName): Uint8Array<ArrayBuffer> {
  return read(join('src', 'generated', 'csv', `${table}.csv`));
}

/** Returns the SHA-256 of a published file as lower-case hex (Data Package `hash`, citable states). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
