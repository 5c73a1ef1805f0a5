/**
 * The benchmark's figures and the pure arithmetic on them: byte totals per kind of resource,
 * medians, growth per size step, and the comparison with the budgets of DESIGN §5.
 */

/** What a loaded resource counts as in the page-weight split. */
export type ResourceKind = 'html' | 'css' | 'js' | 'data' | 'image' | 'font' | 'other';

/** Bytes per resource kind (gzip or raw), plus the total. */
export type ByteSplit = Record<ResourceKind | 'total', number>;

/** One response as the benchmark saw it in Chromium. */
export interface LoadedResource {
  url: string;
  kind: ResourceKind;
  rawBytes: number;
  gzipBytes: number;
}

/** Weight of one page type on first load. */
export interface PageWeight {
  name: string;
  path: string;
  requests: number;
  gzip: ByteSplit;
  raw: ByteSplit;
  /** Raw bytes of CSS and JS written inline into the HTML (counted in `html`). */
  inlineCssBytes: number;
  inlineJsBytes: number;
}

/** Timing and peak memory of the data check and pipeline at one size. */
export interface ScalePoint {
  scale: number;
  districts: number;
  rows: number;
  /** validateData alone, in the benchmark's process (no Node start-up). */
  coreCheckSeconds: number;
  /** `node scripts/check-data.ts` as a whole, including Node's start-up and file reading. */
  checkSeconds: number;
  checkPeakMb: number;
  pipelineSeconds: number | null;
  pipelinePeakMb: number | null;
}

/** Lighthouse mobile scores (0–100, median of the runs) for one page, or why it did not run. */
export type LighthouseResult =
  | {
      page: string;
      runs: number;
      performance: number;
      accessibility: number;
      bestPractices: number;
      seo: number;
      cls: number;
      /** Weighted audits that scored below 1 in the last run, as "category/audit-id". */
      shortfalls: string[];
    }
  | { page: string; skipped: string };

/** Everything `npm run bench` measures; written to bench-results/latest.json. */
export interface BenchFigures {
  commit: string;
  measuredAt: string;
  node: string;
  build: { stages: { name: string; seconds: number }[]; totalSeconds: number } | { skipped: string };
  pages: PageWeight[];
  homeAfterMapInteraction: PageWeight | null;
  /** The press builder's time to a 1080 × 1350 PNG at 4× CPU slowdown (tools/bench/press-builder.ts). */
  pressPng?: { format: string; cpuSlowdown: number; runsMs: number[]; medianMs: number } | { skipped: string };
  geometry: { file: string; rawBytes: number; gzipBytes: number }[];
  lighthouse: LighthouseResult[];
  scale: ScalePoint[];
  budgets: BudgetResult[];
}

const kindsByResourceType: Record<string, ResourceKind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  fetch: 'data',
  xhr: 'data',
  image: 'image',
  font: 'font',
};

/** Returns the kind of a resource from Chromium's resource type, falling back to the file extension. */
export function resourceKind(resourceType: string, url: string): ResourceKind {
  const byType = kindsByResourceType[resourceType];
  if (byType) return byType;
  const path = new URL(url).pathname;
  if (/\.(json|csv|geojson|topojson)$/.test(path)) return 'data';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(path)) return 'image';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.html?$|\/$/.test(path)) return 'html';
  return 'other';
}

/** Returns zeroed byte totals. */
export function emptySplit(): ByteSplit {
  return { html: 0, css: 0, js: 0, data: 0, image: 0, font: 0, other: 0, total: 0 };
}

/** Returns gzip and raw byte totals per kind for a page's resources. */
export function splitBytes(resources: readonly LoadedResource[]): { gzip: ByteSplit; raw: ByteSplit } {
  const gzip = emptySplit();
  const raw = emptySplit();
  for (const r of resources) {
    gzip[r.kind] += r.gzipBytes;
    gzip.total += r.gzipBytes;
    raw[r.kind] += r.rawBytes;
    raw.total += r.rawBytes;
  }
  return { gzip, raw };
}

/** Returns the median of the values (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Returns how time grows with size: for each point, seconds divided by scale relative to the
 * smallest point (1.0 everywhere = perfectly linear; 2.0 at 8× would mean quadratic creep).
 */
