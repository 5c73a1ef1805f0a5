import { describe, expect, it } from 'vitest';
import {
  asUtf8WithBom,
  quellenOfTable,
  downloadFile,
  parseDownloadFile,
  tableKeys,
} from '../../src/core/views/downloads.ts';
import { tableSpecs } from '../../src/core/read/schema.ts';
import type { AtlasData, Quelle } from '../../src/core/model/types.ts';

const bom = [0xef, 0xbb, 0xbf];
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('downloadFile(table, form)', () => {
  it('names the maintainers’ file like data/ and the machine file with a suffix', () => {
    expect(downloadFile('kreise', 'tabelle')).toBe('kreise.csv');
    expect(downloadFile('kreise', 'maschinenlesbar')).toBe('kreise-maschinenlesbar.csv');
  });

  const pairs = tableSpecs.flatMap((spec) =>
    (['tabelle', 'maschinenlesbar'] as const).map((form) => [spec.name, form] as const),
  );
  it.each(pairs)('reads back %s in the form %s', (table, form) => {
    expect(parseDownloadFile(downloadFile(table, form))).toEqual({ table, form });
  });

  it('rejects other names', () => {
    expect(parseDownloadFile('kreise.json')).toBeNull();
    expect(parseDownloadFile('../kreise.csv')).toBeNull();
  });
});

describe('asUtf8WithBom(bytes)', () => {
  it('returns a UTF-8 file with BOM unchanged', () => {
    const file = bytes(...bom, ...utf8('ags;name\n05154;Kreis Kleve\n'));
    expect(asUtf8WithBom(file)).toBe(file);
  });

  it('adds the BOM to UTF-8 without one', () => {
    expect([...asUtf8WithBom(bytes(...utf8('name\nKöln\n')))]).toEqual([...bom, ...utf8('name\nKöln\n')]);
  });

  it('re-encodes Windows-1252 (German Excel "CSV") as UTF-8 with BOM', () => {
    const windows1252 = bytes(...utf8('name\nK'), 0xf6, ...utf8('ln\n'));
    expect([...asUtf8WithBom(windows1252)]).toEqual([...bom, ...utf8('name\nKöln\n')]);
  });
});

describe('quellenOfTable(atlas, table)', () => {
  const quelle = (id: string): Quelle => ({
    id,
    titel: id,
    herausgeber: '',
    datum: null,
    url: '',
    lizenz: '',
    line: 2,
  });
  const atlas = {
    quellen: [quelle('a'), quelle('b'), quelle('c')],
    chronik: [{ quelle: ['c', 'a'] }, { quelle: ['a'] }],
  } as unknown as AtlasData;

  it('returns the sources a table cites, once each, in first-mentioned order', () => {
    expect(quellenOfTable(atlas, 'chronik').map((q) => q.id)).toEqual(['c', 'a']);
  });

  it('returns every source for the source table itself', () => {
    expect(quellenOfTable(atlas, 'quellen').map((q) => q.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('tableKeys', () => {
  it('only names columns that exist in schema.ts', () => {
    const columns = new Map(tableSpecs.map((spec) => [spec.name, new Set(spec.columns.map((c) => c.name))]));
    for (const [table, keys] of Object.entries(tableKeys)) {
      for (const field of keys.primaryKey ?? []) expect(columns.get(table as never)?.has(field)).toBe(true);
      for (const fk of keys.foreignKeys ?? []) {
        expect(columns.get(table as never)?.has(fk.fields)).toBe(true);
        expect(columns.get(fk.reference.resource as never)?.has(fk.reference.fields)).toBe(true);
      }
    }
  });
});
