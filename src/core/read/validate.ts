/**
 * The whole check of a data folder, as one pure function: files in (name, size, bytes),
 * typed tables and every problem out. Nothing stops at the first problem; nothing is dropped.
 * Scripts do the file I/O (scripts/check-data.ts, scripts/build-data.ts); this module decides.
 */
import {
  checkKreiseCount,
  checkKreisRefs,
  checkOverlaps,
  checkPeriodOrder,
  checkQuellen,
  checkSpaetestensAfterStart,
  checkUnique,
  checkZentrumInKreis,
} from './cross-checks.ts';
import { readCsv } from './csv.ts';
import { formatNumber } from '../model/format.ts';
import { parseTable, type ParsedTable } from './parse-table.ts';
import { append, countProblems, error, hint, sortProblems, type Problem } from './problems.ts';
import { condenseProblems } from './condense.ts';
import {
  checkDuplicateRows,
  checkKiCoverage,
  checkKreisPlausible,
  checkNotEmpty,
  checkShrink,
  checkStartAfterProgramme,
} from './coverage.ts';
import { toChronikEintrag, toFoerderRegel, toKreis, toLandesmittel, toQuelle, toZentrum } from './records.ts';
import { tableSpecs, type TableName, type TableSpec } from './schema.ts';
import type { AtlasData, IsoDate } from '../model/types.ts';
import { nrwPrefix } from './ags.ts';

/** A file of the data folder; bytes is null when the file was too large to read. */
export interface DataFile {
  name: string;
  size: number;
  bytes: Uint8Array | null;
}

/** Largest file the reader accepts, in bytes: 5 MB, a hundred times the largest real table and far below what would strain the build. */
export const maxFileBytes = 5_000_000;

/** Options of a check; only `today` is required. */
export interface ValidateOptions {
  /** Folder label for messages, as the maintainer gave it (default "data"). */
  dir?: string;
  /** Today's date: start, spaetestens and chronik dates must not lie after it. */
  today: IsoDate;
  /** Number of districts kreise.csv must hold (default 53, NRW). */
  expectedKreise?: number;
  /** Required AGS prefix (default "05", NRW); null accepts any state. */
  agsPrefix?: string | null;
  /** Largest accepted file in bytes (default maxFileBytes). */
  maxBytes?: number;
  /** Data rows per table in the last committed version (git), to catch accidental deletions; {} = unknown. */
  previousRows?: Partial<Record<TableName, number>>;
  /** True when the maintainer confirmed that tables shrink on purpose (--allow-shrink). */
  allowShrink?: boolean;
}

/** Tables the site cannot do without: each needs at least one data row (chronik may be empty). */
export const requiredTables: readonly TableName[] = ['kreise', 'zentren', 'foerderung', 'landesmittel', 'quellen'];

/** The typed tables of AtlasData (without the dates the build adds). */
export type AtlasTables = Omit<AtlasData, 'stand' | 'gebaut'>;

/** The outcome of a check: problems (sorted), counts, parsed tables, and the data when there is no error. */
export interface Validation {
  problems: Problem[];
  errors: number;
  hints: number;
  /** Tables read and data rows in them. */
  stats: { tables: number; rows: number };
  tables: Partial<Record<TableName, ParsedTable>>;
  data: AtlasTables | null;
}

/** Returns the path a maintainer sees for a file of the folder: "data/zentren.csv". */
export function filePath(dir: string, name: string): string {
  const base = dir.replace(/[\\/]+$/, '');
  return base === '' ? name : `${base}/${name}`;
}

function tooLarge(path: string, size: number, max: number): Problem {
  const mb = (n: number) => formatNumber(n / 1_000_000, 1);
  return error(
    path,
    1,
    1,
    `Die Datei ist ${mb(size)} MB groß; erlaubt sind höchstens ${mb(max)} MB. ` +
      'Bitte prüfen, ob hier versehentlich eine andere Datei gespeichert wurde.',
  );
}

function readTable(
  spec: TableSpec,
  files: readonly DataFile[],
  opts: Required<ValidateOptions>,
): { table?: ParsedTable; problems: Problem[] } {
  const path = filePath(opts.dir, spec.file);
  const file = files.find((f) => f.name === spec.file);
  if (!file) {
    const header = spec.columns.map((c) => c.name).join(';');
    return {
      problems: [error(path, 1, 1, `Die Datei fehlt. Bitte ${spec.file} mit der Kopfzeile „${header}“ anlegen.`)],
    };
  }
  if (file.size > opts.maxBytes || file.bytes === null || file.bytes.length > opts.maxBytes) {
    return { problems: [tooLarge(path, Math.max(file.size, file.bytes?.length ?? 0), opts.maxBytes)] };
  }
  const read = readCsv(file.bytes, path);
  if (!read.table) return { problems: read.problems };
  const { parsed, problems } = parseTable(read.table, spec, { today: opts.today, agsPrefix: opts.agsPrefix });
  return { table: parsed, problems: append(read.problems, problems) };
}

