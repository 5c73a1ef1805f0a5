/**
 * /daten/ and its downloads as a visitor and a program get them: six tables with the right row
 * counts, every advertised file answers with the promised form (BOM and `;` for Excel, `,` and no
 * BOM for machines), and datapackage.json describes exactly those files, values included.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/model/format.ts';
import { tableSpecs } from '../../src/core/read/schema.ts';
import { atlas } from '../../src/build/site-data.ts';
import { launchBrowser, openPage, projectRoot as root, siteUrl } from './harness.ts';

const bom = [0xef, 0xbb, 0xbf];

interface Field {
  name: string;
  type: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; maxLength?: number; minimum?: number };
}
interface Resource {
  name: string;
  path: string;
  type: string;
  format: string;
  encoding: string;
  bytes: number;
  hash: string;
  dialect: { delimiter: string; header: boolean };
  schema: { fields: Field[]; missingValues: string[]; primaryKey?: string[] };
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
}

let browser: Browser;
let links: { href: string; form: string }[] = [];
let cards: { table: string; rows: string }[] = [];

async function download(url: string): Promise<{ status: number; type: string; bytes: Uint8Array }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

function machineRecords(bytes: Uint8Array): string[][] {
  return parse(new TextDecoder().decode(bytes), { delimiter: ',' }) as string[][];
}

beforeAll(async () => {
  browser = await launchBrowser();
  const { page } = await openPage(browser);
  await page.goto(siteUrl('/daten/'));
  links = await page
    .locator('a[download], a[data-download]')
    .evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, form: a.getAttribute('data-download') ?? '' })),
    );
  cards = await page.locator('.daten-uebersicht [data-table]').evaluateAll((items) =>
    items.map((item) => ({
      table: item.getAttribute('data-table') ?? '',
      rows: item.querySelector('[data-rows]')?.textContent ?? '',
    })),
  );
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

describe('/daten/', () => {
  it('lists the six tables with their row counts', () => {
    const expected = tableSpecs.map((spec) => {
      const rows = atlas[spec.name].length;
      return { table: spec.name, rows: `${formatNumber(rows, 0)} ${rows === 1 ? 'Zeile' : 'Zeilen'}` };
    });
    expect(cards).toEqual(expected);
    expect(cards.map((c) => c.rows).slice(0, 2)).toEqual(['53 Zeilen', '54 Zeilen']);
  });

  it('shows every column of every table with its type and meaning', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/daten/'));
    for (const spec of tableSpecs) {
      const rows = page.locator(`#tabelle-${spec.name} tr[data-column]`);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-column')))).toEqual(
        spec.columns.map((c) => c.name),
      );
      const cells = await rows.evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('.daten-typ')?.textContent, tr.querySelector('td')?.textContent]),
      );
      expect(cells.every(([type, meaning]) => (type ?? '').length > 0 && (meaning ?? '').length > 0)).toBe(true);
    }
    expect(await page.locator('#tabelle-zentren tr[data-column="start"] .daten-typ').innerText()).toBe(
      'Datum (Jahr, Monat oder Tag)',
    );
    await page.context().close();
  });

  it('advertises both forms of every table and the Data Package', () => {
    const files = [...new Set(links.map((l) => new URL(l.href).pathname.replace(/^.*\/daten\//, '')))].sort();
    const expected = [
      'datapackage.json',
      ...tableSpecs.flatMap((s) => [`${s.name}.csv`, `${s.name}-maschinenlesbar.csv`]),
    ].sort();
    expect(files).toEqual(expected);
  });
});

describe('downloads', () => {
  it.each(tableSpecs.map((s) => [s.name, s] as const))(
    '%s.csv is the maintainers’ file: UTF-8 with BOM, `;`, as in data/',
    async (_name, spec) => {
      const file = await download(siteUrl(`/daten/${spec.name}.csv`));
      expect(file.status).toBe(200);
      expect(file.type).toBe('text/csv; charset=utf-8');
      expect([...file.bytes.subarray(0, 3)]).toEqual(bom);
      const text = new TextDecoder().decode(file.bytes.subarray(3));
      expect(text.split(/\r?\n/)[0]).toBe(spec.columns.map((c) => c.name).join(';'));
      expect(Buffer.from(file.bytes).equals(readFileSync(join(root, 'src', 'generated', 'original', spec.file)))).toBe(
        true,
      );
    },
  );

  it.each(tableSpecs.map((s) => [s.name, s] as const))(
    '%s-maschinenlesbar.csv is UTF-8 without BOM, `,`, one record per row',
    async (_name, spec) => {
      const file = await download(siteUrl(`/daten/${spec.name}-maschinenlesbar.csv`));
      expect(file.status).toBe(200);
      expect(file.type).toBe('text/csv; charset=utf-8');
      expect([...file.bytes.subarray(0, 3)]).not.toEqual(bom);
      const [header, ...records] = machineRecords(file.bytes);
      expect(header).toEqual(spec.columns.map((c) => c.name));
      expect(records).toHaveLength(atlas[spec.name].length);
    },
  );

  it('every advertised link answers 200', async () => {
    const statuses = await Promise.all(
      links.map(async (l) => `${(await fetch(l.href)).status} ${new URL(l.href).pathname}`),
    );
    expect(statuses.filter((s) => !s.startsWith('200 '))).toEqual([]);
  });
});

/** Returns why a CSV value breaks a Table Schema field, or null when it fits. */
function violation(field: Field, value: string): string | null {
  const c = field.constraints ?? {};
  if (value === '') return c.required ? 'required' : null;
  const fullMatch = (pattern: string) => new RegExp(`^(?:${pattern})$`).test(value);
  const typeOk: Record<string, () => boolean> = {
    string: () => true,
    integer: () => /^-?\d+$/.test(value),
    number: () => /^-?\d+(\.\d+)?$/.test(value),
    year: () => /^\d{4}$/.test(value),
    date: () => /^\d{4}-\d{2}-\d{2}$/.test(value),
    boolean: () => [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value),
  };
  if (!(typeOk[field.type] ?? (() => false))()) return `type ${field.type}`;
  if (field.format === 'uri' && !/^https?:\/\//.test(value)) return 'format uri';
  if (c.enum && !c.enum.includes(value)) return 'enum';
  if (c.pattern && !fullMatch(c.pattern)) return `pattern ${c.pattern}`;
  if (c.maxLength !== undefined && [...value].length > c.maxLength) return 'maxLength';
  if (c.minimum !== undefined && Number(value) < c.minimum) return 'minimum';
  return null;
}

describe('/daten/datapackage.json', () => {
  let pkg: {
    $schema: string;
    name: string;
    licenses: { name: string; path: string }[];
    sources: unknown[];
    resources: Resource[];
  };

  beforeAll(async () => {
    const file = await download(siteUrl('/daten/datapackage.json'));
    expect(file.status).toBe(200);
    pkg = JSON.parse(new TextDecoder().decode(file.bytes));
  });

  it('is a Data Package v2 with licences, sources and one table resource per table', () => {
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses.map((l) => l.name)).toContain('CC-BY-4.0');
    expect(pkg.licenses.every((l) => l.name && l.path)).toBe(true);
    expect(pkg.sources).toHaveLength(atlas.quellen.length);
    expect(pkg.resources.map((r) => r.name)).toEqual(tableSpecs.map((s) => s.name));
    for (const r of pkg.resources) {
      expect(r).toMatchObject({
        type: 'table',
        format: 'csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true },
      });
      expect(r.licenses.length).toBeGreaterThan(0);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.sources.every((s) => typeof s.title === 'string' && s.title.length > 0)).toBe(true);
    }
  });

  it('points every resource at its machine CSV, with the right size, hash and header', async () => {
    for (const r of pkg.resources) {
      const file = await download(new URL(r.path, siteUrl('/daten/datapackage.json')).href);
      expect(file.status, r.path).toBe(200);
      expect(file.bytes.byteLength, r.path).toBe(r.bytes);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(file.bytes).digest('hex')}`);
      expect(machineRecords(file.bytes)[0], r.path).toEqual(r.schema.fields.map((f) => f.name));
    }
  });

  it('describes every value of every machine CSV truthfully (types, patterns, choices, required, unique keys)', async () => {
    const problems: string[] = [];
    for (const r of pkg.resources) {
      const file = await download(new URL(r.path, siteUrl('/daten/datapackage.json')).href);
      const [, ...records] = machineRecords(file.bytes);
      records.forEach((record, i) => {
        r.schema.fields.forEach((field, j) => {
          const why = violation(field, record[j] ?? '');
          if (why) problems.push(`${r.path}:${i + 2}:${field.name}: „${record[j]}“ (${why})`);
        });
      });
      if (r.schema.primaryKey) {
        const keys = records.map((rec) =>
          r.schema.primaryKey!.map((k) => rec[r.schema.fields.findIndex((f) => f.name === k)]).join('|'),
        );
        expect(new Set(keys).size, `${r.name} primary key`).toBe(keys.length);
      }
    }
    expect(problems).toEqual([]);
  });
});
