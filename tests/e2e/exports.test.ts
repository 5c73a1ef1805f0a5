/**
 * Build output of the press kit: every image /einbetten/ advertises exists with exactly the
 * stated pixel size, every SVG states source and Stand, maps carry their status colours, and
 * every page's Open Graph / Twitter image points at an existing 1200 × 630 PNG.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mapExportClasses } from '../../src/core/charts/export-styles.ts';
import { htmlFiles, readSite } from '../../tools/bench/site-pages.ts';
import type { SiteFiles } from '../../tools/bench/links.ts';

let dist: string;
let site: SiteFiles;
let standDate: string;

/** Returns [width, height] from a PNG's IHDR chunk, or null when the bytes are no PNG. */
function pngSize(bytes: Buffer): [number, number] | null {
  if (
    bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' ||
    bytes.subarray(12, 16).toString('latin1') !== 'IHDR'
  )
    return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Returns the value of every `attr` on tags matching `tag` in an HTML string. */
function attrs(html: string, tagPattern: RegExp, attr: string): string[] {
  return [...html.matchAll(tagPattern)].map((m) => new RegExp(`\\s${attr}="([^"]*)"`).exec(m[0])?.[1] ?? '');
}

/** Returns the text an SVG draws, its <text> lines joined with spaces (export lines wrap at spaces). */
function drawnText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
}

function fileOf(url: string): string {
  return join(dist, decodeURIComponent(new URL(url, 'http://site.invalid/').pathname));
}

beforeAll(() => {
  dist = inject('distDir');
  site = readSite(dist);
  const iso = /data-stand="(\d{4}-\d{2}-\d{2})"/.exec(site.read('index.html'))?.[1] ?? '';
  standDate = iso.split('-').reverse().join('.');
});

describe('press-kit images', () => {
  let downloads: { href: string; label: string }[];

  beforeAll(() => {
    const html = site.read('einbetten/index.html');
    downloads = [...html.matchAll(/<a href="([^"]+)" download[^>]*>([^<]+)<\/a>/g)].map((m) => ({
      href: m[1]!,
      label: m[2]!,
    }));
  });

  it('advertises four files for each map and each /kosten/ chart', () => {
    const charts = attrs(site.read('kosten/index.html'), /<figure\b[^>]*class="chart-frame"[^>]*>/g, 'id');
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const key of ['karte-heute', 'karte-2017-10-10', ...charts]) {
      expect(
        downloads
          .map((d) => d.href)
          .filter((href) => href.startsWith(`/bilder/${key}.`) || href.startsWith(`/bilder/${key}-`)),
        key,
      ).toEqual([
        `/bilder/${key}.svg`,
        `/bilder/${key}-1200x630.png`,
        `/bilder/${key}-1080x1080.png`,
        `/bilder/${key}-druck-2400x1800.png`,
      ]);
    }
  });

  it('every advertised PNG exists with exactly the pixel size its label states', () => {
    const pngs = downloads.filter((d) => d.href.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(4 * 3 + 1);
    const wrong = pngs.flatMap(({ href, label }) => {
      const stated = /PNG (\d+) × (\d+)/.exec(label);
      if (!stated) return [`${href}: label „${label}“ states no size`];
      if (!existsSync(fileOf(href))) return [`${href}: missing`];
      const size = pngSize(readFileSync(fileOf(href)));
      return size?.join('×') === `${stated[1]}×${stated[2]}`
        ? []
        : [`${href}: ${size?.join('×') ?? 'no PNG'} instead of ${stated[1]}×${stated[2]}`];
    });
    expect(wrong).toEqual([]);
  });

  it('every advertised SVG states the source, the licence and the Stand', () => {
    const svgs = downloads.filter((d) => d.href.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThanOrEqual(6);
    const wrong = svgs.flatMap(({ href }) => {
      if (!existsSync(fileOf(href))) return [`${href}: missing`];
      const svg = readFileSync(fileOf(href), 'utf8');
      const drawn = drawnText(svg);
      const missing = ['Quelle: KI-Atlas NRW', `Stand: ${standDate}`, 'CC BY 4.0'].filter((t) => !drawn.includes(t));
      if (!svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')) missing.push('<svg xmlns=…> root');
      return missing.map((t) => `${href}: no „${t}“`);
    });
    expect(standDate).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(wrong).toEqual([]);
  });

  it('draws the map of 10.10.2017 with Kleve as the only district without KI, in its export colours', () => {
    const svg = readFileSync(join(dist, 'bilder', 'karte-2017-10-10.svg'), 'utf8');
    const statuses = [...svg.matchAll(/data-ags="(\d{5})" data-status="([a-z-]+)"/g)].map((m) => [m[1], m[2]]);
    expect(statuses).toHaveLength(53);
    expect(statuses.filter(([, status]) => status !== 'ki')).toEqual([['05154', 'ohne-ki']]);
    expect(drawnText(svg)).toMatch(/Karte: © GeoBasis-DE \/ BKG \(\d{4}\) \(Daten verändert\)/);
    // The export stylesheet follows KreisMap's classes: a renamed class would leave shapes uncoloured.
    for (const cls of mapExportClasses) expect(svg, cls).toMatch(new RegExp(`class="[^"]*\\b${cls}\\b`));
  });
});

describe('Open Graph and Twitter images', () => {
  it('every page points at its own existing 1200 × 630 PNG, on SITE_URL when set, else root-relative', () => {
    // Never a guessed host: absolute only on the configured origin.
    const prefix = process.env.SITE_URL ? new URL('/bilder/', process.env.SITE_URL).href : '/bilder/';
    const pages = htmlFiles(site);
    expect(pages.length).toBeGreaterThan(100);
    const wrong = pages.flatMap((file) => {
      const html = site.read(file);
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      const twitter = /<meta name="twitter:image" content="([^"]+)"/.exec(html)?.[1];
      if (!og) return [`${file}: no og:image`];
      if (twitter !== og) return [`${file}: twitter:image ${twitter} ≠ og:image ${og}`];
      if (!og.startsWith(prefix)) return [`${file}: og:image ${og} does not start with ${prefix}`];
      if (!existsSync(fileOf(og))) return [`${file}: ${og} missing`];
      const size = pngSize(readFileSync(fileOf(og)));
      if (size?.join('×') !== '1200×630') return [`${file}: ${og} is ${size?.join('×')}`];
      if (
        !html.includes('<meta property="og:image:width" content="1200"') ||
        !html.includes('<meta property="og:image:height" content="630"')
      )
        return [`${file}: size meta missing`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('gives district pages and their embeds the district image, /kosten/ its chart, other pages the map', () => {
    const og = (file: string) =>
      /<meta property="og:image" content="[^"]*?(\/bilder\/(?:og|presse)\/[^"]+)"/.exec(site.read(file))?.[1];
    expect(og('kreis/05154-kreis-kleve/index.html')).toBe('/bilder/presse/kreis-05154-1200x630.png');
    expect(og('embed/kreis/05154/index.html')).toBe('/bilder/presse/kreis-05154-1200x630.png');
    expect(og('kosten/index.html')).toBe('/bilder/og/kosten.png');
    expect(og('index.html')).toBe('/bilder/og/karte.png');
    expect(og('einbetten/index.html')).toBe('/bilder/og/karte.png');
  });
});
