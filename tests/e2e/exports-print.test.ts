/**
 * Print: every district page prints as exactly one A4 page (Chromium's PDF output), with its
 * name, status sentence, locator map, funding chart, sources and the page's address.
 */
import { describe, expect, inject, it } from 'vitest';
import { siteUrl, useBrowser } from './harness.ts';
import { htmlFiles, readSite } from '../../tools/bench/site-pages.ts';

const newPage = useBrowser();

describe('district fact sheet', () => {
  // 53 page loads and PDFs: about 30 s on an idle machine, over a minute on a loaded 2-core one.
  it('prints every district page on one A4 page', { timeout: 240_000 }, async () => {
    const pages = htmlFiles(readSite(inject('distDir'))).filter((file) =>
      /^kreis\/\d{5}-[^/]+\/index\.html$/.test(file),
    );
    expect(pages).toHaveLength(53);
    const { page } = await newPage();
    const counts: string[] = [];
    for (const file of pages) {
      await page.goto(siteUrl(`/${file.replace(/index\.html$/, '')}`));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (pageCount !== 1) counts.push(`${file}: ${pageCount} Seiten`);
    }
    expect(counts).toEqual([]);
    await page.context().close();
  });

  it('shows map, key figures, chart, sources and the address on paper, not the navigation', async () => {
    const { page } = await newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(siteUrl('/kreis/05154-kreis-kleve/'));
    const visible = (selector: string) =>
      page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0);
    expect(await visible('.kreis-page__top .kreis-map__svg')).toBe(true);
    expect(await visible('.kreis-page__facts')).toBe(true);
    expect(await visible('.kreis-kosten svg.ki-chart')).toBe(true);
    expect(await visible('.kreis-page__zentrum .source-list')).toBe(true);
    expect(await visible('.print-url')).toBe(true);
    expect(await page.textContent('.print-url')).toMatch(/^Online: .*\/kreis\/05154-kreis-kleve\/$/);
    expect(await visible('.site-nav')).toBe(false);
    expect(await visible('.breadcrumbs')).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await visible('.print-url')).toBe(false);
    await page.context().close();
  });
});
