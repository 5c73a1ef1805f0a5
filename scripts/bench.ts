/**
 * `npm run bench`: figures, not pass/fail. Builds the site (timing each stage), loads every page
 * type in Chromium (requests, gzip bytes split into HTML/CSS/JS/data), sizes the geometry, runs
 * Lighthouse (mobile) on home and an embed, and times the data check and pipeline on synthetic
 * Germany-sized data at 1×, 2×, 4×, 8×. Prints a report with the DESIGN §5 budgets and writes
 * bench-results/latest.json (gitignored) to compare between commits.
 *
 * Flags: --skip-build (measure the existing dist/), --lighthouse-runs N (default 5, 0 = skip),
 * --scales 1,2,4,8, --no-scale.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import {
  evaluateBudgets,
  growthRatios,
  median,
  resourceKind,
  splitBytes,
  type BenchFigures,
  type LighthouseResult,
  type LoadedResource,
  type PageWeight,
  type ScalePoint,
} from '../tools/bench/figures.ts';
import { scanTags } from '../tools/bench/html.ts';
import { districtsPerScale, syntheticData } from '../tools/bench/synthetic.ts';
import { validateData } from '../src/core/read/validate.ts';
import { formatFixed } from '../src/core/model/format.ts';
import { describeBrowser, findChromium, type ChosenBrowser } from '../tools/bench/browser-path.ts';
import { interactWithMap } from '../tools/bench/interact.ts';
import { measurePressPng, type PressPngFigure } from '../tools/bench/press-builder.ts';
import { serveStatic } from '../tools/bench/server.ts';
import { pageTypes, readSite } from '../tools/bench/site-pages.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const work = join(root, '.cache', 'bench');
const { values: flags } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '5' },
    scales: { type: 'string', default: '1,2,4,8' },
    'no-scale': { type: 'boolean', default: false },
  },
  strict: true,
});

const kb = (bytes: number) => `${formatFixed(bytes / 1000, 1)} kB`;
const seconds = (ms: number) => Math.round(ms) / 1000;
const say = (line = '') => console.log(line);

/** Runs a node script `repeats` times; returns the median wall time and peak memory, and the last status and output. */
function timeNodeMedian(args: string[], repeats: number) {
  const runs = Array.from({ length: repeats }, () => timeNode(args));
  const last = runs[runs.length - 1]!;
  return {
    seconds: median(runs.map((r) => r.seconds)),
    peakMb: median(runs.map((r) => r.peakMb)),
    status: last.status,
    output: last.output,
  };
}

/** Runs a node script, returning wall time (s), peak memory (MB), exit status and output. */
function timeNode(args: string[], env: Record<string, string> = {}) {
  const peakFile = join(work, `peak-${process.pid}.txt`);
  rmSync(peakFile, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', './tools/bench/peak-memory.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env, BENCH_PEAK_MEMORY_FILE: peakFile },
  });
  const elapsed = seconds(performance.now() - started);
  const peakMb = existsSync(peakFile) ? Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024) : Number.NaN;
  return { seconds: elapsed, peakMb, status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Builds dist/ in this process via scripts/build.ts, timing the Astro stage separately from the data stage. */
async function measureBuild(): Promise<BenchFigures['build']> {
  if (flags['skip-build']) return { skipped: '--skip-build: vorhandenes dist/ gemessen' };
  const { runBuild, astroBuild } = await import('./build.ts');
  const { parseDataFlags } = await import('../src/build/data-dir.ts');
  let astroSeconds = 0;
  const output: string[] = [];
  const started = performance.now();
  const code = await runBuild({
    flags: parseDataFlags([]),
    outDir: dist,
    generatedDir: join(root, 'src', 'generated'),
    quiet: true,
    log: (line) => output.push(line),
    logError: (line) => output.push(line),
    buildSite: async (outDir, quiet) => {
      const astroStarted = performance.now();
      await astroBuild(outDir, quiet);
      astroSeconds = seconds(performance.now() - astroStarted);
    },
  });
  const totalSeconds = seconds(performance.now() - started);
  if (code !== 0) {
    console.error(output.join('\n'));
    throw new Error('Der Build ist fehlgeschlagen; ohne Build keine Messung.');
  }
  return {
    stages: [
      { name: 'Daten prüfen, JSON/CSV schreiben', seconds: Math.round((totalSeconds - astroSeconds) * 1000) / 1000 },
      { name: 'Astro: Seiten und Bilder', seconds: astroSeconds },
    ],
    totalSeconds,
  };
}

async function weighPage(
  browser: Browser,
  baseUrl: string,
  name: string,
  path: string,
  interact = false,
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const pending: Promise<LoadedResource | null>[] = [];
  let requests = 0;
  page.on('request', () => requests++);
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          kind: resourceKind(response.request().resourceType(), response.url()),
          rawBytes: body.length,
          gzipBytes: gzipSync(body).length,
        }),
        () => null,
      ),
    );
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  if (interact) await interactWithMap(page);
  const resources = (await Promise.all(pending)).filter((r): r is LoadedResource => r !== null);
  const html = await page.content();
  const tags = scanTags(html);
  const inline = (tag: string) =>
    tags
      .filter((t) => t.name === tag && !t.attrs.has('src') && !/json/.test(t.attrs.get('type') ?? ''))
      .reduce((n, t) => n + Buffer.byteLength(t.text ?? ''), 0);
  await context.close();
  return {
    name,
    path,
    requests,
    ...splitBytes(resources),
    inlineCssBytes: inline('style'),
    inlineJsBytes: inline('script'),
  };
}

