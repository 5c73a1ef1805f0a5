/**
 * `npm test`: runs every test (unit + browser) with vitest and ends with the plain line
 * "N passed, N failed, N skipped" that CI reads. Extra arguments go to vitest (e.g. a file filter).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, '.cache', 'vitest-report.json');
mkdirSync(join(root, '.cache'), { recursive: true });
rmSync(report, { force: true });

// Unit tests import src/generated/data.json: generate it first (a fresh clone has none).
const data = spawnSync(process.execPath, [join(root, 'scripts', 'build-data.ts')], { cwd: root, stdio: 'inherit' });
if (data.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'Europe/Berlin' } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  passed = result.numPassedTests;
  failed = result.numFailedTests;
  skipped = result.numPendingTests + result.numTodoTests;
  // A test file that fails before any test runs (import error, failing hook) counts as one failure.
  failed += result.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
}
const exitCode = run.status ?? 1;
if (exitCode !== 0 && failed === 0) failed = 1;
// DESIGN §4: the closing line names skipped tests too, so a skip is never hidden.
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(exitCode === 0 && failed === 0 ? 0 : 1);