function unknownFiles(files: readonly DataFile[], dir: string): Problem[] {
  const known = tableSpecs.map((s) => s.file);
  return files
    .filter((f) => f.name.toLowerCase().endsWith('.csv') && !known.includes(f.name))
    .map((f) =>
      hint(
        filePath(dir, f.name),
        1,
        1,
        `Die Datei ist unbekannt und wird ignoriert. Erwartet werden: ${known.join(', ')}.`,
      ),
    );
}

/** Returns true when the table was read and none of the given columns is missing. */
const usable = (t: ParsedTable | undefined, ...columns: string[]): t is ParsedTable =>
  t !== undefined && columns.every((c) => !t.missing.includes(c));

function crossChecks(t: Partial<Record<TableName, ParsedTable>>, opts: Required<ValidateOptions>): Problem[] {
  const problems: Problem[] = [];
  const add = (...lists: Problem[][]) => lists.forEach((list) => append(problems, list));
  const { kreise, zentren, foerderung, chronik, quellen } = t;
  // Tables without a key column: a repeated row is the only sign of a fill-down.
  for (const table of [t.landesmittel, chronik]) if (table) add(checkDuplicateRows(table));
  for (const name of requiredTables) {
    const table = t[name];
    // An empty table gets its own message; "lost every row" would only repeat it.
    if (table) add(checkNotEmpty(table));
    if (table && table.rows.length > 0) add(checkShrink(table, opts.previousRows[name], opts.allowShrink));
  }
  if (kreise) add(checkUnique(kreise, 'ags'), checkKreiseCount(kreise, opts.expectedKreise));
  if (kreise) add(checkKreisPlausible(kreise, opts.agsPrefix));
  if (zentren) {
    add(checkUnique(zentren, 'id'), checkUnique(zentren, 'ags'), checkStartAfterProgramme(zentren));
    add(checkSpaetestensAfterStart(zentren), checkZentrumInKreis(zentren));
  }
  if (foerderung) add(checkUnique(foerderung, 'id'), checkPeriodOrder(foerderung), checkOverlaps(foerderung));
  if (quellen) add(checkUnique(quellen, 'id'));
  if (usable(kreise, 'ags')) {
    const ags = new Set(kreise.rows.map((r) => r.values['ags']).filter((v): v is string => typeof v === 'string'));
    for (const ref of [zentren, chronik]) if (ref) add(checkKreisRefs(ref, 'kreis_ags', ags));
  }
  if (usable(quellen, 'id')) {
    const ids = new Set(quellen.rows.map((r) => r.values['id']).filter((v): v is string => typeof v === 'string'));
    for (const name of ['kreise', 'zentren', 'foerderung', 'landesmittel', 'chronik'] as const) {
      const table = t[name];
      if (table) add(checkQuellen(table, ids));
    }
  }
  return problems;
}

function toData(t: Partial<Record<TableName, ParsedTable>>): AtlasTables {
  const rows = (name: TableName) => t[name]?.rows ?? [];
  return {
    kreise: rows('kreise').map(toKreis),
    zentren: rows('zentren').map(toZentrum),
    foerderung: rows('foerderung').map(toFoerderRegel),
    landesmittel: rows('landesmittel').map(toLandesmittel),
    chronik: rows('chronik').map(toChronikEintrag),
    quellen: rows('quellen').map(toQuelle),
  };
}

/** Returns the check of a data folder's files: every problem, and the typed data when there is no error. */
export function validateData(files: readonly DataFile[], options: ValidateOptions): Validation {
  const opts: Required<ValidateOptions> = {
    dir: 'data',
    expectedKreise: 53,
    agsPrefix: nrwPrefix,
    maxBytes: maxFileBytes,
    previousRows: {},
    allowShrink: false,
    ...options,
  };
  const tables: Partial<Record<TableName, ParsedTable>> = {};
  const problems: Problem[] = [];
  for (const spec of tableSpecs) {
    const read = readTable(spec, files, opts);
    append(problems, read.problems);
    if (read.table) tables[spec.name] = read.table;
  }
  append(problems, unknownFiles(files, opts.dir));
  append(problems, crossChecks(tables, opts));
  // Coverage only speaks when zentren.csv has no error of its own: a broken row must not be reported twice.
  const { kreise, zentren } = tables;
  if (
    usable(kreise, 'ags') &&
    usable(zentren, 'kreis_ags') &&
    !problems.some((p) => p.file === zentren.file && p.severity === 'error')
  )
    append(problems, checkKiCoverage(kreise, zentren));
  const sorted = sortProblems(
    problems,
    tableSpecs.map((s) => filePath(opts.dir, s.file)),
  );
  const { errors, hints } = countProblems(sorted);
  const read = Object.values(tables);
  return {
    problems: condenseProblems(sorted),
    errors,
    hints,
    stats: { tables: read.length, rows: read.reduce((sum, t) => sum + t.rows.length, 0) },
    tables,
    data: errors === 0 ? toData(tables) : null,
  };
}
