/**
 * What embeds say about themselves: the map embed's "Vollständige Seite" link keeps its Stichtag,
 * snippet titles date only dated embeds, the district help points at a list that really has the
 * AGS, embedded charts fold description and table behind "Daten zur Grafik", and the licence line reads.
 */
import { describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();

describe('map embed', () => {
  it('keeps the Stichtag in the link to the full page, and links today’s map to the home page', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/embed/karte/?stichtag=2017-10-10'));
    await page.waitForSelector('[data-map-root][data-stichtag="2017-10-10"]');
    expect(await page.getAttribute('.embed-credit a[data-full-page]', 'href')).toBe('/?stichtag=2017-10-10');
    await page.goto(siteUrl('/embed/karte/'));
    expect(await page.getAttribute('.embed-credit a[data-full-page]', 'href')).toBe('/');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('/einbetten/ texts', () => {
  it('titles each snippet by what it shows: undated for today’s map, dated for 10.10.2017, the district by name', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/einbetten/'));
    const snippet = (id: string) => page.$eval(`#${id}-code`, (el) => (el as HTMLTextAreaElement).value);
    expect(await snippet('karte-heute')).toContain(
      'title="KI-Atlas NRW: Kommunale Integrationszentren in NRW, tagesaktuell"',
    );
    expect(await page.textContent('#karte-heute-titel')).toBe('Kommunale Integrationszentren in NRW, tagesaktuell');
    expect(await snippet('karte-2017-10-10')).toContain(
      'title="KI-Atlas NRW: Kommunale Integrationszentren in NRW am 10.10.2017"',
    );
    expect(await snippet('kreis-05154')).toContain('title="KI-Atlas NRW: Kreis Kleve"');
    await page.selectOption('select[data-kreis-picker]', '05334');
    expect(await snippet('kreis-05154')).toContain('title="KI-Atlas NRW: Städteregion Aachen"');
    expect(await page.textContent('[data-kreis-name]')).toBe('Städteregion Aachen');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows every district’s AGS where the help says, also without JavaScript, and reads “Lizenz Creative Commons”', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/einbetten/'));
    const help = await page.textContent('#kreis-05154 p.muted');
    expect(help).toContain('alle stehen in der Liste „Kreisschlüssel (AGS)“ direkt hierunter');
    await page.click('#kreisschluessel summary');
    const entries = await page.locator('#kreisschluessel li').allTextContents();
    expect(entries).toHaveLength(53);
    expect(entries).toContain('Kreis Kleve: 05154');
    expect(entries).toContain('Städteregion Aachen: 05334');
    const licence = (await page.textContent('#lizenz'))!.replace(/\s+/g, ' ');
    expect(licence).toContain('unter der Lizenz Creative Commons Namensnennung 4.0 (CC BY 4.0). Sie dürfen');
    await page.context().close();
  });
});

describe('chart embed', () => {
  it('shows the chart with one closed “Daten zur Grafik” disclosure holding description and table', async () => {
    const { page, consoleErrors } = await newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(siteUrl('/embed/kosten/jahre/'));
    expect(await page.locator('details').count()).toBe(1);
    const disclosure = page.locator('details.chart-data');
    expect(await disclosure.locator('summary').textContent()).toBe('Daten zur Grafik');
    expect(await disclosure.getAttribute('open')).toBeNull();
    expect(await page.isVisible('.chart-description')).toBe(false);
    expect(await page.isVisible('table')).toBe(false);
    await disclosure.locator('summary').click();
    expect(await page.isVisible('.chart-description')).toBe(true);
    expect(await page.isVisible('table')).toBe(true);
    expect(await page.locator('details.chart-data .chart-description + .table-scroll table').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
