/**
 * The home page's first screen in Chromium at 360×740 and 1280×800: the sentence for the Stichtag,
 * what a KI is (with sources) and the roll-out chart with Kleve last are in the first viewport, the
 * map starts above 800 px at 1280; no empty space under the sentence at any Stichtag; and a
 * `?stichtag=` link, even with slow scripts, appears without a layout shift.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STICHTAG_PENDING_SCRIPT, kleveLine } from '../../src/core/views/home.ts';
import { KI_INTRO_SAETZE, kiIntroQuellen } from '../../src/core/views/ki-intro.ts';
import { atlas } from '../../src/build/site-data.ts';
import { changeDays } from '../../src/core/views/key-figures.ts';
import { FIRST_STICHTAG } from '../../src/core/views/stichtag.ts';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();
const screens = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

interface Box {
  top: number;
  bottom: number;
}

/** Returns the page boxes of the story's parts; the roll-out chart is the drawing shown at this width. */
function storyBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null | undefined): Box | null => {
      if (!element) return null;
      const { top, bottom } = element.getBoundingClientRect();
      return { top: top + window.scrollY, bottom: bottom + window.scrollY };
    };
    const app = document.querySelector('[data-stichtag-app]')!;
    const chart = [...app.querySelectorAll('svg[data-rollout]')].find((svg) => svg.getBoundingClientRect().height > 0);
    return {
      h1: box(app.querySelector('h1')),
      summary: box(app.querySelector('[data-summary]')),
      intro: box(app.querySelector('[data-ki-intro]')),
      kleve: box(app.querySelector('.dashboard__kleve')),
      chart: box(chart),
      map: box(app.querySelector('.kreis-map__svg')),
    };
  });
}

/** Returns the empty space between the sentence and the element after it, in CSS px. */
async function gapUnderSentence(page: Page): Promise<number> {
  const { summary, intro } = await storyBoxes(page);
  return Math.round(intro!.top - summary!.bottom);
}

/** Returns the layout-shift values Chromium recorded since navigation, two frames after the call. */
function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const values: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) values.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(values)));
      }),
  );
}

