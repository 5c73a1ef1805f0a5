/**
 * `npm run build [-- --data DIR] [--out DIR]`: the whole build, atomic.
 * 1. Checks the data; on errors prints them and stops (exit 1) before writing anything.
 * 2. Writes src/generated/ (scripts/build-data.ts).
 * 3. Runs `astro build` into a temporary folder next to the output (OUT-tmp-<pid>).
 * 4. Only then swaps it in: OUT → OUT-old-<pid>, OUT-tmp-<pid> → OUT, deletes the old one.
 * So a failed build never leaves a broken or half-written OUT (default dist/).
 * --out DIR builds elsewhere (tests use it so they never touch the dist/ of the e2e tests);
 * --data, --today, --expect-kreise, --ags-prefix as for data:check. CI=true prints only the
 * summary line unless something is wrong.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatNumber } from '../src/lib/format.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { formatSuccess, notBuilt, reportLines } from '../src/lib/report.ts';
import { runDataPipeline, writeGenerated } from './build-data.ts';
import { parseDataFlags, type DataFlags } from './lib/data-dir.ts';

/** Builds the site into outDir (absolute); rejects on failure. */
export type SiteBuilder = (outDir: string, quiet: boolean) => Promise<void>;

/** Where build output goes and how the build talks. */
export interface BuildOptions {
  flags: DataFlags;
  /** Final output folder (default dist). */
  outDir: string;
  /** Folder for src/generated output (default src/generated). */
  generatedDir: string;
  /** True in CI: print only the summary line unless something is wrong. */
  quiet: boolean;
  log: (line: string) => void;
  logError: (line: string) => void;
  buildSite: SiteBuilder;
}

/** Runs `astro build` programmatically with telemetry off and the given output folder. */
export const astroBuild: SiteBuilder = async (outDir, quiet) => {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir, logLevel: quiet ? 'warn' : 'info' });
};

const seconds = (ms: number) => `${formatNumber(ms / 1000, 1)} s`;

/** Returns a folder as the user would name it: relative to the project when inside it. */
function show(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? './' : rel.startsWith('..') ? `${dir}/` : `${rel}/`;
}

/** Returns the number of HTML files below a folder. */
function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Moves the freshly built folder into place; the previous output exists until the new one is in. */
export function swapInto(fresh: string, outDir: string): void {
  const old = `${outDir}-old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  try {
    renameSync(fresh, outDir);
  } catch (error) {
    if (existsSync(old)) renameSync(old, outDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Runs the build; returns the exit code (0 = built and swapped in, 1 = nothing changed). */
export async function runBuild(o: BuildOptions): Promise<number> {
  const started = performance.now();
  const say = (line: string) => { if (!o.quiet) o.log(line); };
  const result = runDataPipeline(o.flags);
  const { problems, stats } = result.validation;
  if (!result.atlas) {
    for (const line of reportLines(problems, stats)) o.logError(line);
    o.logError(notBuilt);
    return 1;
  }
  for (const p of problems) o.log(formatProblem(p));
  writeGenerated(result, o.flags.dataDir, o.generatedDir);
  say(`${formatSuccess(stats, problems.length)} (${seconds(performance.now() - started)})`);
  const fresh = `${o.outDir}-tmp-${process.pid}`;
  const astroStarted = performance.now();
  say(`Astro baut die Website nach ${show(fresh)} …`);
  try {
    await o.buildSite(fresh, o.quiet);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    o.logError(`Der Astro-Build ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    o.logError(notBuilt);
    return 1;
  }
  const pages = countHtml(fresh);
  say(`Astro fertig: ${pages} HTML-Seiten (${seconds(performance.now() - astroStarted)}).`);
  swapInto(fresh, o.outDir);
  o.log(`Website gebaut: ${pages} Seiten in ${show(o.outDir)} in ${seconds(performance.now() - started)}.`);
  return 0;
}

if (import.meta.main) {
  const flags = parseDataFlags(process.argv.slice(2), ['out', 'generated']);
  const code = await runBuild({
    flags,
    outDir: resolve((flags.rest['out'] as string | undefined) ?? 'dist'),
    generatedDir: (flags.rest['generated'] as string | undefined) ?? join('src', 'generated'),
    quiet: process.env.CI === 'true',
    log: (line) => console.log(line),
    logError: (line) => console.error(line),
    buildSite: astroBuild,
  });
  process.exit(code);
}
