import { describe, expect, it } from 'vitest';
import { tableDocs } from '../../src/core/read/column-docs.ts';
import {
  buildDataPackage,
  ccBy4,
  dlDeBy2,
  fieldFor,
  licenseFromText,
  sourceFor,
  type PackageInput,
} from '../../src/core/views/datapackage.ts';
import { tableSpec, tableSpecs, type ColumnSpec } from '../../src/core/read/schema.ts';
import type { Quelle } from '../../src/core/model/types.ts';

const quelle = (id: string, lizenz = '', url = `https://example.org/${id}`): Quelle => ({
  id,
  titel: `Titel ${id}`,
  herausgeber: 'Land NRW',
  datum: null,
  url,
  lizenz,
  line: 2,
});

describe('fieldFor(column, description)', () => {
  it.each<[ColumnSpec, object]>([
    [
      { name: 'ags', kind: 'ags', lengths: [5], required: true },
      { type: 'string', constraints: { required: true, pattern: '\\d{5}' } },
    ],
    [
      { name: 'ags', kind: 'ags', lengths: [5, 8] },
      { type: 'string', constraints: { pattern: '(\\d{5}|\\d{8})' } },
    ],
    [
      { name: 'kreis_ags', kind: 'kreis-ref', allowNrw: true },
      { type: 'string', constraints: { pattern: '(\\d{5}|NRW)' } },
    ],
    [
      { name: 'art', kind: 'enum', values: ['gemeldet', 'abgeleitet'] },
      { type: 'string', constraints: { enum: ['gemeldet', 'abgeleitet'] } },
    ],
    [
      { name: 'einwohner', kind: 'integer' },
      { type: 'integer', constraints: { minimum: 0 } },
    ],
    [
      { name: 'stellen', kind: 'decimal' },
      { type: 'number', constraints: { minimum: 0 } },
    ],
    [
      { name: 'betrag_eur', kind: 'euro' },
      { type: 'number', constraints: { minimum: 0 } },
    ],
    [
      { name: 'jahr', kind: 'year', required: true },
      { type: 'year', constraints: { required: true } },
    ],
    [{ name: 'einwohner_stand', kind: 'day' }, { type: 'date' }],
    [
      { name: 'start', kind: 'date' },
      { type: 'string', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } },
    ],
    [
      { name: 'url', kind: 'url' },
      { type: 'string', format: 'uri' },
    ],
    [
      { name: 'ki_spezifisch', kind: 'ja-nein' },
      { type: 'boolean', trueValues: ['ja'], falseValues: ['nein'] },
    ],
    [
      { name: 'was', kind: 'text', max: 200 },
      { type: 'string', constraints: { maxLength: 200 } },
    ],
    [{ name: 'id', kind: 'id' }, { type: 'string' }],
  ])('maps %o', (column, expected) => {
    expect(fieldFor(column, 'Bedeutung')).toEqual({ name: column.name, description: 'Bedeutung', ...expected });
  });

  it('accepts the machine spellings with its patterns', () => {
    const pattern = (column: ColumnSpec) => new RegExp(`^(?:${fieldFor(column, '').constraints?.pattern})$`);
    const date = pattern({ name: 'start', kind: 'date' });
    expect(['2013', '2013-07', '2018-09-06'].every((v) => date.test(v))).toBe(true);
    expect(['13', '2013-7', '06.09.2018'].some((v) => date.test(v))).toBe(false);
    const quellen = pattern({ name: 'quelle', kind: 'quellen' });
    expect(quellen.test('mkffi-2017|rp-2017-10-21')).toBe(true);
    expect(quellen.test('a||b')).toBe(false);
  });
});

describe('licenseFromText(text)', () => {
  it.each([
    ['dl-de/by-2-0', dlDeBy2.name],
    ['Datenlizenz Deutschland – Namensnennung – Version 2.0', dlDeBy2.name],
    ['CC BY 4.0', ccBy4.name],
    ['cc-by-4.0', ccBy4.name],
    ['dl-de/zero-2-0', 'dl-de-zero-2.0'],
    ['GeoNutzV laut Paket; Quellenvermerk © GeoBasis-DE / BKG', 'GeoNutzV'],
    ['Zitat (§ 51 UrhG), Fakten gemeinfrei', null],
    ['© Kreis Kleve, alle Rechte vorbehalten', null],
    ['', null],
  ])('reads „%s“ as %s', (text, name) => {
    expect(licenseFromText(text)?.name ?? null).toBe(name);
  });
});

