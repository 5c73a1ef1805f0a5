/**
 * District pages in Chromium: all 53 exist, the Städteregion Aachen lists both KIs, Kleve shows its
 * start, chronicle and locator map, and prev/next and breadcrumbs link onwards.
 */
import { describe, expect, it } from 'vitest';
import { atlas } from '../../src/lib/data.ts';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();

describe('district pages', () => {
  it('exist for all 53 districts under /kreis/<ags>-<slug>/', async () => {
    const paths = atlas.kreise.map((k) => `/kreis/${k.ags}-${k.slug}/`);
    expect(paths).toHaveLength(53);
    const statuses = await Promise.all(paths.map(async (path) => (await fetch(siteUrl(path))).status));
    expect(statuses).toEqual(paths.map(() => 200));
  });

  it('lists both KIs on the page of the Städteregion Aachen (05334)', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/kreis/05334-staedteregion-aachen/'));
    expect(await page.textContent('h1')).toBe('Städteregion Aachen');
    const headings = await page.locator('[data-zentrum] h3').allTextContents();
    expect(headings).toEqual(['KI StädteRegion Aachen', 'KI Stadt Aachen']);
    expect(await page.textContent('.lead')).toBe(
      'Städteregion Aachen hat 2 Kommunale Integrationszentren: StädteRegion Aachen (seit dem 01.07.2013) und Stadt Aachen (seit dem 01.08.2013).',
    );
    expect(await page.locator('[data-zentrum] .source-list a[href^="http"]').count()).toBeGreaterThan(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows Kleve’s start, its chronicle and the district on the locator map', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/kreis/05154-kreis-kleve/'));
    expect(await page.textContent('.lead')).toBe(
      'Kreis Kleve hat seit dem 06.09.2018 ein Kommunales Integrationszentrum.',
    );
    expect(await page.locator('.kreis-map path[data-ags]').count()).toBe(53);
    expect(await page.getAttribute('.kreis-map path.is-highlight', 'data-ags')).toBe('05154');
    const chronik = await page.locator('.kreis-page__chronik time').allTextContents();
    expect(chronik).toContain('10.10.2017');
    expect(chronik.length).toBe(atlas.chronik.filter((e) => e.kreisAgs === '05154').length);
    expect(await page.locator('nav[aria-label="Brotkrümelnavigation"] a').allTextContents()).toEqual([
      'Start',
      'Kreise und kreisfreie Städte',
      'Kreis Kleve',
    ]);
    await Promise.all([page.waitForURL(/\/kreis\/\d{5}-[a-z0-9-]+\/$/), page.click('a[rel="next"]')]);
    expect(page.url()).not.toContain('05154');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
