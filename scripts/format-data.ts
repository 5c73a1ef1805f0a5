/**
 * `npm run data:format [-- --data DIR]`: writes every table file of the data folder back in its
 * canonical form (src/core/read/canonical-csv.ts) without changing a value, so that after an
 * Excel or LibreOffice save `git diff` shows only the cells that were really edited. A file with
 * errors is left untouched (and named); exit 1 then. Unknown columns are kept in the file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/core/read/problems.ts';
import { validateData } from '../src/core/read/validate.ts';
import { crashLines } from '../src/core/read/crash.ts';
import { planFormat } from '../src/core/read/format-plan.ts';
import { isGithubActions } from '../src/core/read/annotations.ts';
import { parseDataFlags, readDataDir } from '../src/build/data-dir.ts';

try {
  const flags = parseDataFlags(process.argv.slice(2));
  const files = readDataDir(flags.dataDir);
  const validation = validateData(files, flags.validate);
  for (const p of validation.problems) if (p.severity === 'error') console.log(formatProblem(p));
  const steps = planFormat(files, validation, flags.dataDir);
  for (const step of steps) {
    if (step.action === 'write') writeFileSync(join(flags.dataDir, step.file), step.bytes);
    console.log(step.line);
  }
  process.exitCode = steps.some((s) => s.action === 'refuse' || s.action === 'missing') ? 1 : 0;
} catch (error) {
  if (process.env.KI_ATLAS_DEBUG) console.error(error);
  console.log(crashLines(error, 'Das Umschreiben der Daten', isGithubActions(process.env)).join('\n'));
  process.exitCode = 1;
}
