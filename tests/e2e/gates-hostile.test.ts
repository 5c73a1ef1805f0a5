/**
 * Hostile data gate. (1) What the validator must refuse — <script>, "><img onerror>, bidi and
 * zero-width characters, 10,000-character names, a javascript: source URL — is refused with its
 * position. (2) What it still accepts — quote and attribute break-outs, pre-escaped markup,
 * template syntax, right-to-left text, maximum-length names, quotes inside an http(s) URL — builds a
 * site (from a temporary copy) where nothing executes in Chromium and no event handler appears.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineHandlers, scanTags } from '../../tools/bench/html.ts';
import { findBrokenReferences } from '../../tools/bench/links.ts';
import { launchBrowser, openPage } from './harness.ts';
import { isolatedBuild, type IsolatedBuild } from './isolated-build.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';
import { htmlFiles, pageTypes, readSite } from '../../tools/bench/site-pages.ts';

const root = join(import.meta.dirname, '..', '..');

type Table = string[][];

function readTable(dir: string, file: string): Table {
  return parse(readFileSync(join(dir, file)), { delimiter: ';', bom: true, relax_column_count: true }) as Table;
}

function writeTable(dir: string, file: string, rows: Table): void {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  writeFileSync(join(dir, file), `\ufeff${rows.map((row) => row.map(quote).join(';')).join('\n')}\n`);
}

/** Sets a cell of the row whose first column is `key` (or of data row `key` when a number); returns its spreadsheet line. */
function setCell(rows: Table, key: string | number, column: string, value: string): number {
  const col = rows[0]!.indexOf(column);
  const index = typeof key === 'number' ? key : rows.findIndex((row, i) => i > 0 && row[0] === key);
  if (col === -1 || index < 1) throw new Error(`no cell ${String(key)}/${column}`);
  rows[index]![col] = value;
  return index + 1;
}

