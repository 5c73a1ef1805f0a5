/**
 * The Erklärung zur Barrierefreiheit (§ 10b BGG NRW): non-accessible parts with alternatives, an
 * accessible contact path reachable from the top, the Ombudsstelle with link, and a footer link on every page.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();

describe('/barrierefreiheit/', () => {
  it('names the non-accessible parts, each with its alternative', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/barrierefreiheit/'));
    const items = await page.locator('h2:text-is("Nicht barrierefreie Inhalte") + ul > li strong').allTextContents();
    expect(items).toEqual([
      'Interaktive Karte:',
      'Leichte Sprache und Gebärdensprache:',
      'Elektronisches Kontaktformular:',
      'Pressebilder (PNG):',
      'Eingebettete Grafiken auf anderen Websites:',
      'Änderungsliste:',
      'Verlinkte Quellen:',
      'Noch nicht geprüft:',
    ]);
    await page.context().close();
  });

  it('leads from the top to a prepared e-mail for reporting a barrier', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/barrierefreiheit/'));
    await page.getByRole('link', { name: 'Melden Sie sie uns' }).click();
    expect(new URL(page.url()).hash).toBe('#kontakt');
    const href = (await page.locator('a[data-meldung]').getAttribute('href'))!;
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe(site.accessibilityContact);
    expect(mail.searchParams.get('subject')).toBe('Barriere auf KI-Atlas NRW');
    expect(mail.searchParams.get('body')).toContain('Auf welcher Seite (Adresse)?');
    await page.context().close();
  });

  it('names the Ombudsstelle für barrierefreie IT NRW with its e-mail address and website', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/barrierefreiheit/'));
    const links = await page.locator('#ombudsstelle ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['mailto:ombudsstelle-barrierefreie-it@mags.nrw.de', 'https://www.lbbp.nrw.de/ombudsstelle']);
    await page.context().close();
  });

  it.each(['/', '/kosten/', '/daten/aenderungen/', '/kreis/05154-kreis-kleve/'])(
    'is linked from the footer of %s',
    async (path) => {
      const { page } = await newPage();
      await page.goto(siteUrl(path));
      await expect(page.locator('footer a:text-is("Barrierefreiheit")').count()).resolves.toBe(1);
      await page.context().close();
    },
  );
});
