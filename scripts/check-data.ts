/**
 * `npm run data:check [-- --data DIR]`: checks the data folder and prints every problem.
 * Exit 0 when there are no errors (hints are fine), 1 otherwise. Inside GitHub Actions each
 * problem is also printed as a workflow command, so it shows as an annotation on its CSV line.
 * Flags: see parseDataFlags in scripts/lib/data-dir.ts.
 */
import { formatAnnotation, isGithubActions } from '../src/lib/annotations.ts';
import { reportLines } from '../src/lib/report.ts';
import { validateData } from '../src/lib/validate.ts';
import { parseDataFlags, readDataDir } from './lib/data-dir.ts';

const flags = parseDataFlags(process.argv.slice(2));
const result = validateData(readDataDir(flags.dataDir), flags.validate);
const lines = reportLines(result.problems, result.stats);
if (isGithubActions(process.env)) lines.push(...result.problems.map(formatAnnotation));
console.log(lines.join('\n'));
process.exitCode = result.errors > 0 ? 1 : 0;
