/**
 * `npm run data:check [-- --data DIR]`: checks the data folder and prints every problem.
 * Exit 0 when there are no errors (hints are fine), 1 otherwise.
 */
import { formatAnnotation, isGithubActions } from '../src/lib/annotations.ts';
import { reportLines } from '../src/lib/report.ts';
import { validateData } from '../src/lib/validate.ts';
import { parseDataFlags, readDataDir } from './lib/data-dir.ts';

const flags = parseDataFlags(process.argv.slice(2));
const result = validateData(readDataDir(flags.dataDir), flags.validate);
console.log(reportLines(result.problems, result.stats).join('\n'));
// In GitHub Actions, each problem also becomes an annotation on its CSV line (see src/lib/annotations.ts).
if (isGithubActions(process.env)) for (const problem of result.problems) console.log(formatAnnotation(problem));
process.exitCode = result.errors > 0 ? 1 : 0;
