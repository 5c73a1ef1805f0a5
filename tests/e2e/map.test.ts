/**
 * The home page map in Chromium: statuses at a Stichtag from the URL, today, without JavaScript,
 * the slider and the back button, keyboard navigation, the sortable table and the on-demand
 * Leaflet map, all without console errors or foreign requests.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atlas } from '../../src/build/site-data.ts';
import { siteUrl, useBrowser } from './harness.ts';

const kleve = '05154';
const newPage = useBrowser();

/** Stops the page's clock (installed before loading) one second ahead: from now on only runFor() fires timers. */
async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
}

/** Returns the status of every district shape in the static SVG, keyed by AGS. */
async function staticStatuses(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.kreis-map__svg path[data-ags]', (paths) =>
    Object.fromEntries(paths.map((p) => [p.getAttribute('data-ags'), p.getAttribute('data-status')])),
  );
}

function counts(statuses: Record<string, string>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const status of Object.values(statuses)) result[status] = (result[status] ?? 0) + 1;
  return result;
}

/**
 * Expected statuses, derived by hand from data/zentren.csv (columns kreis_ags, start, spaetestens), not by
 * the status model: a district is `ki` when a start's last possible day or a `spaetestens` day lies on or
 * before the Stichtag ("2013" ends 31.12.2013, "2012-12" ends 31.12.2012), `ohne-ki` when every start's
 * first possible day lies after it, otherwise `unbekannt` (no start, or a vague one not yet over).
 * Districts not listed are `ohne-ki`.
 */
const expectedStatuses: Record<string, { ki: string; unbekannt: string }> = {
  // Day of the Förderrichtlinie: nothing proven yet. Unknown: the 12 without start, and the 4 starting "2012".
  '2012-06-25': {
    ki: '',
    unbekannt: '05111 05113 05170 05314 05366 05378 05512 05515 05911 05915 05966 05970 05570 05774 05974 05978',
  },
  // 01.01.2014: 33 proven; unknown are the 10 without start not yet proven by `spaetestens`, and
  // Mönchengladbach (start "2014", first possible day is the Stichtag itself).
  '2014-01-01': {
    ki:
      '05112 05114 05117 05119 05120 05122 05124 05158 05162 05315 05316 05334 05358 05362 05513 05562 05570 ' +
      '05711 05754 05762 05766 05770 05774 05911 05913 05914 05916 05954 05958 05962 05966 05974 05978',
    unbekannt: '05111 05113 05170 05314 05366 05378 05512 05515 05915 05970 05116',
  },
};

/** Returns the hand-derived status of all 53 districts at a Stichtag of `expectedStatuses`. */
function expectedAt(stichtag: string): Record<string, string> {
  const ki = expectedStatuses[stichtag]!.ki.split(' ');
  const unbekannt = expectedStatuses[stichtag]!.unbekannt.split(' ');
  return Object.fromEntries(
    atlas.kreise.map(({ ags }) => [ags, ki.includes(ags) ? 'ki' : unbekannt.includes(ags) ? 'unbekannt' : 'ohne-ki']),
  );
}

describe('the hand-derived status table', () => {
  it('has 16 unknown districts on 25.06.2012 and 33 / 9 / 11 on 01.01.2014', () => {
    expect(counts(expectedAt('2012-06-25'))).toEqual({ 'ohne-ki': 37, unbekannt: 16 });
    expect(counts(expectedAt('2014-01-01'))).toEqual({ ki: 33, 'ohne-ki': 9, unbekannt: 11 });
  });
});

describe('home map at a Stichtag', () => {
  it('shows Kreis Kleve without KI and the other 52 with KI on 10.10.2017', async () => {
    const { page, consoleErrors, requests } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    const statuses = await staticStatuses(page);
    expect(Object.keys(statuses)).toHaveLength(53);
    expect(statuses[kleve]).toBe('ohne-ki');
    expect(counts(statuses)).toEqual({ ki: 52, 'ohne-ki': 1 });
    expect(await page.textContent('[data-summary]')).toBe(
      'Am 10.10.2017 hatten 52 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve.',
    );
    expect(await page.textContent('[data-legend="ohneKi"]')).toBe('Kreis Kleve');
    expect(await page.textContent('[data-legend="ki"]')).toBe('52 von 53 Kreisen und kreisfreien Städten, 53 KI');
    expect(await page.getAttribute(`a:has(> path[data-ags="${kleve}"])`, 'aria-label')).toBe(
      'Kreis Kleve: kein KI am 10.10.2017',
    );
    expect(await page.textContent(`tr[data-ags="${kleve}"] [data-status-text]`)).toBe('kein KI');
    expect(await page.textContent('[data-tile="kreise"] [data-tile-value]')).toBe('52 von 53');
    expect(await page.inputValue('[data-stichtag-input]')).toBe('2017-10-10');
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(siteUrl('/')))).toEqual([]);
    await page.context().close();
  });

  it('shows all 53 districts with KI by default (today)', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/'));
    const stichtag = await page.getAttribute('[data-map-root]', 'data-stichtag');
    expect(stichtag).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stichtag! >= atlas.gebaut).toBe(true);
    expect(counts(await staticStatuses(page))).toEqual({ ki: 53 });
    expect(await page.textContent('[data-tile="kreise"] [data-tile-value]')).toBe('53 von 53');
    expect(page.url()).toBe(siteUrl('/'));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('holds all 53 districts in the SVG without JavaScript, showing the build date', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    expect(await page.getAttribute('[data-map-root]', 'data-stichtag')).toBe(atlas.gebaut);
    const statuses = await staticStatuses(page);
    expect(Object.keys(statuses).sort()).toEqual(atlas.kreise.map((k) => k.ags).sort());
    expect(counts(statuses)).toEqual({ ki: 53 });
    expect(await page.locator('.kreis-map__svg a[href*="/kreis/"]').count()).toBe(53);
    expect(await page.isDisabled('[data-stichtag-slider]')).toBe(true);
    expect(await page.locator('tbody tr[data-ags]').count()).toBe(53);
    await page.context().close();
  });
});

