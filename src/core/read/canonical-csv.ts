/**
 * The canonical form of a data file, the one `npm run data:format` writes back to data/ and
 * /daten/<tabelle>.csv publishes: UTF-8 with BOM, `;` between cells, LF line ends and a final
 * line break, columns in schema order, ISO dates, decimal point without thousands dots (the
 * decimals as written, so 232,80 stays 232.80), five-digit AGS, euro amounts as plain numbers,
 * a cell quoted only when it holds `;`, `"` or a line break. Values never change, only spelling.
 */
import { splitNumber } from './numbers.ts';
import type { ParsedRow, ParsedTable } from './parse-table.ts';
import type { ColumnSpec } from './schema.ts';

/** Characters that make a spreadsheet run a cell as a formula when they stand first. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Returns a cell that no spreadsheet runs as a formula: a leading `=`, `+`, `-`, `@`, TAB or CR
 * gets an apostrophe in front (defence in depth: the check refuses such cells before any writer).
 */
export function neutralizeFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** Returns a cell quoted for a `;` file when it holds `;`, `"` or a line break. */
export function quoteSemicolonCell(cell: string): string {
  return /[;"\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Returns the canonical spelling of one known cell (the row had no error in it). */
export function canonicalCell(spec: ColumnSpec, row: ParsedRow): string {
  const written = row.written[spec.name] ?? '';
  if (written === '') return '';
  if (spec.kind === 'decimal') {
    const parts = splitNumber(written);
    if (parts && !parts.ambiguous) return parts.fraction ? `${parts.integer}.${parts.fraction}` : parts.integer;
  }
  return row.machine[spec.name] ?? '';
}

/** Options of the canonical writer. */
export interface CanonicalOptions {
  /** Keep unknown columns (after the known ones, cells untouched): data:format does, downloads never. */
  keepUnknown: boolean;
}

/** Returns the canonical text of a table without BOM (header first, LF, final line break). */
export function toCanonicalCsv(table: ParsedTable, options: CanonicalOptions): string {
  const extra = options.keepUnknown ? table.extraColumns : [];
  const header = [...table.spec.columns.map((c) => c.name), ...extra];
  const lines = [header.map(quoteSemicolonCell).join(';')];
  for (const row of table.rows) {
    const cells = table.spec.columns.map((c) => canonicalCell(c, row));
    if (options.keepUnknown) for (const cell of row.extra) cells.push(cell);
    lines.push(cells.map((c) => quoteSemicolonCell(neutralizeFormula(c))).join(';'));
  }
  return `${lines.join('\n')}\n`;
}

/** Returns the canonical file bytes: UTF-8 with BOM. */
export function canonicalBytes(text: string): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf], 0);
  bytes.set(body, 3);
  return bytes;
}
