/**
 * `npm run data:check [-- --data DIR] [--allow-shrink]`: checks the data folder and prints every
 * problem, errors first. Exit 0 when there are no errors (hints are fine), 1 otherwise. Inside
 * GitHub Actions each problem is also printed as a workflow command, so it shows as an annotation
 * on its CSV line. "Fehler:" and "Hinweis:" are coloured only on a terminal. An unexpected
 * failure of the check itself ends in one German line (and an annotation), never a stack trace.
 * Flags: see parseDataFlags in src/build/data-dir.ts.
 */
import { formatAnnotation, isGithubActions } from '../src/core/read/annotations.ts';
import { reportLines } from '../src/core/read/report.ts';
import { validateData } from '../src/core/read/validate.ts';
import { colourLine, crashLines, wantsColour } from '../src/core/read/crash.ts';
import { didYouMean } from '../src/core/read/suggest.ts';
import { parseDataFlags, readDataDir } from '../src/build/data-dir.ts';

const github = isGithubActions(process.env);
try {
  const flags = parseDataFlags(process.argv.slice(2));
  const result = validateData(readDataDir(flags.dataDir), flags.validate);
  const colour = wantsColour(process.stdout.isTTY, process.env);
  const lines = reportLines(result.problems, result.stats).map((l) => (colour ? colourLine(l) : l));
  if (github) lines.push(...result.problems.map(formatAnnotation));
  console.log(lines.join('\n'));
  process.exitCode = result.errors > 0 ? 1 : 0;
} catch (error) {
  if (process.env.KI_ATLAS_DEBUG) console.error(error);
  const code = (error as { code?: string }).code ?? '';
  console.log(
    code.startsWith('ERR_PARSE_ARGS')
      ? optionLine((error as Error).message)
      : crashLines(error, 'Die Datenprüfung', github).join('\n'),
  );
  process.exitCode = 1;
}

/** Returns the German line for a flag node:util's parseArgs refused (its own message is English). */
function optionLine(message: string): string {
  const flags = ['--data', '--allow-shrink', '--today', '--expect-kreise', '--ags-prefix'];
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  const what = flags.includes(option)
    ? `Der Option „${option}“ fehlt ein Wert.`
    : option
      ? `Die Option „${option}“ gibt es nicht.${didYouMean(option, flags)}`
      : 'Eine Option ist ungültig.';
  return `Fehler: ${what} Erlaubt sind --data ORDNER, --allow-shrink, --today JJJJ-MM-TT, --expect-kreise N, --ags-prefix P.`;
}
