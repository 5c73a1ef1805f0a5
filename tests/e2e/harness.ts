/**
 * Browser harness for e2e tests: one Chromium (see browser-path.ts) per test file via playwright-core,
 * pages that record console errors and every request, and the URL of the served dist/.
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findChromium } from '../../tools/bench/browser-path.ts';

/** The repository's root folder. */
export const projectRoot = join(import.meta.dirname, '..', '..');

/** Launches the chosen Chromium headless with a fresh profile (playwright-core makes a temporary one per launch). */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args, env } = await findChromium();
  return chromium.launch({ executablePath, args, env: { ...process.env, ...env } });
}

/** Returns the absolute URL of a site path on the test server: siteUrl('/kosten/'). */
export function siteUrl(path = '/'): string {
  return new URL(path.replace(/^\//, ''), inject('baseUrl')).href;
}

export interface TrackedPage {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

/** Opens a page in a new context that records console errors, page errors and request URLs. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  return { page, consoleErrors, requests };
}

/**
 * Launches one browser for the calling test file (before its first test, closed after its last) and
 * returns a function that opens a tracked page in it: `const newPage = useBrowser();`.
 */
export function useBrowser(): (options?: BrowserContextOptions) => Promise<TrackedPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (options = {}) => {
    if (!browser)
      throw new Error('useBrowser(): the browser is not running (call useBrowser() at the top of a test file)');
    return openPage(browser, options);
  };
}
