/**
 * Browser gates in Debian Chromium: no request leaves the site (every page type, with the map
 * made interactive, and every built page on plain load), no request fails, no CSP violation or
 * script error. The accessibility gate (axe-core) is gates-axe.test.ts, so both run side by side.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { urlPathOf } from '../../tools/bench/links.ts';
import { gatePages, interact } from './gate-pages.ts';
import { siteUrl, useBrowser } from './harness.ts';
import { htmlFiles, readSite } from '../../tools/bench/site-pages.ts';

const site = readSite(inject('distDir'));
const pages = gatePages(site);
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
