/**
 * Charts designed for phones (issue #12 point 3), in real Chromium at 360, 768 and 1280 px: no element
 * scrolls sideways except a table whose first column stays in place, no visible chart text is under
 * 12 CSS px, each chart shows exactly one of its two layouts, and a chart embed switches layout with
 * its iframe's width while the host page still fits the iframe to it.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteUrl, useBrowser } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';

const newPage = useBrowser();

/** /kosten/, Kleve's page and every chart embed that the build wrote. */
function chartPages(): string[] {
  const embeds = readdirSync(join(inject('distDir'), 'embed', 'kosten'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/embed/kosten/${entry.name}/`);
  return ['/kosten/', '/kreis/05154-kreis-kleve/', '/embed/kosten/', ...embeds];
}

interface PageReport {
  /** Elements that scroll sideways without being a table with a sticky first column. */
  scrolling: string[];
  /** True when the document itself is wider than the viewport. */
  pageScrolls: boolean;
  /** Visible chart texts under 12 CSS px: "text (size px)". */
  small: string[];
  /** Per chart figure: how many of its SVGs are shown, and the class of the shown one. */
  figures: { id: string; shown: number; narrow: boolean }[];
  /** Number of chart texts measured. */
  texts: number;
}

/** Measures scrolling, chart text size and the shown layouts in the page (runs in the browser). */
function report(page: Page | Frame): Promise<PageReport> {
  return page.evaluate(() => {
    const stickyFirstColumn = (el: Element) => {
      const rows = [...el.querySelectorAll('table tr')];
      return (
        rows.length > 0 &&
        rows.every((tr) => !tr.firstElementChild || getComputedStyle(tr.firstElementChild).position === 'sticky')
      );
    };
    const scrolling = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const { overflowX } = getComputedStyle(el);
        return (overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
      })
      .filter((el) => !stickyFirstColumn(el))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
    const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
    const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.ki-chart')].filter(shown);
    const small: string[] = [];
    let texts = 0;
    for (const svg of svgs) {
      const scale = svg.getScreenCTM()?.a ?? 1;
      for (const text of svg.querySelectorAll('text')) {
        texts++;
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < 11.995) small.push(`${text.textContent} (${px.toFixed(2)} px)`);
      }
    }
    const figures = [...document.querySelectorAll('figure.chart-frame')].map((figure) => {
      const visible = [...figure.querySelectorAll('svg.ki-chart')].filter(shown);
      return {
        id: figure.id,
        shown: visible.length,
        narrow: visible[0]?.classList.contains('ki-chart--narrow') ?? false,
      };
    });
    const root = document.documentElement;
    return { scrolling, pageScrolls: root.scrollWidth > root.clientWidth, small, figures, texts };
  });
}

describe('cost charts on phones and desktops', () => {
  it('finds /kosten/, the Kleve page and at least five chart embeds', () => {
    expect(chartPages().length).toBeGreaterThanOrEqual(8);
  });

  // The phone layout shows while a chart's box is under 880 px: on phones and tablets.
  for (const width of [360, 768, 1280]) {
    it.each(chartPages())(
      `%s at ${width} px: nothing scrolls sideways but tables with a fixed first column, chart text ≥ 12 px`,
      async (path) => {
        const { page, consoleErrors } = await newPage({ viewport: { width, height: 800 } });
        await page.goto(siteUrl(path));
        // Embeds fold their table behind "Daten zur Grafik": open it, so the table is measured too.
        await page.$$eval('details', (els) => els.forEach((el) => el.setAttribute('open', '')));
        const r = await report(page);
        expect(r.scrolling).toEqual([]);
        expect(r.pageScrolls).toBe(false);
        expect(r.small).toEqual([]);
        expect(r.texts).toBeGreaterThan(20);
        expect(r.figures.length).toBeGreaterThan(0);
        for (const figure of r.figures) expect(figure).toEqual({ id: figure.id, shown: 1, narrow: width < 1280 });
        expect(consoleErrors).toEqual([]);
        await page.context().close();
      },
    );
  }

  it('keeps the name column of the yearly table in place while the table scrolls at 360 px', async () => {
    const { page } = await newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(siteUrl('/kosten/'));
    const region = page.locator('#kosten-jahre .table-scroll');
    await region.scrollIntoViewIfNeeded();
    const before = await page.$eval('#kosten-jahre tbody th', (th) => th.getBoundingClientRect().left);
    await region.evaluate((el) => el.scrollBy({ left: 400 }));
    const after = await page.$eval('#kosten-jahre tbody th', (th) => ({
      left: th.getBoundingClientRect().left,
      text: th.textContent?.trim(),
    }));
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(300);
    expect(after).toEqual({ left: before, text: '2012' });
    await page.context().close();
  });
});

describe('the home page on phones and desktops', () => {
  for (const width of [360, 1280]) {
    it(`/ at ${width} px: nothing scrolls sideways but tables with a fixed first column, roll-out text ≥ 12 px`, async () => {
      const { page, consoleErrors } = await newPage({ viewport: { width, height: 800 } });
      await page.goto(siteUrl('/'));
      await page.$$eval('details', (els) => els.forEach((el) => el.setAttribute('open', '')));
      const r = await report(page);
      expect(r.scrolling).toEqual([]);
      expect(r.pageScrolls).toBe(false);
      const small = await page.$$eval<string[], SVGSVGElement>('svg[data-rollout]', (svgs) =>
        svgs
          .filter((svg) => getComputedStyle(svg).display !== 'none' && svg.getBoundingClientRect().width > 0)
          .flatMap((svg) => {
            const scale = svg.getScreenCTM()?.a ?? 1;
            return [...svg.querySelectorAll('text')]
              .map((text) => ({ text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * scale }))
              .filter((t) => t.px < 11.995)
              .map((t) => `${t.text} (${t.px.toFixed(2)} px)`);
          }),
      );
      expect(small).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('a chart embed on a host page', () => {
  let host: StaticServer;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ki-nrw-chart-host-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gastseite</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
      <body style="margin:0"><iframe id="jahre" src="${siteUrl('/embed/kosten/jahre/')}" data-ki-nrw="kosten-jahre"
      title="Landesmittel je Jahr" style="display:block;width:100%;height:150px;border:0"></iframe>
      <script src="${siteUrl('/embed.js')}"></script></body></html>`,
    );
    host = await serveStatic(dir);
  });

  afterAll(async () => {
    await host?.close();
  });

  it('switches to the phone layout when the iframe narrows to 360 px and the iframe follows its height', async () => {
    const { page, consoleErrors } = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    const frame = (await (await page.$('iframe#jahre'))?.contentFrame()) as Frame;
    const fitted = async () => {
      await expect
        .poll(
          async () => {
            const outer = await page.$eval('iframe#jahre', (el) => el.getBoundingClientRect().height);
            const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
            return outer !== 150 && Math.abs(outer - inner) <= 3;
          },
          { timeout: 20_000 },
        )
        .toBe(true);
      return {
        height: await page.$eval('iframe#jahre', (el) => el.getBoundingClientRect().height),
        ...(await report(frame)),
      };
    };
    const wide = await fitted();
    expect(wide.figures).toEqual([{ id: 'kosten-jahre', shown: 1, narrow: false }]);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(async () => (await report(frame)).figures[0]?.narrow).toBe(true);
    const narrow = await fitted();
    expect(narrow.scrolling).toEqual([]);
    expect(narrow.small).toEqual([]);
    expect(narrow.height).not.toBe(wide.height);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
