/**
 * The site shell in Chromium: the pages of the shell answer, speak German, have one h1, show the
 * data's Stand in the footer, mark the current page in the navigation, have a working skip link,
 * fit a 360 px screen and switch to the dark palette.
 */
import { describe, expect, it } from 'vitest';
import { formatDateLong } from '../../src/core/model/format.ts';
import { colors } from '../../src/core/charts/theme.ts';
import { atlas } from '../../src/build/site-data.ts';
import { siteUrl, useBrowser } from './harness.ts';

const shellPages = [
  { path: '/daten/', h1: 'Daten und Downloads', nav: 'Daten' },
  { path: '/methodik/', h1: 'Methodik', nav: 'Methodik' },
  { path: '/impressum/', h1: 'Impressum', nav: null },
  { path: '/datenschutz/', h1: 'Datenschutzerklärung', nav: null },
  { path: '/barrierefreiheit/', h1: 'Erklärung zur Barrierefreiheit', nav: null },
];
const newPage = useBrowser();

/** Returns the rgb() form Chromium reports for a #rrggbb colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('shell pages', () => {
  it.each(shellPages)(
    '$path answers 200 in German with one h1 „$h1“ and the Stand in the footer',
    async ({ path, h1 }) => {
      const { page, consoleErrors } = await newPage();
      const response = await page.goto(siteUrl(path));
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.locator('h1').allTextContents()).toEqual([h1]);
      const stand = page.locator('footer.site-footer [data-stand]');
      expect(await stand.getAttribute('data-stand')).toBe(atlas.stand);
      expect((await stand.innerText()).trim()).toBe(`Stand der Daten: ${formatDateLong(atlas.stand)}`);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  it.each(shellPages)('$path marks only its own navigation entry as current', async ({ path, nav }) => {
    const { page } = await newPage();
    await page.goto(siteUrl(path));
    const current = await page.locator('nav.site-nav a[aria-current="page"]').allTextContents();
    expect(current).toEqual(nav ? [nav] : []);
    await page.context().close();
  });

  it('links the footer to data, method and the legal pages, which all exist', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/methodik/'));
    const links = await page
      .locator('.site-footer__nav a')
      .evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    expect(links.map(([text]) => text)).toEqual([
      'Daten, Quellen und Downloads',
      'Methodik',
      'Impressum',
      'Datenschutz',
      'Barrierefreiheit',
    ]);
    for (const [, href] of links) expect((await fetch(href!)).status, href!).toBe(200);
    await page.context().close();
  });

  it('answers an unknown address with the German 404 page', async () => {
    const { page } = await newPage();
    const response = await page.goto(siteUrl('/gibt-es-nicht/'));
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('h1').allTextContents()).toEqual(['Seite nicht gefunden']);
    await page.context().close();
  });
});

describe('skip link', () => {
  it('is the first thing Tab reaches, becomes visible and moves focus to the main content', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/datenschutz/'));
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Zum Inhalt springen');
    const box = await focused.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#inhalt');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    await page.context().close();
  });
});

describe('small screens and dark mode', () => {
  it.each([...shellPages.map((p) => p.path), '/gibt-es-nicht/'])(
    '%s has no horizontal scrolling at 360 px',
    async (path) => {
      const { page } = await newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(siteUrl(path));
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.context().close();
    },
  );

  it('uses the dark palette of theme.ts when the system asks for it, and the light one otherwise', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await newPage({ colorScheme: scheme });
      await page.goto(siteUrl('/methodik/'));
      const style = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { background: body.backgroundColor, color: body.color };
      });
      expect(style).toEqual({ background: rgb(colors[scheme].background), color: rgb(colors[scheme].text) });
      await page.context().close();
    }
  });
});
