/**
 * /daten/pruefen/ in Chromium with three files a maintainer might pick: the published zentren.csv
 * (clean), the same as German Excel saves it (Windows-1252, `;`, TT.MM.JJJJ, AGS without zero)
 * and a broken one (a formula cell and an impossible date). The page must show the same lines as
 * data:check, send nothing anywhere, and have no serious axe violation. Screenshots at 360 and
 * 1280 px go to $PRUEFEN_SCREENSHOTS when set.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { validateData, type DataFile } from '../../src/core/read/validate.ts';
import { excelRoundTrip } from '../fixtures/roundtrip.ts';
import { siteUrl, useBrowser } from './harness.ts';

const newPage = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const published = join(inject('distDir'), 'daten');
const tmp = mkdtempSync(join(tmpdir(), 'ki-nrw-pruefen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const tables: DataFile[] = ['kreise', 'zentren', 'foerderung', 'landesmittel', 'chronik', 'quellen'].map((t) => {
  const bytes = new Uint8Array(readFileSync(join(published, `${t}.csv`)));
  return { name: `${t}.csv`, size: bytes.length, bytes };
});
const zentren = tables.find((t) => t.name === 'zentren.csv')!.bytes!;
const zentrenText = new TextDecoder().decode(zentren);

/** Writes one fixture as zentren.csv into its own folder and returns the path. */
function fixture(kind: string, bytes: Uint8Array): string {
  mkdirSync(join(tmp, kind));
  const path = join(tmp, kind, 'zentren.csv');
  writeFileSync(path, bytes);
  return path;
}

const clean = fixture('clean', zentren);
const parsed = validateData(tables, { today }).tables.zentren!;
const rows = parsed.rows.length;
const excel = fixture('excel', excelRoundTrip([parsed])[0]!.bytes!);
const brokenLines = zentrenText.split('\n');
brokenLines[1] = brokenLines[1]!.replace(';Stadt Düsseldorf;', ';=HYPERLINK("http://evil.example/");');
brokenLines[2] = brokenLines[2]!.replace(/;2013-08-01;/, ';31.02.2013;');
const broken = fixture('broken', new TextEncoder().encode(`\ufeff${brokenLines.join('\n')}`));

async function check(page: Page, path: string): Promise<{ verdict: string; lines: string[] }> {
  await page.locator('#pruefen-dateien').setInputFiles(path);
  const verdict = page.locator('[data-urteil]');
  await expect
    .poll(async () => (await verdict.textContent()) ?? '', { timeout: 20_000 })
    .toMatch(/^(Bereit|Noch nicht)/);
  return { verdict: (await verdict.textContent())!, lines: await page.locator('[data-zeilen] li').allTextContents() };
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as { id: string; impact: string | null }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.PRUEFEN_SCREENSHOTS;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

describe('/daten/pruefen/', () => {
  it('says the published file is ready to upload, and sends nothing', async () => {
    const { page, consoleErrors, requests } = await newPage();
    await page.goto(siteUrl('/daten/pruefen/'));
    const { verdict, lines } = await check(page, clean);
    expect(verdict).toBe('Bereit zum Hochladen: zentren.csv hat keine Fehler.');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Daten geprüft: 6 Tabellen, [\d.]+ Zeilen, keine Fehler, keine Hinweise\.$/);
    expect(await page.locator('[data-downloads] a').count()).toBe(0);
    const origin = new URL(siteUrl('/')).origin;
    expect(requests.filter((r) => !r.startsWith(origin))).toEqual([]);
    expect(requests.filter((r) => /\/daten\/[a-z]+\.csv$/.test(r))).toHaveLength(6);
    expect(consoleErrors).toEqual([]);
  });

  for (const width of [360, 1280]) {
    it(`accepts the Excel save with one collapsed hint line and offers the canonical file (${width} px)`, async () => {
      const { page, consoleErrors } = await newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      await page.goto(siteUrl('/daten/pruefen/'));
      const { verdict, lines } = await check(page, excel);
      // ags and kreis_ags of every row lost their leading zero.
      expect(verdict).toBe(`Bereit zum Hochladen: zentren.csv hat keine Fehler (${2 * rows} Hinweise, siehe unten).`);
      expect(lines[0]).toBe(
        `data/zentren.csv:2:2: Hinweis: AGS ohne führende Null in ${rows} Zeilen (2–${rows + 1}) – automatisch ergänzt, z. B. „5111“ → „05111“. „npm run data:format“ schreibt die Datei mit fünfstelligen AGS zurück.`,
      );
      expect(lines[1]).toMatch(
        new RegExp(`^Daten geprüft: 6 Tabellen, [\\d.]+ Zeilen, keine Fehler, ${2 * rows} Hinweise\\.$`),
      );
      const link = page.locator('[data-downloads] a');
      expect(await link.textContent()).toBe('zentren.csv in der Form des Repositorys herunterladen');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(readFileSync((await download.path())!)).toEqual(Buffer.from(zentren));
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `pruefen-excel-${width}`);
      expect(consoleErrors).toEqual([]);
    });

    it(`says the broken file is not ready and lists its errors first (${width} px)`, async () => {
      const { page, consoleErrors } = await newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      await page.goto(siteUrl('/daten/pruefen/'));
      const { verdict, lines } = await check(page, broken);
      expect(verdict).toBe(
        'Noch nicht bereit: 2 Fehler. Bitte die Fehler in der Tabelle beheben, die Datei speichern und hier erneut prüfen.',
      );
      expect(lines).toEqual([
        'data/zentren.csv:2:4: Fehler: Spalte „traeger“: „=HYPERLINK("http://evil.example/")“ beginnt mit „=“. Tabellenprogramme lesen eine solche Zelle als Formel und führen sie beim Öffnen der Download-Datei aus; darum ist das am Zellanfang nicht erlaubt. Bitte das Zeichen entfernen oder ein Wort davorsetzen; ein Minus oder Plus am Anfang bitte als Wort schreiben („minus 5 %“, „plus 2 Stellen“) oder als Zeichen „−“ (Unicode-Minus).',
        'data/zentren.csv:3:6: Fehler: Spalte „start“: „31.02.2013“ ist kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT).',
        '2 Fehler in 1 Datei.',
      ]);
      expect(await page.locator('[data-urteil]').getAttribute('data-status')).toBe('fehler');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `pruefen-kaputt-${width}`);
      expect(consoleErrors).toEqual([]);
    });
  }
});
