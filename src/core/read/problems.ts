/**
 * Problems found in the data, and how they read for a maintainer:
 * `datei:zeile:spalte: Meldung`, 1-based as a spreadsheet shows it (header = line 1).
 * Problems about a whole file (missing, empty, too large, wrong encoding, wrong row count)
 * point at line 1, column 1 so editors and terminals can jump there.
 */
import { formatNumber } from '../model/format.ts';

/** How bad a problem is: an error stops the build, a hint is only shown. */
export type Severity = 'error' | 'hint';

/** One finding, positioned in the file the maintainer edits. */
export interface Problem {
  /** File path as the maintainer gave it, e.g. "data/zentren.csv". */
  file: string;
  /** 1-based line (header = 1; a record spanning lines counts from where it starts). */
  line: number;
  /** 1-based column index (A = 1). */
  column: number;
  severity: Severity;
  /** German sentence(s), without the position and without the "Fehler:"/"Hinweis:" prefix. */
  message: string;
  /** What kind of problem this is, for grouping (e.g. "ags-ohne-null"); unset = by column. */
  kind?: string;
  /** How many problems this line stands for (a collapsed or capped line); unset = 1. */
  count?: number;
  /** True for the "… und N weitere Probleme dieser Art" line: printed without a position. */
  more?: boolean;
}

/** Returns an error at a position. */
export function error(file: string, line: number, column: number, message: string): Problem {
  return { file, line, column, severity: 'error', message };
}

/** Returns a hint at a position. */
export function hint(file: string, line: number, column: number, message: string): Problem {
  return { file, line, column, severity: 'hint', message };
}

/** Returns the problem with a kind set, for grouping similar problems. */
export function ofKind(kind: string, problem: Problem): Problem {
  return { ...problem, kind };
}

/** Appends items to a list one by one: `push(...items)` overflows the call stack for large lists. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Returns the problem as one line: `data/kreise.csv:4:1: Fehler: …` or `… Hinweis: …`. */
export function formatProblem(p: Problem): string {
  if (p.more) return p.message;
  const prefix = p.severity === 'hint' ? 'Hinweis: ' : 'Fehler: ';
  return `${p.file}:${p.line}:${p.column}: ${prefix}${p.message}`;
}

/** Returns the problems ordered by file order given, then line, then column (stable otherwise). */
export function sortProblems(problems: readonly Problem[], fileOrder: readonly string[] = []): Problem[] {
  const rank = (file: string) => {
    const i = fileOrder.indexOf(file);
    return i === -1 ? fileOrder.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        rank(a.p.file) - rank(b.p.file) ||
        a.p.file.localeCompare(b.p.file) ||
        a.p.line - b.p.line ||
        a.p.column - b.p.column ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

/** Returns counts of errors and hints, and the number of files with at least one problem. */
export function countProblems(problems: readonly Problem[]): { errors: number; hints: number; files: number } {
  let [errors, hints] = [0, 0];
  const files = new Set<string>();
  for (const p of problems) {
    if (p.severity === 'error') errors += p.count ?? 1;
    else hints += p.count ?? 1;
    files.add(p.file);
  }
  return { errors, hints, files: files.size };
}

/** Returns "1 Hinweis" / "2 Hinweise" / "keine Hinweise" and the like for a count. */
export function countWord(n: number, one: string, many: string, none = `keine ${many}`): string {
  if (n === 0) return none;
  return `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
}

/** Returns the summary line for a failed check: "2 Fehler, 1 Hinweis in 2 Dateien.". */
export function formatSummary(problems: readonly Problem[]): string {
  const { errors, hints, files } = countProblems(problems);
  const parts = [countWord(errors, 'Fehler', 'Fehler')];
  if (hints > 0) parts.push(countWord(hints, 'Hinweis', 'Hinweise'));
  return `${parts.join(', ')} in ${countWord(files, 'Datei', 'Dateien')}.`;
}

/* eslint-disable no-control-regex -- matching control characters is the point: they are shown, not printed */
const invisible =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\u{e0000}-\u{e007f}]/gu;
/* eslint-enable no-control-regex */
const maxQuoted = 60;

/**
 * Returns a cell value ready to quote in a message: invisible characters spelled out as
 * `<U+202E>`, cut after 60 characters with "…" (a 10,000-character cell must not flood the terminal).
 */
export function showValue(value: string): string {
  const chars = Array.from(value);
  const cut = chars.length > maxQuoted ? `${chars.slice(0, maxQuoted).join('')}…` : value;
  return cut.replace(invisible, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Returns the value in German quotation marks, made safe by showValue: „05154“. */
export function q(value: string): string {
  return `„${showValue(value)}“`;
}
