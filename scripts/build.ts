/**
 * `npm run build [-- --data DIR] [--out DIR]`: the whole build, atomic.
 * 1. Checks the data; on errors prints them and stops (exit 1) before writing anything.
 * 2. Writes src/generated/ (scripts/build-data.ts).
 * 3. Runs `astro build` into a temporary folder next to the output (OUT-tmp-<pid>).
 * 4. Only then swaps it in: OUT → OUT-old-<pid>, OUT-tmp-<pid> → OUT, deletes the old one.
 * So a failed build never leaves a broken or half-written OUT (default dist/).
 * --out DIR builds elsewhere (tests use it so they never touch the dist/ of the e2e tests);
 * --data, --today, --expect-kreise, --ags-prefix, --allow-shrink as for data:check.
 * Astro always reads src/generated/, so that is where the data goes (there is no --generated);
 * a lock file there stops a second build that would mix two data sets, and temporary
 * OUT-tmp-<pid>/OUT-old-<pid> folders of killed builds are removed at the start.
 * It says what it does, one line per stage with its time: data (summary, rows per table, hints),
 * the committed geometry, pages, images; then one summary line. Astro itself only speaks on
 * warnings and errors. CI=true prints only the summary line unless something is wrong.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatFileSize, formatNumber } from '../src/core/model/format.ts';
import { countWord, formatProblem } from '../src/core/read/problems.ts';
import { formatSuccess, notBuilt, reportLines } from '../src/core/read/report.ts';
import { tableSpecs } from '../src/core/read/schema.ts';
import { placeholderFields, placeholderHint } from '../src/core/hosting/site-check.ts';
import { site } from '../src/site.config.ts';
import { writeDataHistory } from '../src/build/data-history.ts';
import { writeHostingHeaders } from '../src/build/hosting-headers.ts';
import { runDataPipeline, writeGenerated } from './build-data.ts';
import { parseDataFlags, type DataFlags } from '../src/build/data-dir.ts';
import { acquireBuildLock, removeStaleBuildFolders } from '../src/build/build-lock.ts';
import { crashLines } from '../src/core/read/crash.ts';
import { isGithubActions } from '../src/core/read/annotations.ts';

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
  /** The committed district geometry Astro bundles (default public/geo/nrw-kreise.topo.json). */
  geometryFile?: string;
}

/** The committed TopoJSON of the districts, relative to the project root. */
export const defaultGeometryFile = join('public', 'geo', 'nrw-kreise.topo.json');

/** Runs `astro build` programmatically with telemetry off and the given output folder, then writes the hosting headers. */
export const astroBuild: SiteBuilder = async (outDir) => {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  // At 'info' Astro lists every route (~120 lines); runBuild prints its own counts instead.
  // Warnings and errors are "something wrong", so Astro shows them also in CI.
  await build({ root: process.cwd(), outDir, logLevel: 'warn' });
  // HTTP headers for hosts that can set them (frame-ancestors, nosniff, cache); GitHub Pages ignores them.
  writeHostingHeaders(outDir, (process.env.SITE_BASE || '/').replace(/\/?$/, '/'));
};

/** Returns a duration: "35 ms" below a tenth of a second, else "6,6 s". */
const seconds = (ms: number) => (ms < 100 ? `${formatNumber(ms, 0)} ms` : `${formatNumber(ms / 1000, 1)} s`);

/** Returns a folder as the user would name it: relative to the project when inside it. */
function show(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? './' : rel.startsWith('..') ? `${dir}/` : `${rel}/`;
}

/** Returns the files below a folder (relative paths). */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/** Returns the line about the committed geometry: file, size, number of district shapes. */
export function geometryLine(file: string): string {
  if (!existsSync(file)) return `Geometrie: ${file} fehlt (npm run geo:build erzeugt sie).`;
  const text = readFileSync(file, 'utf8');
  const topo = JSON.parse(text) as { objects?: Record<string, { geometries?: unknown[] }> };
  const shapes = Object.values(topo.objects ?? {}).reduce((n, o) => n + (o.geometries?.length ?? 0), 0);
  return `Geometrie: ${file}, ${formatFileSize(Buffer.byteLength(text))}, ${countWord(shapes, 'Kreis', 'Kreise')}.`;
}

