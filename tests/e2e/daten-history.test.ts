/**
 * The data history end to end: a temporary git repository whose data/ gets one more commit (Stadt
 * Düsseldorf's start date). The built site lists the change in German on /daten/aenderungen/ and in
 * the feed, and keeps both states under /daten/stand/<date>/ with exactly the committed CSVs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './harness.ts';
import { isolatedBuild, type IsolatedBuild } from './isolated-build.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';
import { git } from '../unit/git-fixture.ts';

const newPage = useBrowser();
/** The sentence the change log must show; its sources are the row's own (read from data/, which maintainers extend). */
let sentence = '';
let build: IsolatedBuild;
let site: StaticServer | undefined;
let before = '';
let after = '';

beforeAll(async () => {
  build = isolatedBuild({
    prepare(dir) {
      const file = join(dir, 'data', 'zentren.csv');
      before = readFileSync(file, 'utf8');
      const row = before.split('\n').find((line) => line.startsWith('duesseldorf;'))!;
      const records = parse(before, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
      const quelle = records.find((r) => r['id'] === 'duesseldorf')?.['quelle'];
      sentence = `Stadt Düsseldorf: Start von unbekannt auf 01.08.2013 gesetzt, Quelle ${quelle}.`;
      const edited = row.replace(';kreisfreie Stadt;;', ';kreisfreie Stadt;2013-08-01;');
      if (edited === row) throw new Error('data/zentren.csv: Düsseldorf has a start date already; pick another row');
      after = before.replace(row, edited);
      git(dir, ['init', '-q', '-b', 'main']);
      git(dir, ['add', 'data']);
      git(dir, ['commit', '-q', '-m', 'Daten veröffentlicht'], '2026-11-20T10:00:00+01:00');
      writeFileSync(file, after);
      git(dir, ['add', 'data']);
      git(dir, ['commit', '-q', '-m', 'Düsseldorf: Start laut Stadt belegt'], '2026-11-25T09:30:00+01:00');
    },
  });
  if (build.status === 0) site = await serveStatic(build.dist);
});
afterAll(async () => {
  await site?.close();
  build?.remove();
});

describe('a data change committed in the repository', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('shows up on /daten/aenderungen/ with the German sentence and the commit message, newest first', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(`${site!.url}daten/aenderungen/`);
    const items = page.locator('ol.aenderungen > li');
    await expect(items.count()).resolves.toBe(2);
    await expect(items.nth(0).locator('h2').textContent()).resolves.toBe(
      '25.11.2026: Düsseldorf: Start laut Stadt belegt',
    );
    await expect(items.nth(0).locator('li').allTextContents()).resolves.toEqual([sentence]);
    await expect(items.nth(1).locator('h2').textContent()).resolves.toBe('20.11.2026: Daten veröffentlicht');
    await items.nth(0).getByRole('link', { name: 'Datenstand 25.11.2026' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Datenstand 25.11.2026');
    await expect(page.locator('[data-citation]').textContent()).resolves.toBe(
      `KI-Atlas NRW, Datenstand 25.11.2026, CC BY 4.0, /daten/stand/2026-11-25/`,
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is an entry of the Atom feed', async () => {
    const feed = await (await fetch(`${site!.url}daten/aenderungen/feed.xml`)).text();
    expect(feed).toContain('<title>Datenänderung 25.11.2026: zentren.csv</title>');
    expect(feed).toContain(`<content type="text">zentren.csv: ${sentence}</content>`);
    expect(feed.match(/<entry>/g)).toHaveLength(2);
  });

  it('keeps both states citable, each with exactly the CSV of its commit', async () => {
    const csv = async (stand: string) =>
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await (await fetch(`${site!.url}daten/stand/${stand}/zentren.csv`)).arrayBuffer(),
      );
    expect(await csv('2026-11-25')).toBe(after);
    expect(await csv('2026-11-20')).toBe(before);
    const pkg = (await (await fetch(`${site!.url}daten/stand/2026-11-20/datapackage.json`)).json()) as {
      version: string;
      resources: { path: string; dialect: { delimiter: string } }[];
    };
    expect(pkg.version).toBe('2026-11-20');
    expect(pkg.resources.map((r) => [r.path, r.dialect.delimiter])).toContainEqual(['zentren.csv', ';']);
  });
});
