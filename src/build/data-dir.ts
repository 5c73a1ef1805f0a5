/**
 * File I/O for the data pipeline: reads a data folder into DataFile records (without reading
 * files above the size limit), parses the shared command-line flags, finds the data's Stand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDateIn } from '../core/model/dates.ts';
import { readCsv } from '../core/read/csv.ts';
import { tableSpecs, type TableName } from '../core/read/schema.ts';
import { maxFileBytes, type DataFile, type ValidateOptions } from '../core/read/validate.ts';

/** Returns the CSV files of a folder; files above maxBytes are stat'ed but not read (bytes null). */
export function readDataDir(dir: string, maxBytes = maxFileBytes): DataFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      const size = statSync(join(dir, name)).size;
      return { name, size, bytes: size > maxBytes ? null : new Uint8Array(readFileSync(join(dir, name))) };
    });
}

/** Shared flags of check-data, build-data and build. */
export interface DataFlags {
  /** --data DIR: the folder to read (default "data"). */
  dataDir: string;
  /** Options for validateData (today from --today, else the current date in Berlin). */
  validate: ValidateOptions;
  /** Remaining flags by name, as strings. */
  rest: Record<string, string | boolean | undefined>;
}

/**
 * Returns the flags: --data DIR, --expect-kreise N (default 53), --ags-prefix P (default 05; "" = any),
 * --today YYYY-MM-DD (for tests), --allow-shrink (a table may lose more than 10 % of its committed rows),
 * plus the extra string flags a script names.
 */
export function parseDataFlags(argv: string[], extra: string[] = []): DataFlags {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: 'data' },
      'expect-kreise': { type: 'string' },
      'ags-prefix': { type: 'string' },
      today: { type: 'string' },
      'allow-shrink': { type: 'boolean', default: false },
      ...Object.fromEntries(extra.map((name) => [name, { type: 'string' as const }])),
    },
    strict: true,
  });
  const dataDir = values.data as string;
  const validate: ValidateOptions = {
    dir: dataDir,
    today: (values.today as string | undefined) ?? isoDateIn(new Date()),
    previousRows: committedRowCounts(dataDir),
    allowShrink: values['allow-shrink'] === true,
  };
  if (values['expect-kreise'] !== undefined) validate.expectedKreise = Number(values['expect-kreise']);
  // An empty prefix accepts every state (the synthetic Germany-wide benchmark set).
  if (values['ags-prefix'] !== undefined) validate.agsPrefix = (values['ags-prefix'] as string) || null;
  return { dataDir, validate, rest: values };
}

/** Returns the Stand of the data: date of the newest commit touching dir, or the newest file mtime if uncommitted. */
export function dataStand(dir: string): string {
  try {
    const dirty = execFileSync('git', ['status', '--porcelain', '--', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (dirty.trim() === '' && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // Not a git checkout (e.g. an unpacked release): fall back to the files' dates.
  }
  const times = readdirSync(dir).map((name) => statSync(join(dir, name)).mtimeMs);
  return isoDateIn(new Date(Math.max(...times, 0)));
}

/**
 * Returns the data rows per table in the last commit (git HEAD) of the folder, for the check
 * against accidental deletions; tables git does not know (or no git at all) are left out.
 */
export function committedRowCounts(dir: string): Partial<Record<TableName, number>> {
  const counts: Partial<Record<TableName, number>> = {};
  if (!existsSync(dir)) return counts;
  for (const spec of tableSpecs) {
    try {
      const bytes = execFileSync('git', ['show', `HEAD:./${spec.file}`], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: maxFileBytes,
      });
      const table = readCsv(new Uint8Array(bytes), spec.file).table;
      if (table) counts[spec.name] = table.rows.length;
    } catch {
      // Not committed, not a git checkout, or too large: nothing to compare with.
    }
  }
  return counts;
}
