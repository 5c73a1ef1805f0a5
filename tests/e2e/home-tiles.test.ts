/**
 * The home page's key-figure tiles in Chromium: the Landesmittel tile shows what the funding model
 * computes for the Stichtag's year, and no Stichtag changes the height of the tiles (the sentence: home-story.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/core/model/format.ts';
import { changeDays } from '../../src/core/views/key-figures.ts';
import { landesmittelJahre } from '../../src/core/views/kosten/reihen.ts';
import { landesmittelTile } from '../../src/core/views/landesmittel-tile.ts';
import { FIRST_STICHTAG } from '../../src/core/views/stichtag.ts';
import { atlas } from '../../src/build/site-data.ts';
import { summarize, summarySentence } from '../../src/core/views/summary.ts';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();

async function tileText(
  page: Page,
  key: string,
): Promise<{ value: string | null; note: string | null; href: string | null }> {
  return {
    value: await page.textContent(`[data-tile="${key}"] [data-tile-value]`),
    note: await page.textContent(`[data-tile="${key}"] [data-tile-note]`),
    href: await page.getAttribute(`[data-tile="${key}"] a`, 'href'),
  };
}

describe('Landesmittel tile', () => {
  it('shows the model’s Integrationsministerium share for 2017 at ?stichtag=2017-10-10, linking to /kosten/', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    const expected = landesmittelTile(landesmittelJahre(atlas), '2017-10-10');
    expect(await tileText(page, 'landesmittel')).toEqual({
      value: expected.value,
      note: expected.note,
      href: '/kosten/',
    });
    expect(expected.note).toMatch(/^2017 nach den Förderregeln \(¹ Modellrechnung, Höchstbeträge\)/);
    expect(await page.textContent('[data-tile="landesmittel"] .key-figures__label')).toBe(
      'Landesmittel je Jahr (Integrationsministerium)',
    );
    expect(await page.getAttribute('[data-tile="landesmittel"]', 'data-basis')).toBe('modell');
    // A Stichtag after the last sourced year keeps 2017's figure and says so; never a carried-forward amount.
    await page.goto(siteUrl('/?stichtag=2024-05-01'));
    await page.waitForSelector('[data-map-root][data-stichtag="2024-05-01"]');
    expect(await page.textContent('[data-tile="landesmittel"] [data-tile-value]')).toBe(expected.value);
    expect(await page.textContent('[data-tile="landesmittel"] [data-tile-note]')).toContain(
      'ab 2018 ist kein Förderbetrag je KI belegt',
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the build year without JavaScript', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    const expected = landesmittelTile(landesmittelJahre(atlas), atlas.gebaut);
    expect(await tileText(page, 'landesmittel')).toMatchObject({ value: expected.value, note: expected.note });
    await page.context().close();
  });
});

describe('no layout shift from the Stichtag', () => {
  it('loads /?stichtag=2012-06-25 (the first Stichtag) at 360 px without any layout shift', async () => {
    const { page } = await newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(siteUrl(`/?stichtag=${FIRST_STICHTAG}`));
    await page.waitForSelector(`[data-map-root][data-stichtag="${FIRST_STICHTAG}"]`);
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          // buffered: every shift since navigation start; two frames make sure the last one is reported.
          const values: number[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) values.push((entry as PerformanceEntry & { value: number }).value);
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(values)));
        }),
    );
    expect(shifts).toEqual([]);
    await page.context().close();
  });

  it.each([360, 1280])('keeps the tiles at the same height for every kind of Stichtag at %i px', async (width) => {
    const { page } = await newPage({ viewport: { width, height: 800 } });
    await page.goto(siteUrl('/'));
    const tileHeights = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-tile]')].map((li) => li.getBoundingClientRect().height));
    const before = await tileHeights();
    const days = changeDays(atlas.zentren, FIRST_STICHTAG, atlas.gebaut);
    expect(days.length).toBeGreaterThan(20);
    for (const day of days) {
      await page.fill('[data-stichtag-input]', day);
      await page.waitForSelector(`[data-map-root][data-stichtag="${day}"]`);
      expect({ day, tiles: await tileHeights() }).toEqual({ day, tiles: before });
    }
    await page.context().close();
  });
});

describe('the build date is never presented as today', () => {
  const built = summarize(atlas.kreise, atlas.zentren, atlas.gebaut);
  const summaryIn = (file: string) =>
    /<p[^>]*data-summary[^>]*>\s*([^<]*?)\s*<\/p>/.exec(readFileSync(join(inject('distDir'), file), 'utf8'))?.[1];

  it.each(['index.html', 'embed/karte/index.html'])('%s says "Stand der Website" in its static sentence', (file) => {
    const text = summaryIn(file);
    expect(text).toBe(summarySentence(built, atlas.gebaut, { stand: true }));
    expect(text?.startsWith(`Am ${formatDate(atlas.gebaut)} (Stand der Website) hatten `)).toBe(true);
    expect(text).not.toContain('Heute');
  });

  it('writes the visitor’s own date with JavaScript ("Heute, am 01.03.2027")', async () => {
    const { page, consoleErrors } = await newPage();
    await page.clock.setFixedTime(new Date('2027-03-01T10:00:00+01:00'));
    await page.goto(siteUrl('/'));
    await page.waitForSelector('[data-map-root][data-stichtag="2027-03-01"]');
    expect(await page.textContent('[data-summary]')).toBe(
      summarySentence(summarize(atlas.kreise, atlas.zentren, '2027-03-01'), '2027-03-01'),
    );
    expect((await page.textContent('[data-summary]'))?.startsWith('Heute, am 01.03.2027, haben ')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
