/**
 * The map's controls as people use them: typing a date into the Stichtag field key by key,
 * out-of-range dates, the district table on a phone, the "Kreis finden" combobox and the
 * first-tap info box, and the no-JavaScript paths to the key dates.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();

async function stichtag(page: Page): Promise<string | null> {
  return page.getAttribute('[data-map-root]', 'data-stichtag');
}

// A German Chromium orders the field TT.MM.JJJJ; Debian's Chromium without chromium-l10n shows MM/DD/YYYY
// whatever the page's lang. The dates typed here read the same in both orders, so the keys are what a user types.
describe('Stichtag date field', () => {
  it('ends at 10.10.2017 when a user types 10.10.2017 key by key (German order TT.MM.JJJJ)', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/'));
    await page.waitForSelector('[data-stichtag-control]:not([disabled])');
    // The click lands on the first part of the date (day, or month in an English Chromium), as a user's would.
    const field = page.locator('[data-stichtag-input]');
    await field.click({ position: { x: 20, y: 12 } });
    await page.keyboard.type('10.10.2017', { delay: 30 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    expect(await field.inputValue()).toBe('2017-10-10');
    expect(new URL(page.url()).search).toBe('?stichtag=2017-10-10');
    expect(await page.getAttribute(`path[data-ags="05154"]`, 'data-status')).toBe('ohne-ki');
    expect(await page.textContent('[data-stichtag-message]')).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('leaves a date before 2013 in the field and says why next to it, without clamping it', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    const field = page.locator('[data-stichtag-input]');
    await field.click({ position: { x: 20, y: 12 } });
    await page.keyboard.type('01.01.2010', { delay: 30 });
    await page.keyboard.press('Enter');
    const message = page.locator('[data-stichtag-message]');
    await expect.poll(() => message.textContent()).not.toBe('');
    expect(await message.textContent()).toMatch(
      /^Der 01\.01\.2010 liegt vor dem Start des Programms\. Bitte ein Datum zwischen \d\d\.\d\d\.\d{4} und \d\d\.\d\d\.\d{4} eingeben\.$/,
    );
    expect(await field.inputValue()).toBe('2010-01-01');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    // No silent clamp to the first day the field allows, and nothing in the history until a date in range is committed.
    expect(await stichtag(page)).not.toBe(await field.getAttribute('min'));
    expect(new URL(page.url()).search).toBe('?stichtag=2017-10-10');
    await field.click({ position: { x: 20, y: 12 } });
    await page.keyboard.type('09.09.2018', { delay: 30 });
    // Tab leaves the last part of the date, then the calendar button: the field loses focus and commits.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.waitForSelector('[data-map-root][data-stichtag="2018-09-09"]');
    expect(await message.textContent()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('district table on a phone (360 px)', () => {
  it('keeps the name column in place while the other columns scroll, and lists rows in the order the header claims', async () => {
    const { page, consoleErrors } = await newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    // Before any click: "Kreis / kreisfreie Stadt ▲" and rows A to Z (German collation).
    expect(await page.getAttribute('th[data-sort-key="name"]', 'aria-sort')).toBe('ascending');
    expect(await page.textContent('th[data-sort-key="name"] .sort-icon')).toBe('▲');
    const names = await page.$$eval('tbody tr[data-ags] th', (ths) => ths.map((th) => th.textContent?.trim() ?? ''));
    expect(names).toEqual([...names].sort(new Intl.Collator('de-DE').compare));
    expect(names[0]).toBe('Ennepe-Ruhr-Kreis');

    const wrap = page.locator('#tabelle .table-wrap');
    const kleve = page.locator('tr[data-ags="05154"] th');
    await kleve.scrollIntoViewIfNeeded();
    const before = (await kleve.boundingBox())!;
    // Scroll until "Am Stichtag" sits right of the name column, as a swipe would.
    await wrap.evaluate((element) => {
      const cell = element.querySelector<HTMLElement>('tr[data-ags="05154"] [data-cell="status"]')!;
      const name = element.querySelector<HTMLElement>('tr[data-ags="05154"] th')!;
      element.scrollLeft = cell.offsetLeft - name.offsetWidth;
    });
    expect(await wrap.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
    const after = (await kleve.boundingBox())!;
    expect(after.x).toBe(before.x);
    // The status column is now on screen, beside the name, and the name cell is painted above the scrolled cells.
    const status = (await page.locator('tr[data-ags="05154"] [data-cell="status"]').boundingBox())!;
    expect(status.x).toBeGreaterThanOrEqual(after.x + after.width - 1);
    expect(status.x + status.width).toBeLessThanOrEqual(360);
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.parentElement?.getAttribute('data-ags'),
      { x: after.x + after.width / 2, y: after.y + after.height / 2 },
    );
    expect(hit).toBe('05154');
    const background = await kleve.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    // The first click on the name column sorts Z to A.
    await page.click('th[data-sort-key="name"] button');
    expect(await page.getAttribute('th[data-sort-key="name"]', 'aria-sort')).toBe('descending');
    expect(await page.textContent('tbody tr[data-ags] th')).toBe(names[names.length - 1]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('Kreis finden', () => {
  it('finds „Kleve“ by typing, picks it with the keyboard, focuses its shape and announces its status', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    const input = page.getByRole('combobox', { name: 'Kreis finden' });
    // Keyboard only: a mouse resting where the click was would hover whatever district scrolls under it
    // when the focused shape scrolls into view, and the info box would rightly follow the mouse.
    await input.focus();
    await page.keyboard.type('kle', { delay: 30 });
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-finder-list] [role="option"]').allTextContents()).toEqual(['Kreis Kleve']);
    expect(await page.textContent('[data-finder-status]')).toBe('1 Treffer. Mit Eingabe auswählen.');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('karte-finden-liste-05154');
    expect(await page.getAttribute('#karte-finden-liste-05154', 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ags'))).toBe('05154');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('Kreis Kleve');
    expect(await page.textContent('[data-finder-status]')).toBe('Kreis Kleve: kein KI am 10.10.2017');
    expect(await page.textContent('[data-map-info-label]')).toBe('Kreis Kleve: kein KI am 10.10.2017');
    expect(await page.getAttribute('[data-map-info-link]', 'href')).toBe('/kreis/05154-kreis-kleve/');
    // The ring traces Kleve's outline above its neighbours.
    const kleveOutline = await page.getAttribute('.kreis-map__svg path[data-ags="05154"]', 'd');
    expect(await page.getAttribute('.kreis-map__ring-outer', 'd')).toBe(kleveOutline);
    // Enter on the focused shape opens the district page, like the link around it.
    await Promise.all([page.waitForURL(siteUrl('/kreis/05154-kreis-kleve/')), page.keyboard.press('Enter')]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('matches umlauts spelled out, closes with Escape and clears with a second Escape', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/'));
    const input = page.getByRole('combobox', { name: 'Kreis finden' });
    await input.fill('muel');
    expect(await page.locator('[data-finder-list] [role="option"]').allTextContents()).toEqual([
      'Stadt Mülheim an der Ruhr',
    ]);
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('muel');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    await input.fill('qqq');
    expect(await page.textContent('[data-finder-status]')).toBe('Kein Kreis und keine kreisfreie Stadt gefunden.');
    await page.context().close();
  });
});

describe('first tap on a district', () => {
  it('shows name, status and a link under the map; the second tap opens the page', async () => {
    const { page, consoleErrors } = await newPage({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    const viersen = page.locator('.kreis-map__svg path[data-ags="05166"]');
    await viersen.scrollIntoViewIfNeeded();
    const box = (await viersen.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('[data-map-info]:not([hidden])');
    expect(await page.textContent('[data-map-info-label]')).toBe('Kreis Viersen: KI vorhanden am 10.10.2017');
    expect(await page.textContent('[data-map-info-link]')).toBe('Seite von Kreis Viersen öffnen');
    expect(new URL(page.url()).pathname).toBe('/');
    await Promise.all([
      page.waitForURL(siteUrl('/kreis/05166-kreis-viersen/')),
      page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a district on keyboard focus, with a ring visible on the hatched Kleve of 10.10.2017', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    await page.focus('.kreis-map__svg a:has(> path[data-ags="05154"])');
    expect(await page.textContent('[data-map-info-label]')).toBe('Kreis Kleve: kein KI am 10.10.2017');
    const [outer, inner] = await page.$$eval('[data-map-ring] path', (paths) =>
      paths.map((p) => {
        const style = getComputedStyle(p);
        return { stroke: style.stroke, width: style.strokeWidth, d: p.getAttribute('d') };
      }),
    );
    // Dark band with a white core: neither the hatch's orange nor the KI blue hides both.
    expect([outer?.stroke, outer?.width, inner?.stroke, inner?.width]).toEqual([
      'rgb(27, 31, 36)',
      '7px',
      'rgb(255, 255, 255)',
      '2.5px',
    ]);
    expect(outer?.d).toBe(await page.getAttribute('.kreis-map__svg path[data-ags="05154"]', 'd'));
    await page.context().close();
  });
});

describe('interactive map button and labels', () => {
  it('says what it does in each state and keeps the city labels', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/'));
    const button = page.locator('[data-map-activate]');
    await page.waitForSelector('[data-map-activate]:not([disabled])');
    expect(await button.textContent()).toBe('Interaktive Karte einschalten (zoomen und verschieben)');
    expect(await button.getAttribute('aria-pressed')).toBeNull();
    await button.click();
    await page.waitForSelector('.kreis-map__leaflet path[data-ags]');
    expect(await button.textContent()).toBe('Interaktive Karte ausschalten');
    const staticLabels = await page.$$eval('.kreis-map__labels text', (texts) => texts.map((t) => t.textContent));
    expect(staticLabels.length).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.kreis-map__leaflet-label').allTextContents()).toEqual(staticLabels);
    await button.click();
    expect(await button.textContent()).toBe('Interaktive Karte einschalten (zoomen und verschieben)');
    expect(await page.isHidden('.kreis-map__leaflet')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('hides the controls that need it and links the key dates to static pages with their maps', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    for (const selector of [
      '[data-stichtag-control]',
      '[data-kreis-finder]',
      '[data-map-activate]',
      '[data-table-filter]',
    ]) {
      expect(await page.isHidden(selector), selector).toBe(true);
    }
    const links = page.getByRole('navigation', { name: 'Karte zu einem festen Stichtag' }).getByRole('link');
    expect(await links.allTextContents()).toEqual([
      '31.12.2013',
      '31.12.2014',
      '31.12.2015',
      '31.12.2016',
      '10.10.2017 (Antrag im Kreistag Kleve)',
      '31.12.2017',
      '31.12.2018',
    ]);
    await Promise.all([page.waitForURL(siteUrl('/stichtag/2017-10-10/')), links.nth(4).click()]);
    expect(await page.getAttribute('[data-map-root]', 'data-stichtag')).toBe('2017-10-10');
    expect(await page.getAttribute('.kreis-map__svg path[data-ags="05154"]', 'data-status')).toBe('ohne-ki');
    expect(await page.locator('.kreis-map__svg path[data-status="ki"]').count()).toBe(52);
    expect(await page.textContent('h1')).toBe('Kommunale Integrationszentren in NRW am 10.10.2017');
    expect(await page.textContent('.lead')).toBe(
      'Am 10.10.2017 hatten 52 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve.',
    );
    expect(await page.textContent('tr[data-ags="05154"] [data-status-text]')).toBe('kein KI');
    expect(await page.getAttribute('a[aria-current="page"]:has-text("10.10.2017")', 'href')).toBe(
      '/stichtag/2017-10-10/',
    );
    await page.goto(siteUrl('/stichtag/2013-12-31/'));
    expect(await page.getAttribute('[data-map-root]', 'data-stichtag')).toBe('2013-12-31');
    expect(await page.getAttribute('.kreis-map__svg path[data-ags="05154"]', 'data-status')).toBe('ohne-ki');
    await page.context().close();
  });
});