/** Counts the built pages (HTML files) and images (PNG and SVG below bilder/) of an output folder. */
export function countOutput(dir: string): { pages: number; png: number; svg: number; imageBytes: number } {
  const images = filesBelow(join(dir, 'bilder')).filter((f) => /\.(png|svg)$/.test(f));
  return {
    pages: filesBelow(dir).filter((f) => f.endsWith('.html')).length,
    png: images.filter((f) => f.endsWith('.png')).length,
    svg: images.filter((f) => f.endsWith('.svg')).length,
    imageBytes: images.reduce((sum, f) => sum + statSync(join(dir, 'bilder', f)).size, 0),
  };
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
  const say = (line: string) => {
    if (!o.quiet) o.log(line);
  };
  const result = runDataPipeline(o.flags);
  const { problems, stats } = result.validation;
  if (!result.atlas) {
    for (const line of reportLines(problems, stats)) o.logError(line);
    o.logError(notBuilt);
    return 1;
  }
  for (const p of problems) o.log(formatProblem(p));
  writeGenerated(result, o.generatedDir);
  // The data's git history: /daten/aenderungen/, its feed and /daten/stand/<JJJJ-MM-TT>/.
  const history = writeDataHistory(o.flags.dataDir, o.generatedDir);
  if (history.status === 'unavailable') o.log(`Hinweis: ${history.reason}`);
  say(`${formatSuccess(stats, result.validation.hints)} (${seconds(performance.now() - started)})`);
  const { tables } = result.validation;
  say(
    `Tabellen: ${tableSpecs.map((spec) => `${spec.file} ${tables[spec.name]?.rows.length ?? 0}`).join(', ')} Zeilen.`,
  );
  const geoStarted = performance.now();
  const geometry = geometryLine(o.geometryFile ?? defaultGeometryFile);
  say(`${geometry} (${seconds(performance.now() - geoStarted)})`);
  const fresh = `${o.outDir}-tmp-${process.pid}`;
  const astroStarted = performance.now();
  say(`Astro baut Seiten und Bilder nach ${show(fresh)} …`);
  try {
    await o.buildSite(fresh, o.quiet);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    o.logError(`Der Astro-Build ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    o.logError(notBuilt);
    return 1;
  }
  const built = countOutput(fresh);
  const images = built.png + built.svg;
  say(
    `Seiten: ${countWord(built.pages, 'HTML-Seite', 'HTML-Seiten')} (Astro, ${seconds(performance.now() - astroStarted)}).`,
  );
  say(
    `Bilder: ${built.png} PNG, ${built.svg} SVG in bilder/, ${formatFileSize(built.imageBytes)} (im selben Astro-Lauf gerendert).`,
  );
  swapInto(fresh, o.outDir);
  o.log(
    `Website gebaut: ${countWord(built.pages, 'Seite', 'Seiten')} und ${countWord(images, 'Bild', 'Bilder')} in ${show(o.outDir)} ` +
      `in ${seconds(performance.now() - started)}.`,
  );
  return 0;
}

/** Runs the build from the command line; an unexpected failure ends in one German line, not a stack trace. */
async function main(): Promise<number> {
  const flags = parseDataFlags(process.argv.slice(2), ['out']);
  const generatedDir = join('src', 'generated');
  const outDir = resolve((flags.rest['out'] as string | undefined) ?? 'dist');
  mkdirSync(generatedDir, { recursive: true });
  const lock = acquireBuildLock(join(generatedDir, '.build-lock'));
  if (!lock.ok) {
    console.error(lock.message);
    return 1;
  }
  try {
    const removed = removeStaleBuildFolders(outDir);
    if (removed.length > 0 && process.env.CI !== 'true')
      console.log(`Aufgeräumt: ${removed.join(', ')} (Reste abgebrochener Builds).`);
    return await buildWith(flags, outDir, generatedDir);
  } finally {
    lock.release();
  }
}

function buildWith(flags: DataFlags, outDir: string, generatedDir: string): Promise<number> {
  return runBuild({
    flags,
    outDir,
    generatedDir,
    quiet: process.env.CI === 'true',
    log: (line) => console.log(line),
    logError: (line) => console.error(line),
    buildSite: astroBuild,
  });
}

if (import.meta.main) {
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    if (process.env.KI_ATLAS_DEBUG) console.error(error);
    for (const line of crashLines(error, 'Der Build', isGithubActions(process.env))) console.error(line);
    console.error(notBuilt);
  }
  // Shown even in CI: a public Impressum must not carry the repository's placeholders.
  const hint = placeholderHint(
    placeholderFields({ ...site.operator, accessibilityContact: site.accessibilityContact }),
  );
  if (code === 0 && hint) console.log(hint);
  process.exit(code);
}
