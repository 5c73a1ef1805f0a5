/**
 * Reads a CSV file as German Excel and LibreOffice write it: detects encoding and delimiter,
 * accepts CRLF, quoted cells with `;`, `"` and line breaks, trailing empty rows and columns.
 * Line numbers stay spreadsheet lines: the header is line 1, and a record that spans several
 * physical lines carries the line where it starts.
 */
import { parse, type CsvError } from 'csv-parse/sync';
import { decodeCsvBytes, type Encoding } from './encoding.ts';
import { formatNumber } from '../model/format.ts';
import { error, hint, ofKind, q, type Problem } from './problems.ts';

/** Field separator of a CSV file. */
export type Delimiter = ';' | ',';

/** One data row: its spreadsheet line and its cells (untrimmed, as written). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A read CSV file: header cells (trailing empty ones removed) and non-empty data rows. */
export interface CsvTable {
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
  header: string[];
  rows: CsvRow[];
}

/** The table (null when unreadable) plus every problem found while reading. */
export interface CsvResult {
  table: CsvTable | null;
  problems: Problem[];
}

/** Returns the delimiter the header line uses (`;` wins a tie), or null when it has neither. */
export function detectDelimiter(headerLine: string): Delimiter | null {
  const semicolons = headerLine.split(';').length - 1;
  const commas = headerLine.split(',').length - 1;
  if (semicolons === 0 && commas === 0) return null;
  return semicolons >= commas ? ';' : ',';
}

/** Returns the 1-based line and column where the quote that is never closed was opened. */
export function findOpenQuote(text: string, delimiter: Delimiter): { line: number; column: number } {
  let inQuote = false;
  let justClosed = false;
  let fieldStart = true;
  let line = 1;
  let column = 1;
  let open = { line: 1, column: 1 };
  for (const ch of text) {
    if (inQuote) {
      if (ch === '"') [inQuote, justClosed] = [false, true];
      else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && (fieldStart || justClosed)) {
      if (fieldStart) open = { line, column };
      [inQuote, justClosed, fieldStart] = [true, false, false];
      continue;
    }
    justClosed = false;
    if (ch === delimiter) [column, fieldStart] = [column + 1, true];
    else if (ch === '\n') [line, column, fieldStart] = [line + 1, 1, true];
    else fieldStart = false;
  }
  return open;
}

interface Parsed {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Returns the line a record starts on, from the line it ends on and its raw text. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.split('\n').length - 1);
}

function parseRecords(text: string, delimiter: Delimiter): Parsed[] {
  return parse(text, {
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  }) as unknown as Parsed[];
}

function csvErrorProblem(file: string, text: string, delimiter: Delimiter, err: CsvError): Problem {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    const at = findOpenQuote(text, delimiter);
    return error(
      file,
      at.line,
      at.column,
      'Ein Anführungszeichen am Anfang dieser Zelle wird nie geschlossen, darum liest sich der Rest der Datei als eine einzige Zelle. ' +
        'Bitte das schließende „"“ ergänzen oder das öffnende entfernen.',
    );
  }
  const line = typeof err.lines === 'number' ? err.lines : 1;
  return error(
    file,
    line,
    1,
    `Die Zeile lässt sich nicht als CSV lesen (${err.code}). Bitte die Anführungszeichen in dieser Zeile prüfen.`,
  );
}

function isBlank(cell: string): boolean {
  return cell.trim() === '';
}

/** Returns the header without trailing empty cells (Excel writes `;;;` after the last column). */
function trimHeader(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1]!)) end--;
  return cells.slice(0, end).map((c) => c.trim());
}

/** Largest number of data rows a table may have: far above any real table, low enough to stay fast. */
export const maxRows = 100_000;

/**
 * Returns the row cut to the header width, plus one error for values that stand beyond it
 * (naming the first; a row filled far to the right must not yield one message per cell).
 */