function geometry(): BenchFigures['geometry'] {
  const dir = join(dist, 'geo');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.(json|topojson)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file: `geo/${file}`, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    });
}

/** Starts the tests' Chromium with a DevTools port for Lighthouse; resolves with the port and a stop function. */
async function startDebuggableChromium(browser: ChosenBrowser): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = join(tmpdir(), `ki-nrw-lighthouse-${process.pid}`);
  const child = spawn(
    browser.executablePath,
    [
      ...browser.args.filter((a) => a !== '--headless'),
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...browser.env },
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Chromium meldete keinen DevTools-Port.')), 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', () => reject(new Error(`Chromium beendete sich: ${text.slice(0, 300)}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port,
    stop: async () => {
      child.kill();
      await exited; // Chromium writes its profile until it has exited
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number }>;
}

/** Returns the weighted audits below full score, as "category/audit-id". */
function shortfalls(lhr: LighthouseReport): string[] {
  return Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}/${ref.id}`),
  );
}

async function runLighthouse(
  browser: ChosenBrowser,
  pages: { name: string; url: string }[],
  runs: number,
): Promise<LighthouseResult[]> {
  if (runs <= 0) return pages.map((p) => ({ page: p.name, skipped: '--lighthouse-runs 0' }));
  let lighthouse: (url: string, flags: object) => Promise<{ lhr: LighthouseReport } | undefined>;
  let chrome: { port: number; stop: () => Promise<void> };
  try {
    lighthouse = (await import('lighthouse')).default as unknown as typeof lighthouse;
    chrome = await startDebuggableChromium(browser);
  } catch (error) {
    const reason = `Lighthouse konnte nicht starten: ${(error as Error).message}`;
    return pages.map((p) => ({ page: p.name, skipped: reason }));
  }
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const scores: Record<string, number[]> = {
        performance: [],
        accessibility: [],
        'best-practices': [],
        seo: [],
        cls: [],
      };
      let last: LighthouseReport | undefined;
      try {
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(page.url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          if (!result) throw new Error('kein Ergebnis');
          for (const category of ['performance', 'accessibility', 'best-practices', 'seo'])
            scores[category]!.push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
          scores.cls!.push(result.lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN);
          last = result.lhr;
        }
        results.push({
          page: page.name,
          runs,
          performance: median(scores.performance!),
          accessibility: median(scores.accessibility!),
          bestPractices: median(scores['best-practices']!),
          seo: median(scores.seo!),
          cls: median(scores.cls!),
          shortfalls: last ? shortfalls(last) : [],
        });
      } catch (error) {
        results.push({ page: page.name, skipped: `Lighthouse-Lauf fehlgeschlagen: ${(error as Error).message}` });
      }
    }
  } finally {
    await chrome.stop();
  }
  return results;
}

/** Each size is measured this often; the median damps noise from other processes on a shared machine. */
const repeats = 3;