describe('validation refuses dangerous values with their position', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ki-nrw-hostile-invalid-'));
  let lines: Record<'script' | 'img' | 'rtl' | 'zeroWidth' | 'long' | 'url', number>;
  let run: SpawnSyncReturns<string>;
  let report: string[];

  beforeAll(() => {
    cpSync(join(root, 'data'), dir, { recursive: true });
    const kreise = readTable(dir, 'kreise.csv');
    const quellen = readTable(dir, 'quellen.csv');
    lines = {
      script: setCell(kreise, 1, 'name', '<script>alert(1)</script>'),
      img: setCell(kreise, 2, 'name', '"><img src=x onerror=alert(1)>'),
      rtl: setCell(kreise, 3, 'name', 'Stadt \u202eneseE'),
      zeroWidth: setCell(kreise, 4, 'name', 'Stadt\u200bBochum'),
      long: setCell(kreise, 5, 'name', 'A'.repeat(10_000)),
      url: setCell(quellen, 1, 'url', 'javascript:alert(1)'),
    };
    writeTable(dir, 'kreise.csv', kreise);
    writeTable(dir, 'quellen.csv', quellen);
    run = spawnSync(process.execPath, ['scripts/check-data.ts', '--data', dir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    report = run.stdout.split('\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits with 1', () => {
    expect(run.status).toBe(1);
  });

  it('rejects a javascript: source URL with the exact message', () => {
    expect(report).toContain(
      `${dir}/quellen.csv:${lines.url}:5: Fehler: Spalte „url“: „javascript:alert(1)“ ist keine zulässige Webadresse. Erlaubt sind nur Adressen, die mit http:// oder https:// beginnen.`,
    );
  });

  it.each([
    ['<script>', 'script', 'enthält HTML („<script“)'],
    ['"><img onerror>', 'img', 'enthält HTML („<img'],
    ['a right-to-left override', 'rtl', 'enthält das unsichtbare Steuerzeichen U+202E'],
    ['a zero-width space', 'zeroWidth', 'enthält das unsichtbare Steuerzeichen U+200B'],
    ['a 10,000-character name', 'long', 'Der Text ist 10.000 Zeichen lang; erlaubt sind höchstens 200.'],
  ] as const)('rejects %s in kreise.csv at its line and column', (_what, key, phrase) => {
    const line = report.find((l) => l.startsWith(`${dir}/kreise.csv:${lines[key]}:2: Fehler: Spalte „name“: `));
    expect(line).toContain(phrase);
  });
});

/** Cells a spreadsheet would run as formulas; they go into an unknown column of kreise.csv. */
const formulas = [
  '=HYPERLINK("http://evil.example/";"Quelle")',
  '+1+cmd',
  '-2+3',
  '@SUMME(A1)',
  '\t=1',
  '<script>x</script>',
];

/** Values the validator accepts but a careless template would turn into code. */
const kleveName = 'Kreis Kleve" onmouseover="alert(1)" data-x="';
const accepted = {
  kleveName,
  bezirk: "Düsseldorf' onfocus='alert(2)' autofocus x='",
  anmerkung:
    `&lt;script&gt;alert(3)&lt;/script&gt; \${alert(4)} {{alert(5)}} &#60;img src=x onerror=alert(9)&#62; مركز الاندماج – מרכז שילוב `.padEnd(
      5000,
      'ـ',
    ),
  longRtlName: 'Stadt Düsseldorf مدينة دوسلدورف עיר '.padEnd(200, 'x'),
  traeger: 'javascript:alert(6)',
  startBedeutung: "'-alert(7)-' `;alert(8);` \\u003cscript\\u003e",
  quelleUrl: 'https://example.org/?q="onmouseover="alert(11)"&x=\'onfocus=\'alert(12)\'',
  quelleTitel: 'Quelle " onclick="alert(13)',
};

describe('a site built from hostile but valid data', () => {
  let build: IsolatedBuild;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = isolatedBuild({
      prepare(dir) {
        const data = join(dir, 'data');
        const kreise = readTable(data, 'kreise.csv');
        setCell(kreise, '05154', 'name', accepted.kleveName);
        setCell(kreise, '05154', 'regierungsbezirk', accepted.bezirk);
        setCell(kreise, '05154', 'anmerkung', accepted.anmerkung);
        setCell(kreise, '05111', 'name', accepted.longRtlName);
        // An unknown column is only a hint: its formulas and markup must still never be published.
        kreise[0]!.push('private_notizen');
        kreise.slice(1).forEach((row, i) => row.push(formulas[i % formulas.length]!));
        writeTable(data, 'kreise.csv', kreise);
        const zentren = readTable(data, 'zentren.csv');
        setCell(zentren, 'kleve', 'traeger', accepted.traeger);
        setCell(zentren, 'kleve', 'start_bedeutung', accepted.startBedeutung);
        writeTable(data, 'zentren.csv', zentren);
        const quellen = readTable(data, 'quellen.csv');
        setCell(quellen, 'kreis-kleve-2018-09-06', 'url', accepted.quelleUrl);
        setCell(quellen, 'kreis-kleve-2018-09-06', 'titel', accepted.quelleTitel);
        writeTable(data, 'quellen.csv', quellen);
      },
    });
    if (build.status === 0) {
      server = await serveStatic(build.dist);
      browser = await launchBrowser();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    build?.remove();
  });

  it('builds (the values are valid data)', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('has no inline event handler and no javascript: link in any built file', () => {
    const site = readSite(build.dist);
    const handlers = [...site.files]
      .filter((f) => f.endsWith('.html') || f.endsWith('.svg'))
      .flatMap((f) => inlineHandlers(scanTags(site.read(f))).map((h) => `${f}: ${h}`));
    expect(handlers).toEqual([]);
    expect(findBrokenReferences(site, '/').filter((b) => b.problem.includes('javascript'))).toEqual([]);
  });

  it('publishes no formula cell and no unknown column in any file under daten/', () => {
    const site = readSite(build.dist);
    const csvFiles = [...site.files].filter((f) => f.startsWith('daten/') && f.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThanOrEqual(12);
    const formulaCells = csvFiles.flatMap((file) => {
      const delimiter = file.endsWith('-maschinenlesbar.csv') ? ',' : ';';
      const rows = parse(readFileSync(join(build.dist, file)), {
        delimiter,
        bom: true,
        relax_column_count: true,
      }) as Table;
      expect(rows[0], file).not.toContain('private_notizen');
      return rows.flat().flatMap((cell) => (/^[=+\-@\t\r]/.test(cell) ? [`${file}: ${cell}`] : []));
    });
    expect(formulaCells).toEqual([]);
    for (const file of csvFiles) expect(site.read(file), file).not.toContain('HYPERLINK');
  });

  it('shows the hostile name as plain text on the Kleve page', async () => {
    const kreis = pageTypes(readSite(build.dist)).pages.find((p) => p.name === 'kreis');
    expect(kreis?.path).toMatch(/^kreis\/05154-/);
    const { page } = await openPage(browser!);
    await page.goto(new URL(kreis!.path, server!.url).href);
    expect(await page.locator('h1').first().textContent()).toContain(kleveName);
    await page.context().close();
  });

  it(
    'executes nothing on any page: no dialog, no script error, no blocked inline code',
    { timeout: 240_000 },
    async () => {
      const site = readSite(build.dist);
      const files = htmlFiles(site).filter((f) => f !== '404.html');
      const findings: string[] = [];
      // Three tabs of the one browser share the pages, each tab visiting every third page.
      const tabs = 3;
      await Promise.all(
        Array.from({ length: tabs }, async (_, tab) => {
          const { page, consoleErrors } = await openPage(browser!);
          page.on('dialog', async (dialog) => {
            findings.push(`${page.url()}: dialog "${dialog.message()}"`);
            await dialog.dismiss();
          });
          for (const file of files.filter((_, i) => i % tabs === tab)) {
            await page.goto(new URL(file.replace(/index\.html$/, ''), server!.url).href, { waitUntil: 'load' });
            // Pointer over and focus on the elements that carry the hostile text, as a visitor would
            // (an element that is not visible cannot be pointed at: no waiting for it).
            for (const selector of ['h1', 'main a', 'main td', '[data-ags="05154"]']) {
              const target = page.locator(selector).first();
              if (await target.isVisible()) await target.hover({ timeout: 2_000 }).catch(() => undefined);
            }
            await page.keyboard.press('Tab');
          }
          findings.push(...consoleErrors);
          await page.context().close();
        }),
      );
      expect(findings).toEqual([]);
    },
  );
});