function fitRow(file: string, line: number, cells: string[], width: number): { cells: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let first = -1;
  let more = 0;
  for (let i = width; i < cells.length; i++) {
    if (isBlank(cells[i]!)) continue;
    if (first === -1) first = i;
    else more++;
  }
  if (first !== -1) {
    const others = more === 0 ? '' : ` (und ${formatNumber(more, 0)} weitere Werte rechts davon)`;
    problems.push(
      ofKind(
        'ohne-ueberschrift',
        error(
          file,
          line,
          first + 1,
          `Der Wert ${q(cells[first]!.trim())} steht in Spalte ${first + 1}, die keine Überschrift hat${others}. ` +
            'Bitte den Wert in die richtige Spalte verschieben oder die Spalte benennen.',
        ),
      ),
    );
  }
  const fitted = cells.length > width ? cells.slice(0, width) : cells;
  while (fitted.length < width) fitted.push('');
  return { cells: fitted, problems };
}

/** Returns the number of line breaks in a text. */
function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Returns an error when a quoted cell swallowed following rows: a line break inside the cell
 * followed by a line with as many delimiters as a row has (a quote opened but closed too late).
 */
function swallowedRows(file: string, row: CsvRow, delimiter: Delimiter, width: number): Problem | null {
  const threshold = Math.max(2, Math.floor(width / 2));
  let line = row.line;
  for (const [i, cell] of row.cells.entries()) {
    if (!cell.includes('\n')) continue;
    const [, ...continuation] = cell.split('\n');
    if (continuation.some((l) => l.split(delimiter).length - 1 >= threshold)) {
      return error(
        file,
        line,
        i + 1,
        `Ein Anführungszeichen am Anfang dieser Zelle schließt erst in Zeile ${line + continuation.length}, ` +
          'darum sind die Zeilen dazwischen in diese eine Zelle gerutscht. Bitte das schließende „"“ ergänzen oder das öffnende entfernen.',
      );
    }
    line += continuation.length;
  }
  return null;
}

function emptyFile(file: string): CsvResult {
  return {
    table: null,
    problems: [error(file, 1, 1, 'Die Datei ist leer. Bitte mindestens die Kopfzeile mit den Spaltennamen eintragen.')],
  };
}

/** Returns the rows of a CSV file given as bytes, with every problem found while reading it. */
export function readCsv(bytes: Uint8Array, file: string): CsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { table: null, problems: [error(file, decoded.line, decoded.column ?? 1, decoded.message)] };
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return emptyFile(file);
  const lines = countLines(text);
  if (lines > maxRows) {
    return {
      table: null,
      problems: [
        error(
          file,
          1,
          1,
          `Die Datei hat ${formatNumber(lines, 0)} Zeilen; erlaubt sind höchstens ${formatNumber(maxRows, 0)}. ` +
            'Bitte prüfen, ob Zeilen versehentlich nach unten kopiert („ausgefüllt“) wurden, und diese löschen.',
        ),
      ],
    };
  }
  const headerLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const delimiter = detectDelimiter(headerLine);
  if (delimiter === null) {
    return {
      table: null,
      problems: [
        error(
          file,
          1,
          1,
          `Die Kopfzeile ${q(headerLine)} enthält weder „;“ noch „,“ als Trennzeichen. ` +
            'Bitte die Datei als CSV mit Semikolon oder Komma speichern.',
        ),
      ],
    };
  }
  let records: Parsed[];
  try {
    records = parseRecords(text, delimiter);
  } catch (err) {
    return { table: null, problems: [csvErrorProblem(file, text, delimiter, err as CsvError)] };
  }
  const [head, ...body] = records.filter((r) => !r.record.every(isBlank));
  if (!head) return emptyFile(file);
  const header = trimHeader(head.record);
  const problems: Problem[] = [];
  if (decoded.hint) problems.push(ofKind('zeichensatz', hint(file, decoded.hint.line, 1, decoded.hint.message)));
  const rows: CsvRow[] = [];
  for (const r of body) {
    const line = startLine(r.info.lines, r.raw);
    const swallowed = swallowedRows(file, { line, cells: r.record }, delimiter, header.length);
    if (swallowed) {
      problems.push(swallowed);
      continue;
    }
    const fitted = fitRow(file, line, r.record, header.length);
    for (const p of fitted.problems) problems.push(p);
    rows.push({ line, cells: fitted.cells });
  }
  return { table: { file, encoding: decoded.encoding, delimiter, header, rows }, problems };
}
