/**
 * Browser gates in Debian Chromium: no request leaves the site (every page type, with the map
 * made interactive, and every built page on plain load), no request fails, no CSP violation or
 * script error; axe-core finds no serious or critical violation in light and dark mode.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { urlPathOf } from '../../tools/bench/links.ts';
import { siteUrl, useBrowser } from './harness.ts';
import { interactWithMap } from '../../tools/bench/interact.ts';
import { htmlFiles, pageTypes, readSite } from '../../tools/bench/site-pages.ts';

const site = readSite(inject('distDir'));
const types = pageTypes(site).pages;
// Every embed besides the page-type ones (e.g. /embed/kosten/jahre/), except the 53 district embeds: one stands for all.
const otherEmbeds = htmlFiles(site)
  .filter((file) => file.startsWith('embed/') && !file.startsWith('embed/kreis/'))
  .map((file) => ({ name: 'embed', path: file.slice(0, -'index.html'.length), embed: true }))
  .filter((extra) => !types.some((p) => p.path === extra.path));
const pages = [...types, ...otherEmbeds];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const newPage = useBrowser();

/** Returns true for URLs served by the test server itself (and for data:/blob: URLs, which load nothing). */
function isOwn(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.origin === new URL(siteUrl('/')).origin;
}

/** Records requests that fail or get an error status; aborts any request to another origin (after it was recorded). */
async function guard(page: Page): Promise<string[]> {
  const failures: string[] = [];
  await page.route(
    (url) => !isOwn(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the next navigation cancelled a request still in flight (e.g. the favicon); not a fault of the site.
    const reason = request.failure()?.errorText;
    if (isOwn(request.url()) && reason !== 'net::ERR_ABORTED') failures.push(`failed ${request.url()}: ${reason}`);
  });
  return failures;
}

/** Interacts with the map (Leaflet and the geometry load), then scrolls to the end of the page. */
async function interact(page: Page): Promise<void> {
  await interactWithMap(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

describe('requests stay on the site', () => {
  it.each(pages.map((p) => [p.name, p.path]))(
    '%s (/%s): only own-origin requests, none failing, no script or CSP error',
    async (_name, path) => {
      const { page, consoleErrors, requests } = await newPage();
      const failures = await guard(page);
      await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      await interact(page);
      expect(requests.filter((url) => !isOwn(url))).toEqual([]);
      expect(failures).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  it('every built page loads without a third-party or failing request', { timeout: 300_000 }, async () => {
    const { page, requests } = await newPage();
    const failures = await guard(page);
    for (const file of htmlFiles(site)) {
      if (file === '404.html') continue; // served with status 404 on purpose
      await page.goto(siteUrl(urlPathOf(file, '/')), { waitUntil: 'load' });
    }
    expect(requests.filter((url) => !isOwn(url))).toEqual([]);
    expect(failures).toEqual([]);
    await page.context().close();
  });
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the loaded page and returns serious and critical violations as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5})` : ''}`,
    );
}

const axePages = pages.filter((p) => ['home', 'kreis', 'kosten', 'daten', 'einbetten'].includes(p.name) || p.embed);

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(axePages.map((p) => [p.name, p.path]))(
      `%s (/%s) in ${colorScheme} mode: no serious or critical violation`,
      async (_name, path) => {
        // bypassCSP only so that axe can be injected; the CSP itself is checked above.
        const { page } = await newPage({
          colorScheme,
          bypassCSP: true,
          viewport: { width: 390, height: 844 },
        });
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        expect(await seriousViolations(page)).toEqual([]);
        await page.context().close();
      },
    );
  }

  it('home with the interactive map loaded, light and dark: no serious or critical violation', async () => {
    const home = pages.find((p) => p.name === 'home');
    expect(home).toBeDefined();
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await newPage({ colorScheme, bypassCSP: true });
      await page.goto(siteUrl(home!.path), { waitUntil: 'networkidle' });
      await interact(page);
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});