describe('sourceFor(quelle)', () => {
  it('names the publisher and links the URL', () => {
    expect(sourceFor(quelle('a'))).toEqual({ title: 'Titel a (Land NRW)', path: 'https://example.org/a' });
  });

  it('leaves out the path of a source without URL', () => {
    expect(sourceFor({ ...quelle('b', '', ''), herausgeber: '' })).toEqual({ title: 'Titel b' });
  });
});

describe('buildDataPackage(input)', () => {
  const input: PackageInput = {
    name: 'ki-atlas-nrw',
    title: 'KI-Atlas NRW',
    description: 'Beschreibung',
    stand: '2026-11-25',
    publisher: { name: 'Redaktion', email: 'redaktion@example.org' },
    extraLicenses: [dlDeBy2],
    resources: tableSpecs.map((spec) => ({
      spec,
      doc: tableDocs[spec.name],
      path: `${spec.name}-maschinenlesbar.csv`,
      quellen:
        spec.name === 'kreise'
          ? [quelle('destatis', 'CC BY 4.0'), quelle('destatis', 'CC BY 4.0')]
          : [quelle('mkffi', 'dl-de/by-2-0')],
    })),
  };
  const pkg = buildDataPackage(input);

  it('is a Data Package v2 with one table resource per table, in schema order', () => {
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.version).toBe('2026-11-25');
    expect(pkg.contributors).toEqual([
      { title: 'Redaktion', email: 'redaktion@example.org', roles: ['creator', 'publisher'] },
    ]);
    expect(new Set(pkg.resources.map((r) => [r.$schema, r.type].join(' ')))).toEqual(
      new Set(['https://datapackage.org/profiles/2.0/dataresource.json table']),
    );
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual(
      tableSpecs.map((s) => [s.name, `${s.name}-maschinenlesbar.csv`]),
    );
    expect(pkg.created).toBe('2026-11-25T00:00:00Z');
    expect('homepage' in pkg).toBe(false);
  });

  it('gives every resource a Table Schema with the columns of schema.ts and their meanings', () => {
    const zentren = pkg.resources.find((r) => r.name === 'zentren')!;
    expect(zentren.schema.fields.map((f) => f.name)).toEqual(tableSpec('zentren').columns.map((c) => c.name));
    expect(zentren.schema.fields.find((f) => f.name === 'start')?.description).toBe(tableDocs.zentren.columns.start);
    expect(zentren.schema.missingValues).toEqual(['']);
    expect(zentren.dialect).toEqual({
      $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
      delimiter: ',',
      quoteChar: '"',
      doubleQuote: true,
      header: true,
    });
    expect(zentren.schema.$schema).toBe('https://datapackage.org/profiles/2.0/tableschema.json');
    expect(zentren.encoding).toBe('utf-8');
  });

  it('lists each cited source once and derives licences from the sources', () => {
    const kreise = pkg.resources.find((r) => r.name === 'kreise')!;
    expect(kreise.sources).toEqual([{ title: 'Titel destatis (Land NRW)', path: 'https://example.org/destatis' }]);
    expect(kreise.licenses).toEqual([ccBy4]);
    expect(pkg.resources.find((r) => r.name === 'foerderung')!.licenses).toEqual([ccBy4, dlDeBy2]);
    expect(pkg.licenses).toEqual([ccBy4, dlDeBy2]);
    expect(pkg.sources.map((s) => s.title)).toEqual(['Titel destatis (Land NRW)', 'Titel mkffi (Land NRW)']);
  });

  it('adds size, hash, keys and homepage when given', () => {
    const withExtras = buildDataPackage({
      ...input,
      homepage: 'https://example.org/daten/',
      resources: [{ ...input.resources[0]!, bytes: 1234, sha256: 'ab12', primaryKey: ['ags'] }],
    });
    const [kreise] = withExtras.resources;
    expect(withExtras.homepage).toBe('https://example.org/daten/');
    expect(kreise).toMatchObject({ bytes: 1234, hash: 'sha256:ab12', schema: { primaryKey: ['ags'] } });
  });

  it('survives JSON round trips unchanged (no undefined values)', () => {
    expect(JSON.parse(JSON.stringify(pkg))).toEqual(pkg);
  });
});
