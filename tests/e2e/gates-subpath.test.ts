/**
 * Sub-path deploy gate: a build with SITE_BASE=/ki-nrw/ (as on GitHub Pages) keeps every link,
 * asset and runtime request inside /ki-nrw/. Built from a temporary copy of the project.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenReferences } from '../../tools/bench/links.ts';
import { launchBrowser, openPage } from './harness.ts';
import { interactWithMap } from '../../tools/bench/interact.ts';
import { isolatedBuild, type IsolatedBuild } from './isolated-build.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';
import { pageTypes, readSite } from '../../tools/bench/site-pages.ts';

const base = '/ki-nrw/';
let build: IsolatedBuild;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  build = isolatedBuild({ env: { SITE_BASE: base } });
  if (build.status === 0) {
    server = await serveStatic(build.dist, { base });
    browser = await launchBrowser();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  build?.remove();
});

describe(`a build with SITE_BASE=${base}`, () => {
  it('succeeds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('has no link, asset, CSS url() or JS import that misses a file or leaves the base path', () => {
    const broken = findBrokenReferences(readSite(build.dist), base).map((b) => `${b.from}: ${b.url} (${b.problem})`);
    expect(broken).toEqual([]);
  });

  it(
    'loads every page type under the base path with all requests answered and none outside it',
    { timeout: 180_000 },
    async () => {
      expect(server, 'build failed').toBeDefined();
      const site = readSite(build.dist);
      const origin = new URL(server!.url).origin;
      const findings: string[] = [];
      for (const { name, path } of pageTypes(site).pages) {
        const { page, requests, consoleErrors } = await openPage(browser!);
        page.on('response', (response) => {
          if (response.status() >= 400) findings.push(`${name}: ${response.status()} ${response.url()}`);
        });
        await page.route(
          (url) => url.origin !== origin,
          (route) => route.abort('blockedbyclient'),
        );
        await page.goto(new URL(path, server!.url).href, { waitUntil: 'networkidle' });
        await interactWithMap(page);
        for (const url of requests) {
          const parsed = new URL(url);
          if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') continue;
          if (parsed.origin !== origin) findings.push(`${name}: third-party request ${url}`);
          else if (!parsed.pathname.startsWith(base)) findings.push(`${name}: request outside ${base}: ${url}`);
        }
        findings.push(...consoleErrors.map((e) => `${name}: console error: ${e}`));
        await page.context().close();
      }
      expect(findings).toEqual([]);
    },
  );
});
