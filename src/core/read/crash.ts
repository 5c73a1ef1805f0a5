/**
 * What a maintainer sees when the check itself fails (a bug, not their data): one German line
 * instead of a stack trace, and in GitHub Actions the same as an annotation. Also the terminal
 * colours of a report, which are only used when the output is a terminal.
 */
import { escapeData } from './annotations.ts';

/** Returns the lines for an unexpected failure: the German sentence, and the annotation in GitHub Actions. */
export function crashLines(error: unknown, what: string, github: boolean): string[] {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line =
    `Fehler: ${what} ist unerwartet abgebrochen (${reason.slice(0, 200)}). ` +
    'Das liegt am Prüfprogramm, nicht allein an Ihren Daten. Bitte die geänderte Datei und diese Zeile als Issue melden; ' +
    'bis dahin hilft es, die letzte Änderung rückgängig zu machen.';
  return github ? [line, `::error title=${what} abgebrochen::${escapeData(line)}`] : [line];
}

const red = (s: string) => `\u001b[1;31m${s}\u001b[0m`;
const yellow = (s: string) => `\u001b[33m${s}\u001b[0m`;

/** Returns a report line with "Fehler:" in red and "Hinweis:" in yellow (only for a terminal). */
export function colourLine(line: string): string {
  return line.replace(
    /^(\S*?: )?(Fehler:|Hinweis:)/,
    (_, position: string | undefined, label: string) =>
      `${position ?? ''}${label === 'Fehler:' ? red(label) : yellow(label)}`,
  );
}

/** Returns true when colours are wanted: a terminal, and NO_COLOR not set (https://no-color.org). */
export function wantsColour(isTty: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return isTty === true && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb';
}
