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
      /^Der 01\.01\.2010 liegt vor dem Start des Programms\. Bitte ein Datum zwischen 01\.01\.2013 und \d\d\.\d\d\.\d{4} eingeben\.$/,
    );
    expect(await field.inputValue()).toBe('2010-01-01');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
    // No silent clamp to 01.01.2013, and nothing in the history until a date in range is committed.
    expect(await stichtag(page)).not.toBe('2013-01-01');
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
