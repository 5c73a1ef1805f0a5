/**
 * GitHub Actions workflow commands for data problems: `::error file=data/x.csv,line=12,col=5::Meldung`.
 * GitHub shows each one as an annotation on that line of the CSV (in the commit and the run summary),
 * so a maintainer who edited a file on github.com sees where the problem is.
 */
import type { Problem } from './problems.ts';

/** Returns the message text escaped for a workflow command (`%`, CR and LF would end or corrupt it). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Returns a property value escaped for a workflow command (additionally `:` and `,`, which separate properties). */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * Returns one workflow command line for a problem: errors become `::error`, hints `::notice`
 * (a hint never fails the run, so it must not look like one).
 */
export function formatAnnotation(problem: Problem): string {
  const command = problem.severity === 'error' ? 'error' : 'notice';
  const title = problem.severity === 'error' ? 'Datenfehler' : 'Hinweis zu den Daten';
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(title)}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(problem.message)}`;
}

/** Returns true when the process runs as a GitHub Actions step (GitHub sets GITHUB_ACTIONS=true). */
export function isGithubActions(env: Record<string, string | undefined>): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
