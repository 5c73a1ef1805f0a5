/**
 * The press builder on /einbetten/: draws the chosen image in the browser from the Core code,
 * a PNG of exactly the chosen size whose pixels differ between light and dark, operable with
 * the keyboard, axe clean; without JavaScript the list of pre-built images stays.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function ready(page: Page): Promise<void> {
  await page.goto(siteUrl('/einbetten/'));
  await page.waitForSelector('[data-press-builder][data-ready]', { timeout: 30_000 });
}

/** Clicks "PNG erzeugen", then "PNG speichern", and returns the downloaded file's pixel size (IHDR) and bytes. */
async function makePng(page: Page): Promise<{ width: number; height: number; bytes: Buffer }> {
  await page.click('[data-make-png]');
  await page.waitForSelector('[data-download-png]:not([hidden])', { timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download-png]')]);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes };
}

describe('press builder on /einbetten/', () => {
  it('makes a PNG of exactly each chosen size, with different pixels in light and dark', async () => {
    const { page, consoleErrors } = await newPage();
    await ready(page);
    const sizes: Record<string, [number, number]> = {
      quadrat: [1080, 1080],
      hochformat: [1080, 1350],
      quer: [1200, 630],
      story: [1080, 1920],
    };
    for (const [format, [width, height]] of Object.entries(sizes)) {
      await page.check(`input[name="format"][value="${format}"]`);
      await page.check('input[name="farbe"][value="light"]');
      const light = await makePng(page);
      await page.check('input[name="farbe"][value="dark"]');
      const dark = await makePng(page);
      expect([light.width, light.height], format).toEqual([width, height]);
      expect([dark.width, dark.height], format).toEqual([width, height]);
      expect(light.bytes.equals(dark.bytes), format).toBe(false);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('writes alt text and a quotable sentence naming Kreis Kleve for 10.10.2017', async () => {
    const { page } = await newPage();
    await ready(page);
    const alt = await page.$eval('[data-alt]', (el) => (el as HTMLTextAreaElement).value);
    const sentence = await page.$eval('[data-sentence]', (el) => (el as HTMLTextAreaElement).value);
    expect(alt).toContain(
      'Am 10.10.2017 hatten 52 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve.',
    );
    expect(alt).toContain('Hervorgehoben: Kreis Kleve (ohne KI am 10.10.2017).');
    expect(sentence).toMatch(
      /ohne: Kreis Kleve\. \(Quelle: KI-Atlas NRW, .+, Datenstand \d\d\.\d\d\.\d{4}, Lizenz CC BY 4\.0\)$/,
    );
    expect(await page.$eval('[data-preview]', (el) => (el as HTMLImageElement).alt)).toBe(alt);
    await page.context().close();
  });

  it('is operable with the keyboard: choose the card and dark by keys, make the PNG with Enter', async () => {
    const { page } = await newPage();
    await ready(page);
    await page.focus('input[name="inhalt"][value="karte"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('input[name="inhalt"]:checked', (el) => (el as HTMLInputElement).value)).toBe('kreis');
    await page.focus('input[name="farbe"][value="light"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('input[name="farbe"]:checked', (el) => (el as HTMLInputElement).value)).toBe('dark');
    await page.focus('[data-make-png]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-download-png]:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-download-png'))).toBe(true);
    expect(await page.$eval('[data-alt]', (el) => (el as HTMLTextAreaElement).value)).toContain(
      'Steckbrief Kreis Kleve',
    );
    await page.context().close();
  });

  it('has no serious or critical axe violations with the builder shown', async () => {
    const { page } = await newPage();
    await ready(page);
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(d: Element, o: object): Promise<{ violations: unknown[] }> } })
        .axe;
      return (await axe.run(document.querySelector('#bildbaukasten')!, { resultTypes: ['violations'] })).violations;
    })) as { id: string; impact: string | null }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript keeps the list of pre-built images and hides the builder', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/einbetten/'));
    const links = await page.$$eval('#bildbaukasten .builder__files a', (els) =>
      els.map((el) => el.getAttribute('href')),
    );
    expect(links).toContain('/bilder/presse/karte-2017-10-10-1080x1080.png');
    expect(links).toContain('/bilder/presse/kreis-05154-1200x630.png');
    expect(links.length).toBe(8 + 53 * 2);
    expect(await page.isVisible('[data-press-builder]')).toBe(false);
    await page.context().close();
  });
});
