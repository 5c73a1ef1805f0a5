/**
 * The pages the browser gates visit: one of every page type plus every embed besides the page-type
 * ones (e.g. /embed/kosten/jahre/), except the 53 district embeds (one stands for all); and the
 * interaction that loads everything a visitor can load (Leaflet, the geometry, the page's end).
 */
import type { Page } from 'playwright-core';
import { interactWithMap } from '../../tools/bench/interact.ts';
import type { SiteFiles } from '../../tools/bench/links.ts';
import { htmlFiles, pageTypes, type PageType } from '../../tools/bench/site-pages.ts';

/** Returns the page types of the built site and the other embeds. */
export function gatePages(site: SiteFiles): PageType[] {
  const types = pageTypes(site).pages;
  const otherEmbeds = htmlFiles(site)
    .filter((file) => file.startsWith('embed/') && !file.startsWith('embed/kreis/'))
    .map((file) => ({ name: 'embed', path: file.slice(0, -'index.html'.length), embed: true }))
    .filter((extra) => !types.some((p) => p.path === extra.path));
  return [...types, ...otherEmbeds];
}

/** Interacts with the map (Leaflet and the geometry load), then scrolls to the end of the page. */
export async function interact(page: Page): Promise<void> {
  await interactWithMap(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // The gate is about which requests happen, not how fast: under load a page with iframes may take a while.
  await page.waitForLoadState('networkidle', { timeout: 90_000 });
}
