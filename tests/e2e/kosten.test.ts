import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();
const charts = ['kosten-jahre', 'kosten-geldgeber', 'kosten-beispiel', 'kosten-einwohner', 'kosten-abgleich'];

describe('/kosten/', () => {
  it('renders every chart as SVG, wide and for phones, with title, Stand, source and licence inside, and no console errors', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/kosten/'));
    for (const id of charts) {
      await expect(page.locator(`#${id} svg.ki-chart`).count()).resolves.toBe(2);
      for (const [selector, width] of [
        [`#${id} svg.ki-chart:not(.ki-chart--narrow)`, 760],
        [`#${id} svg.ki-chart--narrow`, 320],
      ] as const) {
        const svg = page.locator(selector);
        const text = await svg.evaluate((el) =>
          Array.from(el.querySelectorAll('text'))
            .map((t) => t.textContent)
            .join('\n'),
        );
        expect(text).toMatch(/^Quelle: KI-Atlas NRW/m);
        expect(text).toMatch(/^Stand: \d{2}\.\d{2}\.\d{4} · Lizenz: CC BY 4\.0$/m);
        expect(await svg.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${width} \\d+`));
      }
      expect(await page.locator(`#${id} .chart-description`).textContent()).not.toBe('');
      // The figure is named by the chart's title (the accessible name of its <title>).
      const title = await page.locator(`#${id}-title`).textContent();
      expect(await page.getAttribute(`#${id}`, 'aria-labelledby')).toBe(`${id}-title`);
      expect(title).not.toBe('');
    }
    expect(consoleErrors).toEqual([]);
  });

  it('introduces the two readings from 2022 as a sentence of its own after the teacher posts', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/kosten/'));
    const text = await page.$eval('#landesweit + p', (p) => p.textContent?.replace(/\s+/g, ' ').trim());
    expect(text).toContain('nur für 2017–2019 belegt). Ab 2022: zwei Lesarten ab 2022');
    await page.context().close();
  });

  it('shows the 2017 Kreis example with the motion’s figures in the chart and in its table', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/kosten/'));
    const chartText = await page.locator('#kosten-beispiel svg.ki-chart:not(.ki-chart--narrow)').textContent();
    for (const label of ['+ 270.000\u00a0€', '+ 50.000\u00a0€', '+ 227.500\u00a0€', '= 547.500\u00a0€'])
      expect(chartText).toContain(label);
    const rows = await page.locator('#kosten-beispiel table tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('Pauschale 5,5 Stellen') && r.includes('270.000\u00a0€'))).toBe(true);
    expect(rows.some((r) => r.includes('Kreiszuschlag') && r.includes('50.000\u00a0€'))).toBe(true);
  });

  it('has the same yearly totals in the table as in the chart segments', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/kosten/'));
    const segments = await page
      .locator('#kosten-jahre svg rect[data-category="2019"]')
      .evaluateAll((rects) =>
        rects
          .filter((r) => r.getAttribute('data-series') !== '__range')
          .map((r) => r.querySelector('title')?.textContent ?? ''),
      );
    expect(segments.length).toBeGreaterThan(1);
    const row = await page.locator('#kosten-jahre table tbody tr', { hasText: '2019' }).first().allTextContents();
    for (const title of segments) {
      const amount = /(\d[\d.]*\u00a0€)[¹²]$/.exec(title)?.[1];
      expect(amount && row[0]?.includes(amount)).toBe(true);
    }
  });

  it('puts every table in a scroll region that the keyboard reaches and the table caption names', async () => {
    const { page } = await newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(siteUrl('/kosten/'));
    const regions = await page.$$eval('.table-scroll', (els) =>
      els.map((el) => ({
        tabindex: el.getAttribute('tabindex'),
        role: el.getAttribute('role'),
        name: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent,
        caption: el.querySelector('caption')?.textContent,
        scrolls: el.scrollWidth > el.clientWidth,
      })),
    );
    expect(regions).toHaveLength(charts.length);
    for (const region of regions) {
      expect(region).toMatchObject({ tabindex: '0', role: 'region', name: region.caption });
      expect(region.caption).not.toBe('');
    }
    // At 360 px the yearly table is wider than the screen: Tab must land on its region.
    expect(regions[0]?.scrolls).toBe(true);
    await page.focus('#kosten-jahre summary');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        inJahre: el.matches('#kosten-jahre .table-scroll'),
        focusVisible: el.matches(':focus-visible'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    expect(focused).toEqual({ inJahre: true, focusVisible: true, outline: 'solid 3px' });
  });

  it('shows each chart’s phone layout at 360 px: no chart scrolls, its 13-unit body text is at least 12 px', async () => {
    const { page } = await newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(siteUrl('/kosten/'));
    const frames = await page.$$eval('.chart-svg', (els) =>
      els.map((el) => {
        const shown = [...el.querySelectorAll('svg')].filter((svg) => getComputedStyle(svg).display !== 'none');
        const svg = shown[0] as SVGSVGElement;
        return {
          shown: shown.length,
          narrow: svg.classList.contains('ki-chart--narrow'),
          scrolls: el.scrollWidth > el.clientWidth,
          textPx: Math.round(((13 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width) * 10) / 10,
        };
      }),
    );
    expect(frames).toHaveLength(charts.length);
    for (const frame of frames) {
      expect(frame).toMatchObject({ shown: 1, narrow: true, scrolls: false });
      expect(frame.textPx).toBeGreaterThanOrEqual(12);
    }
  });

  it.each([360, 1280])('keeps the yearly table’s rows within four lines of notes at %i px', async (width) => {
    const { page } = await newPage({ viewport: { width, height: 800 } });
    await page.goto(siteUrl('/kosten/'));
    const rows = await page.$$eval('#kosten-jahre tbody tr', (trs) =>
      trs.map((tr) => {
        const note = tr.lastElementChild as HTMLElement;
        const style = getComputedStyle(note);
        const lines =
          (note.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
          parseFloat(style.lineHeight);
        return { year: tr.firstElementChild?.textContent, lines: Math.round(lines) };
      }),
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.lines > 4)).toEqual([]);
  });

  it('works with JavaScript disabled: charts, tables, Kleve box and assumptions are in the HTML', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/kosten/'));
    await expect(page.locator('svg.ki-chart:not(.ki-chart--narrow)').count()).resolves.toBe(charts.length);
    await expect(page.locator('svg.ki-chart--narrow').count()).resolves.toBe(charts.length);
    await expect(page.locator('table.data-table').count()).resolves.toBe(charts.length);
    const kleve = await page.locator('#kleve').textContent();
    expect(kleve).toMatch(/Formel/);
    expect(kleve).toMatch(/Monate × \(/);
    await expect(page.locator('#annahmen + p + ol li').count()).resolves.toBeGreaterThan(4);
  });
});