function measureScale(scales: number[]): ScalePoint[] {
  const points: ScalePoint[] = [];
  const pipeline = existsSync(join(root, 'scripts', 'build-data.ts'));
  // Warm-up, so the in-process timing of the first size does not include JIT compilation.
  const warmup = Object.entries(syntheticData(1)).map(([name, text]) => ({
    name,
    size: text.length,
    bytes: new TextEncoder().encode(text),
  }));
  validateData(warmup, { today: '2026-01-01', expectedKreise: districtsPerScale, agsPrefix: null });
  for (const scale of scales) {
    const dir = join(work, `synthetic-${scale}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let rows = 0;
    const files = Object.entries(syntheticData(scale)).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      rows += text.trimEnd().split('\n').length - 1;
      const bytes = new TextEncoder().encode(text);
      return { name, size: bytes.length, bytes };
    });
    const districts = districtsPerScale * scale;
    // The pure check alone, in this process: growth without Node's start-up time.
    const coreSeconds = median(
      Array.from({ length: repeats }, () => {
        const started = performance.now();
        validateData(files, { dir, today: '2026-01-01', expectedKreise: districts, agsPrefix: null });
        return seconds(performance.now() - started);
      }),
    );
    const common = ['--data', dir, '--expect-kreise', String(districts), '--ags-prefix', ''];
    const check = timeNodeMedian(['scripts/check-data.ts', ...common], repeats);
    if (check.status !== 0)
      throw new Error(`data:check lehnt die synthetischen Daten ab (${scale}×):\n${check.output.slice(-2000)}`);
    // The pipeline writes its JSON next to the synthetic data, never into src/generated/.
    const build = pipeline
      ? timeNodeMedian(['scripts/build-data.ts', ...common, '--out', join(work, `synthetic-${scale}-out`)], repeats)
      : null;
    if (build && build.status !== 0)
      throw new Error(
        `Die Datenpipeline scheitert an den synthetischen Daten (${scale}×):\n${build.output.slice(-2000)}`,
      );
    points.push({
      scale,
      districts,
      rows,
      coreCheckSeconds: coreSeconds,
      checkSeconds: check.seconds,
      checkPeakMb: check.peakMb,
      pipelineSeconds: build?.seconds ?? null,
      pipelinePeakMb: build?.peakMb ?? null,
    });
  }
  return points;
}

function printReport(f: BenchFigures): void {
  say(`\nKI-Atlas NRW – Benchmark (${f.commit}, Node ${f.node})`);
  const png = f.pressPng ?? { skipped: 'nicht gemessen' };
  say(
    'skipped' in png
      ? `\nPressebild 1080 × 1350 im Browser: nicht gemessen – ${png.skipped}`
      : `\nPressebild ${png.format} im Browser (${png.cpuSlowdown}× CPU-Drosselung): ${Math.round(png.medianMs)} ms Median (Läufe: ${png.runsMs.join(', ')} ms; Ziel ≤ 1000 ms)`,
  );
  say('\nBuild');
  if ('skipped' in f.build) say(`  übersprungen: ${f.build.skipped}`);
  else {
    for (const stage of f.build.stages) say(`  ${stage.name.padEnd(28)} ${formatFixed(stage.seconds, 2)} s`);
    if (f.build.stages.length === 0) say('  (scripts/build.ts lieferte keine Zeiten je Stufe)');
    say(`  ${'gesamt'.padEnd(28)} ${formatFixed(f.build.totalSeconds, 2)} s`);
  }
  say('\nSeiten, erster Aufruf (gzip; Anfragen)');
  say(
    `  ${'Seite'.padEnd(30)} ${'HTML'.padStart(9)} ${'CSS'.padStart(9)} ${'JS'.padStart(9)} ${'Daten'.padStart(9)} ${'Bilder'.padStart(9)} ${'Fonts'.padStart(9)} ${'gesamt'.padStart(9)}  Anfr.`,
  );
  for (const p of [...f.pages, ...(f.homeAfterMapInteraction ? [f.homeAfterMapInteraction] : [])]) {
    const g = p.gzip;
    say(
      `  ${`${p.name} /${p.path}`.slice(0, 30).padEnd(30)} ${kb(g.html).padStart(9)} ${kb(g.css).padStart(9)} ${kb(g.js).padStart(9)} ${kb(g.data).padStart(9)} ${kb(g.image).padStart(9)} ${kb(g.font).padStart(9)} ${kb(g.total).padStart(9)}  ${String(p.requests).padStart(5)}`,
    );
  }
  say(
    '  (HTML enthält die inline geschriebenen Styles: ' +
      f.pages.map((p) => `${p.name} ${kb(p.inlineCssBytes)} roh`).join(', ') +
      ')',
  );
  say('\nGeometrie');
  for (const g of f.geometry) say(`  ${g.file}: ${kb(g.rawBytes)} roh, ${kb(g.gzipBytes)} gzip`);
  if (f.geometry.length === 0) say('  keine Datei unter dist/geo/');
  say('\nLighthouse (mobil, Median)');
  for (const lh of f.lighthouse) {
    if ('skipped' in lh) say(`  ${lh.page}: nicht gemessen – ${lh.skipped}`);
    else {
      say(
        `  ${lh.page}: Performance ${lh.performance}, Barrierefreiheit ${lh.accessibility}, Best Practices ${lh.bestPractices}, SEO ${lh.seo}, CLS ${formatFixed(lh.cls, 3)} (${lh.runs} Läufe)`,
      );
      if (lh.shortfalls.length) say(`    unter voller Punktzahl (letzter Lauf): ${lh.shortfalls.join(', ')}`);
    }
  }
  if (f.scale.length) {
    say(`\nSkalierung (synthetische Daten; Median aus ${repeats} Läufen; Zeit inkl. Node-Start)`);
    const checkGrowth = growthRatios(f.scale.map((p) => ({ scale: p.scale, seconds: p.checkSeconds })));
    const coreGrowth = growthRatios(f.scale.map((p) => ({ scale: p.scale, seconds: p.coreCheckSeconds })));
    const pipeGrowth = growthRatios(f.scale.map((p) => ({ scale: p.scale, seconds: p.pipelineSeconds ?? Number.NaN })));
    f.scale.forEach((p, i) => {
      const pipe =
        p.pipelineSeconds === null
          ? 'Pipeline: scripts/build-data.ts fehlt'
          : `Pipeline ${formatFixed(p.pipelineSeconds, 2)} s, ${p.pipelinePeakMb} MB (×${formatFixed(pipeGrowth[i]!, 2)})`;
      say(
        `  ${String(p.scale).padStart(2)}× ${String(p.districts).padStart(5)} Kreise ${String(p.rows).padStart(6)} Zeilen: data:check ${formatFixed(p.checkSeconds, 2)} s, ${p.checkPeakMb} MB (×${formatFixed(checkGrowth[i]!, 2)}), davon Prüfung ${formatFixed(p.coreCheckSeconds, 2)} s (×${formatFixed(coreGrowth[i]!, 2)}); ${pipe}`,
      );
    });
    say('  (×1,00 = Zeit je Größeneinheit wie bei 1×; Werte nahe 1 oder darunter = linear)');
  }
  say('\nBudgets (DESIGN §5)');
  for (const b of f.budgets) {
    const mark = b.met === null ? '–' : b.met ? '✓' : '✗';
    const value =
      b.value === null || Number.isNaN(b.value)
        ? 'nicht gemessen'
        : `${b.unit === 'score' ? b.value : formatFixed(b.value, 1)} ${b.unit === 'score' ? '' : b.unit}`.trim();
    say(
      `  ${mark} ${b.name.padEnd(52)} ${value} (Grenze ${b.unit === 'score' ? '≥' : '≤'} ${b.limit}${b.unit === 'score' ? '' : ` ${b.unit}`})`,
    );
  }
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return 'unbekannt';
    }
  })();
  say('Baue die Website …');
  const build = await measureBuild();
  const site = readSite(dist);
  const { pages, missing } = pageTypes(site);
  if (missing.length) say(`Hinweis: diese Seitentypen fehlen im Build: ${missing.join(', ')}`);
  // Compressed like GitHub Pages, so Lighthouse sees realistic transfer sizes.
  const server = await serveStatic(dist, { gzip: true });
  const chosen = await findChromium();
  say(describeBrowser(chosen));
  const browser = await chromium.launch({
    executablePath: chosen.executablePath,
    args: chosen.args,
    env: { ...process.env, ...chosen.env },
  });
  const weights: PageWeight[] = [];
  let homeAfter: PageWeight | null = null;
  let pressPng: PressPngFigure | { skipped: string } | undefined;
  try {
    say('Lade die Seitentypen in Chromium …');
    for (const p of pages) weights.push(await weighPage(browser, server.url, p.name, p.path));
    const home = pages.find((p) => p.name === 'home');
    if (home) homeAfter = await weighPage(browser, server.url, 'home+karte', home.path, true);
    say('Pressebild im Browser (4× CPU-Drosselung) …');
    pressPng = await measurePressPng(browser, server.url).catch((error: unknown) => ({ skipped: String(error) }));
  } finally {
    await browser.close();
  }
  const runs = Number(flags['lighthouse-runs']);
  say(`Lighthouse (${runs} Läufe je Seite) …`);
  const lighthousePages = pages
    .filter((p) => p.name === 'home' || p.name === 'embed-karte')
    .map((p) => ({ name: p.name, url: new URL(p.path, server.url).href }));
  const lighthouse = await runLighthouse(chosen, lighthousePages, runs);
  await server.close();
  const scales = flags['no-scale'] ? [] : flags.scales.split(',').map(Number);
  if (scales.length) say(`Skalierung ${scales.join('×, ')}× …`);
  const scale = measureScale(scales);
  const partial = {
    commit,
    measuredAt: new Date().toISOString(),
    node: process.versions.node,
    build,
    pages: weights,
    homeAfterMapInteraction: homeAfter,
    pressPng,
    geometry: geometry(),
    lighthouse,
    scale,
  };
  const figures: BenchFigures = { ...partial, budgets: evaluateBudgets(partial) };
  printReport(figures);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify(figures, null, 2)}\n`);
  say('\nZahlen gespeichert in bench-results/latest.json');
}

await main();
