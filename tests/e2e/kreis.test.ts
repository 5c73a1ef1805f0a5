/**
 * District pages in Chromium: all 53 exist, the Städteregion Aachen lists both KIs, Kleve shows its
 * start, chronicle and locator map, and prev/next and breadcrumbs link onwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { atlas } from '../../src/build/site-data.ts';
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
      'Städteregion Aachen hat 2 Kommunale Integrationszentren: StädteRegion Aachen (seit dem 01.07.2013) und Stadt Aachen (KI belegt: Bewilligung vom 01.08.2013).',
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
    // Chronicle order: a month after the days of that month.
    expect(chronik.indexOf('Oktober 2017')).toBeGreaterThan(chronik.indexOf('10.10.2017'));
    expect(chronik.indexOf('November 2017')).toBeGreaterThan(chronik.indexOf('23.11.2017'));
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

  it('says what the start date proves for a council decision (Rhein-Kreis Neuss, 14.09.2012)', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(siteUrl('/kreis/05162-rhein-kreis-neuss/'));
    expect(await page.textContent('.lead')).toBe(
      'Rhein-Kreis Neuss hat ein Kommunales Integrationszentrum – KI belegt (Beschluss vom 14.09.2012).',
    );
    const terms = await page.locator('[data-zentrum] dt').allTextContents();
    const values = await page.locator('[data-zentrum] dd').allTextContents();
    expect(values[terms.indexOf('Was das Datum bedeutet')]?.replace(/\s+/g, ' ')).toBe(
      'Kreistagsbeschluss zur Einrichtung (nicht Arbeitsaufnahme) – Das Datum ist ein Rats- oder Kreistagsbeschluss, nicht die Arbeitsaufnahme; die Karte zählt das KI ab diesem Datum.',
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows "Was das Datum bedeutet" for every KI that has a start date', () => {
    const missing = atlas.zentren
      .filter((z) => z.start)
      .filter((z) => {
        const kreis = atlas.kreise.find((k) => k.ags === z.kreisAgs)!;
        const html = readFileSync(join(inject('distDir'), 'kreis', `${kreis.ags}-${kreis.slug}`, 'index.html'), 'utf8');
        const section = html.slice(html.indexOf(`data-zentrum="${z.id}"`)).split('</section>')[0] ?? '';
        return !/<dt[^>]*>Was das Datum bedeutet<\/dt>/.test(section);
      })
      .map((z) => z.id);
    expect(missing).toEqual([]);
  });
});
