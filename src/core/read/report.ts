/**
 * The text a maintainer reads after a check: one line per problem, then one summary line.
 */
import { countProblems, countWord, formatProblem, formatSummary, type Problem } from './problems.ts';

/** Counts a check reports in its success line. */
export interface CheckStats {
  tables: number;
  rows: number;
}

/** Returns the success line: "Daten geprüft: 6 Tabellen, 283 Zeilen, keine Fehler, 1 Hinweis.". */
export function formatSuccess(stats: CheckStats, hints: number): string {
  return (
    `Daten geprüft: ${countWord(stats.tables, 'Tabelle', 'Tabellen')}, ${countWord(stats.rows, 'Zeile', 'Zeilen')}, ` +
    `keine Fehler, ${countWord(hints, 'Hinweis', 'Hinweise')}.`
  );
}

/** Returns the report lines of a check: every problem, then the summary (errors) or success line. */
export function reportLines(problems: readonly Problem[], stats: CheckStats): string[] {
  const { errors, hints } = countProblems(problems);
  // A collapsed line stands for many hints: the success line counts them all.
  return [...problems.map(formatProblem), errors > 0 ? formatSummary(problems) : formatSuccess(stats, hints)];
}

/** The line the build prints after the error list. */
export const notBuilt = 'Die Website wurde nicht gebaut; die veröffentlichte bleibt unverändert.';
