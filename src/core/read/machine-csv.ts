/**
 * The normalised copy of a table for machines: UTF-8 without BOM, `,` as separator, LF line
 * ends, ISO dates, decimal point, AGS with leading zeros, euro amounts as plain decimals.
 * Columns in canonical order; unknown extra columns of the maintainers' file are left out.
 */
import { neutralizeFormula } from './canonical-csv.ts';
import type { ParsedTable } from './parse-table.ts';

/**
 * Returns a cell quoted as RFC 4180 asks when it holds a comma, quote or line break; a cell that
 * would start a spreadsheet formula gets an apostrophe first (the check refuses those anyway).
 */
export function quoteCsvCell(cell: string): string {
  const value = neutralizeFormula(cell);
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Returns the normalised CSV text of a parsed table (header line first, final line break). */
export function toMachineCsv(table: ParsedTable): string {
  const names = table.spec.columns.map((c) => c.name);
  const lines = [names, ...table.rows.map((row) => names.map((n) => row.machine[n] ?? ''))];
  return lines.map((cells) => cells.map(quoteCsvCell).join(',')).join('\n') + '\n';
}
