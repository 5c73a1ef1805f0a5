/**
 * Build step: reads the history of the data folder from git (data/ only) and writes
 * src/generated/history.json: every commit that changed a table, with its row changes in German
 * (src/core/model/data-changes.ts), and every published data state (the last commit of each day)
 * with its CSV files, for /daten/aenderungen/, its feed and /daten/stand/<JJJJ-MM-TT>/.
 * In a shallow clone or outside git it writes no list at all, only the reason, so the site never
 * shows an incomplete change log as if it were complete.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tableSentences, type RawTable } from '../core/model/data-changes.ts';
import { readCsv } from '../core/read/csv.ts';
import { asUtf8WithBom } from '../core/views/downloads.ts';
import { tableSpecs } from '../core/read/schema.ts';

/** One commit that changed data: when, what its message says, and the sentences per table. */
export interface HistoryCommit {
  hash: string;
  /** Commit date (committer, ISO date) and full timestamp. */
  date: string;
  time: string;
  subject: string;
  tables: { table: string; file: string; sentences: string[] }[];
}

/** A citable data state: the last data commit of a day, with its CSV files (UTF-8 with BOM, base64). */
export interface HistoryState {
  stand: string;
  hash: string;
  files: { file: string; base64: string }[];
}

export type DataHistory =
  | { status: 'ok'; commits: HistoryCommit[]; states: HistoryState[] }
  | { status: 'unavailable'; reason: string; commits: []; states: [] };

/** The German reasons a build has no change list. */
export const reasons = {
  shallow:
    'Die Liste der Änderungen fehlt in diesem Build: Die Kopie des Repositorys enthält nicht die ganze ' +
    'Versionsgeschichte (flacher Klon). Mit „git fetch --unshallow“ die Geschichte holen und neu bauen.',
  noGit:
    'Die Liste der Änderungen fehlt in diesem Build: Der Datenordner liegt nicht in einem Git-Repository, ' +
    'aus dessen Geschichte sie entsteht.',
  notBuilt: 'Die Liste der Änderungen wurde noch nicht erzeugt (npm run build erzeugt sie).',
} as const;

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
const gitBytes = (cwd: string, args: string[]): Buffer | null => {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return null;
  }
};

function rawTable(bytes: Buffer | null, file: string): RawTable | null {
  if (!bytes) return null;
  const { table } = readCsv(new Uint8Array(bytes), file);
  return table ? { header: table.header, rows: table.rows.map((r) => r.cells) } : null;
}

/** Reads the data history of dataDir (a folder inside a git work tree). */
export function readDataHistory(dataDir: string): DataHistory {
  const dir = resolve(dataDir);
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { status: 'unavailable', reason: reasons.noGit, commits: [], states: [] };
  }
  if (git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true')
    return { status: 'unavailable', reason: reasons.shallow, commits: [], states: [] };
  const prefix = relative(top, dir).split('\\').join('/');
  const path = (file: string) => (prefix ? `${prefix}/${file}` : file);
  const files = tableSpecs.map((spec) => spec.file);
  let log: string;
  try {
    log = git(top, ['log', '--first-parent', '--format=%H%x1f%P%x1f%cs%x1f%cI%x1f%s', '--', ...files.map(path)]);
  } catch {
    // A repository without any commit yet.
    return { status: 'ok', commits: [], states: [] };
  }
  const entries = log
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash, parents, date, time, subject] = line.split('\x1f');
      return { hash: hash!, parent: parents!.split(' ')[0] || null, date: date!, time: time!, subject: subject! };
    });
  // District names from the newest state, so rows of zentren and chronik read "Kreis Wesel".
  const newestKreise = entries[0]
    ? rawTable(gitBytes(top, ['show', `${entries[0].hash}:${path('kreise.csv')}`]), 'kreise.csv')
    : null;
  const kreisNames = new Map<string, string>();
  if (newestKreise) {
    const ags = newestKreise.header.indexOf('ags');
    const name = newestKreise.header.indexOf('name');
    for (const row of newestKreise.rows) kreisNames.set(row[ags] ?? '', row[name] ?? '');
  }
  const commits: HistoryCommit[] = entries.map((entry) => {
    const tables = tableSpecs.flatMap((spec) => {
      const show = (rev: string | null) => (rev ? gitBytes(top, ['show', `${rev}:${path(spec.file)}`]) : null);
      const before = show(entry.parent);
      const after = show(entry.hash);
      if ((!before && !after) || (before && after && before.equals(after))) return [];
      const sentences = tableSentences(
        spec.name,
        spec.file,
        rawTable(before, spec.file),
        rawTable(after, spec.file),
        kreisNames,
      );
      return sentences.length > 0 ? [{ table: spec.name, file: spec.file, sentences }] : [];
    });
    return { hash: entry.hash, date: entry.date, time: entry.time, subject: entry.subject, tables };
  });
  const states: HistoryState[] = [];
  for (const entry of entries) {
    if (states.some((s) => s.stand === entry.date)) continue; // newest first: the first of a day is its last commit
    states.push({
      stand: entry.date,
      hash: entry.hash,
      files: files.flatMap((file) => {
        const bytes = gitBytes(top, ['show', `${entry.hash}:${path(file)}`]);
        return bytes ? [{ file, base64: Buffer.from(asUtf8WithBom(new Uint8Array(bytes))).toString('base64') }] : [];
      }),
    });
  }
  return { status: 'ok', commits: commits.filter((c) => c.tables.length > 0), states };
}

/** Writes generatedDir/history.json for the data folder. */
export function writeDataHistory(dataDir: string, generatedDir: string): DataHistory {
  const history = readDataHistory(dataDir);
  writeFileSync(join(generatedDir, 'history.json'), `${JSON.stringify(history)}\n`);
  return history;
}

/** Returns src/generated/history.json, or an "unavailable" history when the build has not written it. */
export function loadDataHistory(generatedDir = join(process.cwd(), 'src', 'generated')): DataHistory {
  const file = join(generatedDir, 'history.json');
  if (!existsSync(file)) return { status: 'unavailable', reason: reasons.notBuilt, commits: [], states: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as DataHistory;
}
