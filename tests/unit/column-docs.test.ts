import { describe, expect, it } from 'vitest';
import { columnTypeLabel, tableDocs } from '../../src/core/read/column-docs.ts';
import { tableSpecs } from '../../src/core/read/schema.ts';

describe('tableDocs', () => {
  it.each(tableSpecs.map((spec) => [spec.name, spec] as const))(
    'documents exactly the columns of %s.csv',
    (name, spec) => {
      expect(Object.keys(tableDocs[name].columns)).toEqual(spec.columns.map((column) => column.name));
    },
  );

  it('gives every column a non-empty meaning', () => {
    const empty = Object.entries(tableDocs).flatMap(([table, doc]) =>
      Object.entries(doc.columns)
        .filter(([, text]) => text.trim() === '')
        .map(([column]) => `${table}.${column}`),
    );
    expect(empty).toEqual([]);
  });
});

describe('columnTypeLabel(column)', () => {
  it.each([
    [{ name: 'art', kind: 'enum', values: ['gemeldet', 'abgeleitet'] }, 'Auswahl: gemeldet, abgeleitet'],
    [{ name: 'start', kind: 'date' }, 'Datum (Jahr, Monat oder Tag)'],
    [{ name: 'betrag_eur', kind: 'euro' }, 'Betrag in Euro'],
    [{ name: 'ki_spezifisch', kind: 'ja-nein' }, 'ja/nein'],
  ] as const)('labels %o as „%s“', (column, label) => {
    expect(columnTypeLabel(column)).toBe(label);
  });
});
