import { describe, expect, it } from 'vitest';
import {
  emptySplit,
  evaluateBudgets,
  growthRatios,
  median,
  resourceKind,
  splitBytes,
  type PageWeight,
} from '../../tools/bench/figures.ts';

describe('resourceKind(resourceType, url)', () => {
  it.each([
    ['document', 'http://x/', 'html'],
    ['stylesheet', 'http://x/_astro/a.css', 'css'],
    ['script', 'http://x/_astro/a.js', 'js'],
    ['fetch', 'http://x/geo/nrw.topo.json', 'data'],
    ['other', 'http://x/daten/kreise.csv', 'data'],
    ['other', 'http://x/favicon.svg', 'image'],
    ['other', 'http://x/fonts/a.woff2', 'font'],
    ['other', 'http://x/robots', 'other'],
  ])('%s %s is %s', (type, url, kind) => {
    expect(resourceKind(type, url)).toBe(kind);
  });
});

describe('splitBytes(resources)', () => {
  it('adds gzip and raw bytes per kind and in total', () => {
    const { gzip, raw } = splitBytes([
      { url: 'http://x/', kind: 'html', rawBytes: 10_000, gzipBytes: 3_000 },
      { url: 'http://x/a.js', kind: 'js', rawBytes: 5_000, gzipBytes: 2_000 },
      { url: 'http://x/b.js', kind: 'js', rawBytes: 1_000, gzipBytes: 500 },
    ]);
    expect(gzip).toEqual({ ...emptySplit(), html: 3_000, js: 2_500, total: 5_500 });
    expect(raw.total).toBe(16_000);
  });
});

describe('median(values) and growthRatios(points)', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([90, 100, 80, 100, 95])).toBe(95);
    expect(median([1, 4, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('returns time per size unit relative to the first point', () => {
    expect(
      growthRatios([
        { scale: 1, seconds: 2 },
        { scale: 2, seconds: 4 },
        { scale: 8, seconds: 32 },
      ]),
    ).toEqual([1, 1, 2]);
  });
});

function page(name: string, gzipTotal: number, js = 0): PageWeight {
  return {
    name,
    path: `${name}/`,
    requests: 3,
    gzip: { ...emptySplit(), js, total: gzipTotal },
    raw: emptySplit(),
    inlineCssBytes: 0,
    inlineJsBytes: 0,
  };
}

describe('evaluateBudgets(figures)', () => {
  it('compares each measured figure with DESIGN §5 and leaves unmeasured ones open', () => {
    const results = evaluateBudgets({
      commit: 'abc',
      measuredAt: '2026-01-01T00:00:00Z',
      node: '24.0.0',
      build: { stages: [], totalSeconds: 21.5 },
      pages: [page('home', 48_000, 16_000), page('embed-karte', 29_000)],
      homeAfterMapInteraction: null,
      pressPng: { format: '1080 × 1350', cpuSlowdown: 4, runsMs: [900, 1200, 850], medianMs: 900 },
      geometry: [{ file: 'geo/nrw.topo.json', rawBytes: 40_000, gzipBytes: 12_900 }],
      lighthouse: [
        {
          page: 'home',
          runs: 5,
          performance: 99,
          accessibility: 100,
          bestPractices: 100,
          seo: 100,
          cls: 0,
          shortfalls: ['performance/total-blocking-time'],
        },
        {
          page: 'embed-karte',
          runs: 5,
          performance: 100,
          accessibility: 100,
          bestPractices: 100,
          seo: 50,
          cls: 0,
          shortfalls: ['seo/is-crawlable'],
        },
      ],
      scale: [],
    });
    expect(results.map((r) => [r.name, r.value, r.met])).toEqual([
      ['Startseite, erster Aufruf, gesamt (gzip)', 48, true],
      ['Startseite, JavaScript (gzip)', 16, false],
      ['Startseite nach Laden der Leaflet-Karte (gzip)', null, null],
      ['Einbettung embed-karte/ (gzip)', 29, true],
      ['NRW-Geometrie (gzip)', 12.9, true],
      ['Vollständiger Build', 21.5, false],
      ['Pressebild 1080 × 1350 im Browser, 4× CPU-Drosselung', 900, true],
      ['Seite /einbetten/ mit Bildbaukasten, JavaScript (gzip)', null, null],
      ['Datenpipeline, 400 Kreise × 14 Jahre', null, null],
      ['Lighthouse mobil home, niedrigste Kategorie', 99, false],
      ['Lighthouse mobil embed-karte, niedrigste Kategorie (ohne SEO: noindex)', 100, true],
    ]);
  });
});
