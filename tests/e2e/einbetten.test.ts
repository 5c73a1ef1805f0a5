/**
 * /einbetten/: every graphic has a live preview, a snippet with this site's address and the
 * /embed.js line, a working copy button (Clipboard API, else a visible fallback), a citation
 * and downloads; the district picker and the colour scheme rewrite them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atlas } from '../../src/build/site-data.ts';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();
const origin = () => new URL(siteUrl('/')).origin;

/** Returns the German date of the data Stand as the footer states it. */
async function stand(page: Page): Promise<string> {
  const iso = await page.$eval('[data-stand]', (el) => el.getAttribute('data-stand') ?? '');
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

describe('/einbetten/', () => {
  it('offers both maps, every /kosten/ chart and the district card, each with preview, snippet, citation and downloads', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/kosten/'));
    const charts = await page.$$eval('figure.chart-frame[id]', (els) => els.map((el) => el.id));
    await page.goto(siteUrl('/einbetten/'));
    const items = await page.$$eval('[data-press-item]', (els) => els.map((el) => el.id));
    expect(items).toEqual(['karte-heute', 'karte-2017-10-10', ...charts, 'kreis-05154']);
    expect(charts.length).toBeGreaterThanOrEqual(4);

    for (const id of items) {
      const item = await page.$(`#${id}`);
      const snippet = await item!.$eval('textarea[data-snippet]', (el) => (el as HTMLTextAreaElement).value);
      const embedPath = await item!.getAttribute('data-embed-path');
      expect(snippet, id).toContain(
        `<iframe src="${origin()}/${embedPath!.replace('&', '&amp;')}" data-ki-nrw="${id}"`,
      );
      expect(snippet, id).toContain(`<script src="${origin()}/embed.js" async></script>`);
      expect(await item!.$eval('iframe[data-ki-nrw]', (el) => el.getAttribute('src')), id).toBe(`/${embedPath}`);
      expect(await item!.$$eval('a[download]', (els) => els.length), id).toBeGreaterThanOrEqual(1);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('writes a citation with source, publisher, licence, Stand and, for maps, the geometry attribution', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/einbetten/'));
    const date = await stand(page);
    const map = await page.$eval(
      '#karte-2017-10-10 textarea[data-citation]',
      (el) => (el as HTMLTextAreaElement).value,
    );
    expect(map).toMatch(
      new RegExp(
        `^Quelle: KI-Atlas NRW \\(${origin()}/\\?stichtag=2017-10-10\\), Daten: \\S+ NRW u\\. a\\., Lizenz: CC BY 4\\.0, Stand: ${date.replace(/\./g, '\\.')} \\(Datenstand: ${origin()}/daten/stand/${atlas.stand}/\\), Karte: © GeoBasis-DE / BKG \\(\\d{4}\\) \\(Daten verändert\\), GeoNutzV$`,
      ),
    );
    const chart = await page.$eval(
      '[data-press-item][id^="kosten-"] textarea[data-citation]',
      (el) => (el as HTMLTextAreaElement).value,
    );
    expect(chart).toContain(`Lizenz: CC BY 4.0, Stand: ${date} (Datenstand: ${origin()}/daten/stand/${atlas.stand}/)`);
    expect(chart).not.toContain('Karte:');
    await page.context().close();
  });

  it('copies the snippet with the Clipboard API', async () => {
    const { page } = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl('/einbetten/'));
    await page.click('button[data-copy="karte-heute-code"]');
    await expect.poll(() => page.textContent('#karte-heute-code-status')).toBe('Kopiert.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.$eval('#karte-heute-code', (el) => (el as HTMLTextAreaElement).value));
    await page.context().close();
  });

  it('without a Clipboard API selects the whole text and says to press Ctrl+C', async () => {
    const { page } = await newPage();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(siteUrl('/einbetten/'));
    await page.click('button[data-copy="karte-heute-zitat"]');
    expect(await page.textContent('#karte-heute-zitat-status')).toBe(
      'Bitte mit Strg+C kopieren (Mac: Cmd+C) – der Text ist markiert.',
    );
    const selection = await page.$eval('#karte-heute-zitat', (el) => {
      const field = el as HTMLTextAreaElement;
      return [document.activeElement === field, field.selectionStart, field.selectionEnd === field.value.length];
    });
    expect(selection).toEqual([true, 0, true]);
    await page.context().close();
  });

  it('points snippet, preview, citation and download at the chosen district', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/einbetten/'));
    await page.selectOption('select[data-kreis-picker]', '05334');
    const item = (await page.$('[data-press-item][data-embed-path^="embed/kreis/"]'))!;
    expect(await item.$eval('iframe[data-ki-nrw]', (el) => el.getAttribute('src'))).toBe('/embed/kreis/05334/');
    expect(await item.$eval('textarea[data-snippet]', (el) => (el as HTMLTextAreaElement).value)).toContain(
      `<iframe src="${origin()}/embed/kreis/05334/" data-ki-nrw="kreis-05334" title="KI-Atlas NRW: Städteregion Aachen"`,
    );
    expect(await item.$eval('textarea[data-citation]', (el) => (el as HTMLTextAreaElement).value)).toContain(
      `(${origin()}/kreis/05334-staedteregion-aachen/)`,
    );
    expect(await item.$eval('a[download]', (el) => el.getAttribute('href'))).toBe('/bilder/og/kreis-05334.png');
    await page.context().close();
  });

  it('adds the chosen colour scheme to every snippet, after ?stichtag= where there is one', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/einbetten/'));
    await page.check('input[name="theme"][value="dark"]');
    expect(await page.$eval('#karte-heute-code', (el) => (el as HTMLTextAreaElement).value)).toContain(
      `src="${origin()}/embed/karte/?theme=dark"`,
    );
    expect(await page.$eval('#karte-2017-10-10-code', (el) => (el as HTMLTextAreaElement).value)).toContain(
      `src="${origin()}/embed/karte/?stichtag=2017-10-10&amp;theme=dark"`,
    );
    expect(await page.$eval('#karte-heute iframe', (el) => el.getAttribute('src'))).toBe('/embed/karte/?theme=dark');
    await page.context().close();
  });

  it('sizes its own previews with /embed.js', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/einbetten/'));
    const frame = (await (await page.$('#kreis-05154 iframe'))!.contentFrame())!;
    await expect
      .poll(async () => {
        const outer = await page.$eval('#kreis-05154 iframe', (el) => el.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        return Math.abs(outer - inner) <= 3;
      })
      .toBe(true);
    await page.context().close();
  });

  it('shows the snippets without JavaScript and hides the copy buttons that could not work', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/einbetten/'));
    expect(await page.$eval('#karte-heute-code', (el) => (el as HTMLTextAreaElement).value)).toContain(
      'data-ki-nrw="karte-heute"',
    );
    expect(
      await page.$$eval('button[data-copy]', (els) => els.filter((el) => !(el as HTMLButtonElement).hidden).length),
    ).toBe(0);
    await page.context().close();
  });
});