export function growthRatios(points: readonly { scale: number; seconds: number }[]): number[] {
  const first = points[0];
  if (!first || first.seconds <= 0) return points.map(() => Number.NaN);
  const perUnit = first.seconds / first.scale;
  return points.map((p) => p.seconds / p.scale / perUnit);
}

/** One budget of DESIGN §5 with the measured value. */
export interface BudgetResult {
  name: string;
  limit: number;
  value: number | null;
  unit: 'kB' | 's' | 'ms' | 'score';
  met: boolean | null;
}

/** The budgets of DESIGN §5 (sizes in kB = 1,000 bytes gzip). `atMost`: lower is better; else higher. */
export const budgets = {
  homeTotalKb: 60,
  homeJsKb: 15,
  homeAfterMapKb: 110,
  embedKb: 30,
  geometryKb: 15,
  fullBuildSeconds: 20,
  germanyPipelineSeconds: 60,
  lighthouseScore: 100,
  pressBuilderKb: 40,
  pressPngMs: 1000,
} as const;

function check(
  name: string,
  limit: number,
  value: number | null,
  unit: BudgetResult['unit'],
  atMost = true,
): BudgetResult {
  const met = value === null || Number.isNaN(value) ? null : atMost ? value <= limit : value >= limit;
  return { name, limit, value, unit, met };
}

/** Returns every budget of DESIGN §5 against the figures; `met` is null where nothing was measured. */
export function evaluateBudgets(f: Omit<BenchFigures, 'budgets'>): BudgetResult[] {
  const kb = (bytes: number | undefined) => (bytes === undefined ? null : bytes / 1000);
  const home = f.pages.find((p) => p.name === 'home');
  const embeds = f.pages.filter((p) => p.name.startsWith('embed-'));
  const results = [
    check('Startseite, erster Aufruf, gesamt (gzip)', budgets.homeTotalKb, kb(home?.gzip.total), 'kB'),
    check('Startseite, JavaScript (gzip)', budgets.homeJsKb, kb(home?.gzip.js), 'kB'),
    check(
      'Startseite nach Laden der Leaflet-Karte (gzip)',
      budgets.homeAfterMapKb,
      kb(f.homeAfterMapInteraction?.gzip.total),
      'kB',
    ),
    ...embeds.map((e) => check(`Einbettung ${e.path} (gzip)`, budgets.embedKb, kb(e.gzip.total), 'kB')),
    check(
      'NRW-Geometrie (gzip)',
      budgets.geometryKb,
      f.geometry.length ? kb(Math.max(...f.geometry.map((g) => g.gzipBytes))) : null,
      'kB',
    ),
    check(
      'Vollständiger Build',
      budgets.fullBuildSeconds,
      'totalSeconds' in f.build ? f.build.totalSeconds : null,
      's',
    ),
  ];
  const einbetten = f.pages.find((p) => p.name === 'einbetten');
  results.push(
    check(
      'Pressebild 1080 × 1350 im Browser, 4× CPU-Drosselung',
      budgets.pressPngMs,
      f.pressPng && !('skipped' in f.pressPng) ? f.pressPng.medianMs : null,
      'ms',
    ),
    check(
      'Seite /einbetten/ mit Bildbaukasten, JavaScript (gzip)',
      budgets.pressBuilderKb,
      kb(einbetten?.gzip.js),
      'kB',
    ),
  );
  const germany = f.scale.find((p) => p.scale === 1);
  const germanySeconds = germany ? germany.checkSeconds + (germany.pipelineSeconds ?? Number.NaN) : null;
  results.push(check('Datenpipeline, 400 Kreise × 14 Jahre', budgets.germanyPipelineSeconds, germanySeconds, 's'));
  for (const lh of f.lighthouse) {
    if ('skipped' in lh) continue;
    // Embeds carry robots noindex on purpose (the host page is what should be found), so SEO does not apply to them.
    const embed = lh.page.startsWith('embed');
    const lowest = Math.min(lh.performance, lh.accessibility, lh.bestPractices, ...(embed ? [] : [lh.seo]));
    const name = `Lighthouse mobil ${lh.page}, niedrigste Kategorie${embed ? ' (ohne SEO: noindex)' : ''}`;
    results.push(check(name, budgets.lighthouseScore, lowest, 'score', false));
  }
  return results;
}
