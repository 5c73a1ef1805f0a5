/**
 * `npm test`: the style gates (astro check, ESLint, Prettier) and every vitest test (unit + browser),
 * ending with the plain line "N passed, N failed, N skipped" that CI reads. Each gate counts as one
 * test; a failing gate fails the run and prints the tool's own output. Skipped tests are listed with
 * their reason. Extra arguments go to vitest (e.g. `--project unit` or a file filter; with a file
 * filter the style gates are left out).
 *
 * Order, for a short wall time on 2 cores without two Astro processes in one checkout at once:
 * 1. the data step (unit tests and astro check import src/generated/data.json), as part of the site
 *    build when the browser tests run, else on its own;
 * 2. ESLint and Prettier start in the background while the site for the browser tests is built once;
 * 3. vitest runs (E2E_SKIP_BUILD=1) while astro check runs beside it, outside the unit timing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, '.cache', 'vitest-report.json');
const args = process.argv.slice(2);
const started = performance.now();
mkdirSync(join(root, '.cache'), { recursive: true });
rmSync(report, { force: true });

/** Arguments of vitest options that take a value, so the value is not read as a file filter. */
const valueOptions = new Set(['--project', '-t', '--testNamePattern', '--reporter', '--shard', '--maxWorkers']);
const filters = args.filter((arg, i) => !arg.startsWith('-') && !valueOptions.has(args[i - 1] ?? ''));
const projects = args.flatMap((arg, i) => (args[i - 1] === '--project' ? [arg] : []));
const runsGates = filters.length === 0 && process.env.STYLE_GATES !== '0';
const runsBrowser =
  (projects.length === 0 || projects.includes('e2e')) &&
  (filters.length === 0 || filters.some((filter) => !filter.startsWith('tests/unit')));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One gate's result: its name, whether it passed, its output and how long it took. */
interface GateResult {
  name: string;
  ok: boolean;
  output: string;
  ms: number;
}

/** Runs a Node tool from node_modules in the background and resolves with its result; `ok` decides pass/fail. */
function gate(name: string, bin: string, toolArgs: string[], ok: (status: number | null, output: string) => boolean) {
  const start = performance.now();
  return new Promise<GateResult>((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', bin), ...toolArgs], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ name, ok: false, output: error.message, ms: performance.now() - start }));
    child.on('close', (status) =>
      resolve({ name, ok: ok(status, output), output: output.trim(), ms: performance.now() - start }),
    );
  });
}

/**
 * Runs a Node script in the foreground with its output on this terminal and resolves with its exit
 * status. Asynchronous, so the gates running beside it are read and timed while it runs.
 */
function run(command: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TZ: 'Europe/Berlin', ...env },
    });
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
}

let siteBuilt = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(root, 'dist'));
const buildsSite = runsBrowser && !siteBuilt;

// 1. Data step: a fresh clone has no src/generated/data.json (the site build below writes it too).
if (!buildsSite && (await run([join(root, 'scripts', 'build-data.ts')])) !== 0) {
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

// 2. ESLint and Prettier in the background (they never touch .astro/ or dist/); the site build in front.
const clean = (status: number | null, output: string) => status === 0 && output === '';
const gates: Promise<GateResult>[] = [];
if (runsGates) {
  gates.push(gate('ESLint (no error, no warning)', 'eslint/bin/eslint.js', ['--max-warnings', '0', '.'], clean));
  gates.push(gate('Prettier (every file formatted)', 'prettier/bin/prettier.cjs', ['--list-different', '.'], clean));
}
let buildFailed = false;
if (buildsSite) {
  console.log('Building the site once for the browser tests …');
  siteBuilt = (await run([join(root, 'scripts', 'build.ts')])) === 0;
  buildFailed = !siteBuilt;
}
// A failed build may have stopped before writing src/generated/: the unit tests need it.
const dataMissing = buildFailed && (await run([join(root, 'scripts', 'build-data.ts')])) !== 0;

// 3. vitest, with astro check beside it (the site build is done, so only one Astro process works here).
if (runsGates) {
  gates.push(
    gate('astro check (no type error, no warning)', 'astro/bin/astro.mjs', ['check'], (status, output) => {
      const summary = /- (\d+) errors?\n- (\d+) warnings?/.exec(output);
      return status === 0 && summary?.[1] === '0' && summary[2] === '0';
    }),
  );
}
// A failed site build leaves only the unit tests to run (the browser tests would build it again).
const vitestArgs = buildFailed ? [...args, '--project', 'unit'] : args;
const vitestStatus = dataMissing
  ? 1
  : await run(
      [
        join(root, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...vitestArgs,
      ],
      siteBuilt ? { E2E_SKIP_BUILD: '1' } : {},
    );

let passed = 0;
let failed = buildFailed ? 1 : 0;
let skipped = 0;
const skips: string[] = [];
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: {
      name: string;
      status: string;
      message?: string;
      assertionResults: { fullName: string; status: string; meta?: { skipReason?: string } }[];
    }[];
  };
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
  for (const file of result.testResults) {
    // A file that fails outside its tests (import error, failing or timed-out hook) counts as one failure.
    const fileError = file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed');
    if (fileError) failed += 1;
    const firstLine = (file.message ?? '').split('\n')[0] || 'a hook failed (see the error above)';
    for (const test of file.assertionResults) {
      if (test.status === 'passed' || test.status === 'failed') continue;
      const reason =
        test.meta?.skipReason ?? (fileError ? `not run, the file failed: ${firstLine}` : 'no reason given');
      skips.push(`${test.fullName}: ${reason}`);
    }
  }
} else if (vitestStatus !== 0) failed += 1;
if (vitestStatus !== 0 && failed === 0) failed = 1;

const gateResults = await Promise.all(gates);
if (gateResults.length > 0) console.log('\nStyle gates:');
for (const result of gateResults) {
  console.log(`${result.ok ? '✓' : '×'} ${result.name} ${seconds(result.ms)}`);
  if (!result.ok) console.log(result.output.slice(-8000) || '(no output)');
  if (result.ok) passed += 1;
  else failed += 1;
}
if (buildFailed) console.log('× The site build for the browser tests failed (output above); browser tests not run.');
if (skips.length > 0) console.log(`\nSkipped:\n${skips.map((line) => `- ${line}`).join('\n')}`);
console.log(`\nnpm test took ${seconds(performance.now() - started)}.`);
// DESIGN §4: the closing line names skipped tests too, so a skip is never hidden.
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
