/**
 * Maps a read CSV table onto its spec: finds each column by its header name (order free,
 * case and surrounding spaces ignored), reports missing, duplicate and unknown columns,
 * then reads every cell of every row, collecting all problems.
 */
import type { CsvTable } from './csv.ts';
import { parseCell, type CellContext, type CellValue } from './parse-cells.ts';
import { error, hint, ofKind, q, type Problem } from './problems.ts';
import type { TableSpec } from './schema.ts';
import { closest, didYouMean } from './suggest.ts';

/** One data row with its typed values, machine spellings and trimmed cells as written, by column name. */
export interface ParsedRow {
  line: number;
  values: Record<string, CellValue>;
  machine: Record<string, string>;
  /** The cells as written (trimmed), by known column name. */
  written: Record<string, string>;
  /** The untouched cells of unknown columns, in the order of `ParsedTable.extraColumns`. */
  extra: string[];
}

/** A table read against its spec; `column` gives the 1-based column of each known column name. */
export interface ParsedTable {
  spec: TableSpec;
  file: string;
  rows: ParsedRow[];
  column: Record<string, number>;
  /** Names of spec columns absent from the header. */
  missing: string[];
  /** Header names of unknown columns (kept by data:format, never published). */
  extraColumns: string[];
}

function headerLine(spec: TableSpec, delimiter: string): string {
  return spec.columns.map((c) => c.name).join(delimiter);
}

/** Returns the 0-based position of each known column, plus header problems. */
function mapHeader(table: CsvTable, spec: TableSpec): { index: Map<string, number>; problems: Problem[] } {
  const index = new Map<string, number>();
  const problems: Problem[] = [];
  const known = spec.columns.map((c) => c.name);
  table.header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    const column = known.find((k) => k.toLowerCase() === name);
    if (name === '') {
      if (table.rows.some((r) => r.cells[i]!.trim() !== '')) {
        problems.push(
          error(
            table.file,
            1,
            i + 1,
            `Spalte ${i + 1} hat keine Überschrift, enthält aber Werte. Bitte die Spalte benennen oder löschen.`,
          ),
        );
      }
    } else if (column === undefined) {
      problems.push(
        hint(
          table.file,
          1,
          i + 1,
          `Die Spalte ${q(cell.trim())} ist unbekannt: Sie wird nicht geprüft und nicht veröffentlicht (in keiner Download-Datei).` +
            `${didYouMean(cell.trim(), known)} Bekannte Spalten: ${known.join(', ')}.`,
        ),
      );
    } else if (index.has(column)) {
      problems.push(
        error(
          table.file,
          1,
          i + 1,
          `Die Spalte ${q(column)} kommt doppelt vor (zuerst in Spalte ${index.get(column)! + 1}). Bitte eine der beiden löschen.`,
        ),
      );
    } else {
      index.set(column, i);
    }
  });
  const unknown = table.header.flatMap((cell, i) => {
    const name = cell.trim();
    return name !== '' && !known.some((k) => k.toLowerCase() === name.toLowerCase()) ? [{ name, i }] : [];
  });
  for (const name of known.filter((k) => !index.has(k))) {
    const near = closest(
      name,
      unknown.map((u) => u.name),
    );
    const at = unknown.find((u) => u.name === near);
    const guess = at
      ? ` Steht sie als ${q(at.name)} in Spalte ${at.i + 1}? Dann bitte die Überschrift korrigieren.`
      : '';
    problems.push(
      error(
        table.file,
        1,
        at ? at.i + 1 : 1,
        `Die Spalte ${q(name)} fehlt.${guess} Erwartete Kopfzeile: ${headerLine(spec, table.delimiter)}`,
      ),
    );
  }
  return { index, problems };
}

/** Returns the table's rows read against the spec, and every header and cell problem. */
export function parseTable(
  table: CsvTable,
  spec: TableSpec,
  ctx: CellContext,
): { parsed: ParsedTable; problems: Problem[] } {
  const { index, problems } = mapHeader(table, spec);
  const used = new Set(index.values());
  const extraIndex = table.header.flatMap((name, i) => (name.trim() !== '' && !used.has(i) ? [i] : []));
  const rows = table.rows.map((row) => {
    const values: Record<string, CellValue> = {};
    const machine: Record<string, string> = {};
    const written: Record<string, string> = {};
    for (const col of spec.columns) {
      const i = index.get(col.name);
      if (i === undefined) {
        [values[col.name], machine[col.name], written[col.name]] = [null, '', ''];
        continue;
      }
      written[col.name] = row.cells[i]!.trim();
      const outcome = parseCell(col, row.cells[i]!, ctx);
      if (outcome.ok) {
        [values[col.name], machine[col.name]] = [outcome.value, outcome.machine];
        if (outcome.hint)
          problems.push(ofKind(outcome.hintKind ?? col.name, hint(table.file, row.line, i + 1, outcome.hint)));
      } else {
        [values[col.name], machine[col.name]] = [null, ''];
        problems.push(error(table.file, row.line, i + 1, `Spalte „${col.name}“: ${outcome.message}`));
      }
    }
    return { line: row.line, values, machine, written, extra: extraIndex.map((i) => row.cells[i]!) };
  });
  const column = Object.fromEntries([...index].map(([name, i]) => [name, i + 1]));
  const missing = spec.columns.map((c) => c.name).filter((n) => !index.has(n));
  const extraColumns = extraIndex.map((i) => table.header[i]!);
  return { parsed: { spec, file: table.file, rows, column, missing, extraColumns }, problems };
}