describe('Stichtag control', () => {
  it('changes URL and map with the slider, and the back button restores the previous Stichtag', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    await page.focus('[data-stichtag-slider]');
    await page.keyboard.press('Home');
    await page.waitForSelector('[data-map-root][data-stichtag="2012-06-25"]');
    expect(new URL(page.url()).search).toBe('?stichtag=2012-06-25');
    const early = await staticStatuses(page);
    expect(early[kleve]).toBe('ohne-ki');
    // On the day of the Förderrichtlinie no KI is proven yet; 16 may exist (no or a vague start).
    expect(early).toEqual(expectedAt('2012-06-25'));
    expect(counts(early).ki).toBeUndefined();
    expect(await page.getAttribute('[data-stichtag-slider]', 'aria-valuetext')).toBe('25.06.2012');

    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-map-root][data-stichtag="2012-06-26"]');
    expect(new URL(page.url()).search).toBe('?stichtag=2012-06-26');

    await page.goBack();
    await page.waitForSelector('[data-map-root][data-stichtag="2012-06-25"]');
    await page.goBack();
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    expect((await staticStatuses(page))[kleve]).toBe('ohne-ki');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('applies the presets and the date input', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/'));
    await page.click('button:has-text("10.10.2017 – Antrag im Kreistag Kleve")');
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    expect(await page.getAttribute('[data-stichtag-preset="2017-10-10"]', 'aria-pressed')).toBe('true');
    await page.fill('[data-stichtag-input]', '2018-09-06');
    await page.waitForSelector('[data-map-root][data-stichtag="2018-09-06"]');
    expect(counts(await staticStatuses(page))).toEqual({ ki: 53 });
    await page.click('button:has-text("heute")');
    expect(new URL(page.url()).search).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  // The play button steps on a timer. Playwright's clock is paused after loading and moved by hand,
  // so a slow machine cannot fire an extra step between two checks.
  it('plays through the quarters, keeps the URL while playing and pushes the Stichtag where it is stopped', async () => {
    const { page, consoleErrors } = await newPage();
    await page.clock.install();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    await pauseClock(page);
    const play = page.locator('[data-stichtag-play]');
    await play.click();
    await page.waitForSelector('[data-map-root][data-stichtag="2012-06-25"]');
    expect([await play.getAttribute('aria-pressed'), await play.textContent()]).toEqual(['true', 'Anhalten']);
    await page.clock.runFor(250);
    await page.waitForSelector('[data-map-root][data-stichtag="2012-07-01"]');
    await page.clock.runFor(250);
    await page.waitForSelector('[data-map-root][data-stichtag="2012-10-01"]');
    expect(new URL(page.url()).search).toBe('?stichtag=2017-10-10');
    await play.click();
    expect([await play.getAttribute('aria-pressed'), await play.textContent()]).toEqual(['false', 'Jahre abspielen']);
    expect(new URL(page.url()).search).toBe('?stichtag=2012-10-01');
    await page.clock.runFor(1000);
    expect(await page.getAttribute('[data-map-root]', 'data-stichtag')).toBe('2012-10-01');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('plays in whole years every 1.5 s under prefers-reduced-motion and stops by itself on today', async () => {
    const { page, consoleErrors } = await newPage({ reducedMotion: 'reduce' });
    await page.clock.install();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    await pauseClock(page);
    const today = await page.getAttribute('[data-stichtag-input]', 'max');
    const play = page.locator('[data-stichtag-play]');
    await play.click();
    await page.waitForSelector('[data-map-root][data-stichtag="2012-06-25"]');
    await page.clock.runFor(1500);
    await page.waitForSelector('[data-map-root][data-stichtag="2013-01-01"]');
    await page.clock.runFor(1500);
    await page.waitForSelector('[data-map-root][data-stichtag="2014-01-01"]');
    // Mid-play the map shows the statuses read by hand from data/zentren.csv for that day (33 ki, 9 ohne-ki, 11 unbekannt).
    expect(await staticStatuses(page)).toEqual(expectedAt('2014-01-01'));
    // 2013 to today in whole years, plus today itself: far fewer than 30 steps.
    await page.clock.runFor(30 * 1500);
    await page.waitForSelector(`[data-map-root][data-stichtag="${today}"]`);
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    expect(new URL(page.url()).search).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('reaches a district with Tab and opens its page with Enter', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    let ags: string | null = null;
    for (let i = 0; i < 40 && !ags; i += 1) {
      await page.keyboard.press('Tab');
      ags = await page.evaluate(
        () => document.activeElement?.querySelector('path[data-ags]')?.getAttribute('data-ags') ?? null,
      );
    }
    expect(ags).not.toBeNull();
    const kreis = atlas.kreise.find((k) => k.ags === ags)!;
    await Promise.all([page.waitForURL(siteUrl(`/kreis/${kreis.ags}-${kreis.slug}/`)), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toBe(kreis.name);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('district table', () => {
  it('sorts by a column with aria-sort and filters by Regierungsbezirk', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/'));
    const firstName = () => page.textContent('tbody tr[data-ags]:not([hidden]) th');
    await page.click('th[data-sort-key="einwohner"] button');
    expect(await page.getAttribute('th[data-sort-key="einwohner"]', 'aria-sort')).toBe('ascending');
    expect(await page.getAttribute('th[data-sort-key="name"]', 'aria-sort')).toBeNull();
    await page.click('th[data-sort-key="einwohner"] button');
    expect(await page.getAttribute('th[data-sort-key="einwohner"]', 'aria-sort')).toBe('descending');
    expect(await firstName()).toBe('Stadt Köln');
    await page.selectOption('[data-table-filter]', 'Detmold');
    const detmold = atlas.kreise.filter((k) => k.regierungsbezirk === 'Detmold').length;
    expect(await page.locator('tbody tr[data-ags]:not([hidden])').count()).toBe(detmold);
    expect(await page.textContent('[data-table-count]')).toBe(`${detmold} von 53 Zeilen`);
    const largest = atlas.kreise
      .filter((k) => k.regierungsbezirk === 'Detmold')
      .sort((a, b) => (b.einwohner ?? 0) - (a.einwohner ?? 0))[0];
    expect(await firstName()).toBe(largest?.name);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('interactive map', () => {
  it('loads Leaflet only on request and gives its polygons the same data attributes, focus and names', async () => {
    const { page, consoleErrors, requests } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    const leafletFile = (url: string) => /leaflet|\/map\.[^/]+\.js$/.test(url);
    expect(requests.filter(leafletFile)).toEqual([]);

    await page.click('[data-map-activate]');
    await page.waitForSelector('.kreis-map__leaflet path[data-ags]');
    expect(requests.filter(leafletFile).length).toBeGreaterThan(0);
    const interactive = await page.$$eval('.kreis-map__leaflet path[data-ags]', (paths) =>
      paths.map((p) => [p.getAttribute('data-ags'), p.getAttribute('data-status'), p.getAttribute('tabindex')]),
    );
    expect(interactive).toHaveLength(53);
    expect(interactive.filter(([, status]) => status === 'ohne-ki').map(([ags]) => ags)).toEqual([kleve]);
    expect(interactive.every(([, , tabindex]) => tabindex === '0')).toBe(true);
    expect(await page.getAttribute('.kreis-map__leaflet', 'aria-label')).toBe(
      'Interaktive Karte der Kreise und kreisfreien Städte in NRW',
    );

    await page.focus(`.kreis-map__leaflet path[data-ags="${kleve}"]`);
    expect(await page.textContent('.leaflet-tooltip')).toBe('Kreis Kleve: kein KI am 10.10.2017');
    await page.click('button:has-text("25.06.2012 – Förderrichtlinie")');
    await page.waitForSelector(
      `.kreis-map__leaflet path[data-ags="${kleve}"][aria-label="Kreis Kleve: kein KI am 25.06.2012"]`,
    );

    await page.focus(`.kreis-map__leaflet path[data-ags="${kleve}"]`);
    await Promise.all([page.waitForURL(siteUrl('/kreis/05154-kreis-kleve/')), page.keyboard.press('Enter')]);
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(siteUrl('/')))).toEqual([]);
    await page.context().close();
  });

  it('shows a district’s name on the first tap and opens its page on the second', async () => {
    const { page, consoleErrors } = await newPage({
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.tap('[data-map-activate]');
    const viersen = page.locator('.kreis-map__leaflet path[data-ags="05166"]');
    await viersen.waitFor();
    const box = (await viersen.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.leaflet-tooltip:has-text("Kreis Viersen: KI vorhanden am 10.10.2017")');
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl('/')).pathname);
    await Promise.all([
      page.waitForURL(siteUrl('/kreis/05166-kreis-viersen/')),
      page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