/** Delays every bundled script by `ms`, so the page paints before src/client/stichtag.ts runs (a slow phone). */
async function delayScripts(page: Page, ms: number): Promise<void> {
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

describe('the first screen tells the story', () => {
  it.each(screens)('shows sentence, what a KI is and the roll-out chart at $width×$height', async (viewport) => {
    const { page, consoleErrors } = await newPage({ viewport });
    await page.goto(siteUrl('/'));
    await page.waitForSelector(`[data-map-root][data-stichtag="${atlas.gebaut}"]`);
    const { h1, summary, intro, kleve, chart, map } = await storyBoxes(page);
    // In reading order, each below the one before.
    expect(h1!.bottom).toBeLessThanOrEqual(summary!.top);
    expect(summary!.bottom).toBeLessThanOrEqual(intro!.top);
    expect(intro!.bottom).toBeLessThanOrEqual(kleve!.top);
    expect(kleve!.bottom).toBeLessThanOrEqual(chart!.top);
    // Sentence, explanation and Kleve's line whole in the first viewport; the roll-out chart is the first chart.
    expect(kleve!.bottom).toBeLessThanOrEqual(viewport.height);
    expect(chart!.top).toBeLessThan(map!.top);
    if (viewport.width === 1280) {
      expect(chart!.bottom).toBeLessThanOrEqual(viewport.height);
      expect(map!.top).toBeLessThan(800);
    } else {
      // A phone sees the chart's title and the upper part of its plot; the map follows the story.
      expect(chart!.top + 120).toBeLessThanOrEqual(viewport.height);
      expect(map!.top).toBeGreaterThan(chart!.bottom);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('says what a KI is and does, with its sources, also without JavaScript', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    const [pm, antrag] = kiIntroQuellen(atlas.quellen);
    const text = (await page.textContent('[data-ki-intro]'))?.replace(/\s+/g, ' ').trim();
    expect(text).toBe(`${KI_INTRO_SAETZE.join(' ')} Quellen: ${pm!.text}; ${antrag!.text}`);
    expect(await page.getAttribute('[data-ki-intro] a[data-quelle="mkffi-pm-2017-10-05"]', 'href')).toBe(pm!.url);
    // The motion has no URL: named, not linked.
    expect(
      await page.locator('[data-ki-intro] [data-quelle="antrag-spd-kleve-2017-10-10"]').evaluate((e) => e.tagName),
    ).toBe('SPAN');
    const line = kleveLine(atlas, '/')!;
    expect((await page.textContent('.dashboard__kleve'))?.replace(/\s+/g, ' ').trim()).toBe(
      `${line.text} ${line.linkText}`,
    );
    expect(line.text).toContain('Kreis Kleve sein KI am 06.09.2018');
    expect(await page.getAttribute('.dashboard__kleve a', 'href')).toBe('/kosten/#kleve');
    // Without JavaScript the static sentence alone sizes its box.
    expect(await gapUnderSentence(page)).toBeLessThanOrEqual(32);
    await page.context().close();
  });
});

describe('no reserved empty space under the sentence', () => {
  it.each(screens)('leaves at most 32 px under it on every day its text changes, at $width px', async (viewport) => {
    const { page } = await newPage({ viewport });
    await page.goto(siteUrl('/'));
    await page.waitForSelector(`[data-map-root][data-stichtag="${atlas.gebaut}"]`);
    const gaps: Record<string, number> = { heute: await gapUnderSentence(page) };
    for (const day of changeDays(atlas.zentren, FIRST_STICHTAG, atlas.gebaut)) {
      await page.fill('[data-stichtag-input]', day);
      await page.waitForSelector(`[data-map-root][data-stichtag="${day}"]`);
      gaps[day] = await gapUnderSentence(page);
    }
    const tooWide = Object.entries(gaps).filter(([, gap]) => gap < 0 || gap > 32);
    expect(tooWide).toEqual([]);
    await page.context().close();
  });

  it.each(screens)('leaves at most 32 px under it when a link sets the Stichtag, at $width px', async (viewport) => {
    const { page } = await newPage({ viewport });
    const gaps: Record<string, number> = {};
    for (const day of ['2012-06-25', '2013-01-01', '2014-11-01', '2017-10-10', '2018-09-06', atlas.gebaut]) {
      await page.goto(siteUrl(`/?stichtag=${day}`));
      await page.waitForSelector(`[data-map-root][data-stichtag="${day}"]`);
      gaps[day] = await gapUnderSentence(page);
    }
    expect(Object.entries(gaps).filter(([, gap]) => gap < 0 || gap > 32)).toEqual([]);
    await page.context().close();
  });

  it('holds the longest sentence’s space while the years play, so the chart below stays still', async () => {
    const { page } = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl('/'));
    await page.waitForSelector(`[data-map-root][data-stichtag="${atlas.gebaut}"]`);
    await page.click('[data-stichtag-play]');
    const seen = new Set<string>();
    const chartTops = new Set<number>();
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(250);
      seen.add((await page.getAttribute('[data-map-root]', 'data-stichtag')) ?? '');
      chartTops.add((await storyBoxes(page)).chart!.top);
    }
    await page.click('[data-stichtag-play]');
    // Several years went by (their sentences differ in length), the chart did not move.
    expect(seen.size).toBeGreaterThan(4);
    expect(chartTops.size).toBe(1);
    await page.context().close();
  });
});

describe('a ?stichtag= link appears without a layout shift', () => {
  it.each([
    ['/?stichtag=2012-06-25', 360],
    ['/?stichtag=2017-10-10', 360],
    ['/', 360],
    ['/?stichtag=2012-06-25', 1280],
    ['/', 1280],
  ] as const)('%s at %i px, with scripts arriving 400 ms late', async (path, width) => {
    const { page, consoleErrors } = await newPage({ viewport: { width, height: 800 } });
    await delayScripts(page, 400);
    await page.goto(siteUrl(path));
    const day = new URLSearchParams(path.slice(1)).get('stichtag') ?? atlas.gebaut;
    await page.waitForSelector(`[data-map-root][data-stichtag="${day}"]`);
    expect(await layoutShifts(page)).toEqual([]);
    expect(await page.locator('.dashboard').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await page.locator('html').getAttribute('data-stichtag-pending')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('would shift without the inline script that hides the dashboard until the date is applied (control)', async () => {
    const { page } = await newPage({ viewport: { width: 360, height: 800 } });
    await delayScripts(page, 400);
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const script = `<script>${STICHTAG_PENDING_SCRIPT}</script>`;
        expect(html).toContain(script);
        await route.fulfill({ response, body: html.replace(script, '') });
      },
    );
    await page.goto(siteUrl('/?stichtag=2012-06-25'));
    await page.waitForSelector('[data-map-root][data-stichtag="2012-06-25"]');
    expect((await layoutShifts(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows the dashboard and the static sentence when the scripts never arrive, and at once without JavaScript', async () => {
    const { page } = await newPage();
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    // Once the document is parsed, the inline script shows the static page.
    expect(await page.locator('html').getAttribute('data-parsed')).toBe('');
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('.dashboard')!).visibility === 'visible' &&
        getComputedStyle(document.querySelector('[data-summary]')!).visibility === 'visible',
      undefined,
      { timeout: 2000 },
    );
    expect(await page.textContent('[data-summary]')).toContain(`(Stand der Website)`);
    expect(await gapUnderSentence(page)).toBeLessThanOrEqual(32);
    await page.context().close();

    const noScript = await newPage({ javaScriptEnabled: false });
    await noScript.page.goto(siteUrl('/?stichtag=2017-10-10'));
    expect(await noScript.page.locator('.dashboard').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    await noScript.page.context().close();
  });
});
