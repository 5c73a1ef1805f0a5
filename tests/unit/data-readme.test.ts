/**
 * data/README.md is what maintainers read; src/core/read/schema.ts is what the checks apply. Both must
 * list the same columns in the same order for every table, so neither can drift from the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableSpecs } from '../../src/core/read/schema.ts';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'README.md'), 'utf8');

/** Returns the column names of the first table under the "## <file> –" heading of data/README.md. */
function documentedColumns(file: string): string[] | null {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## ${file} `));
  if (start < 0) return null;
  const columns: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    const cell = /^\| `([a-z0-9_]+)` \|/.exec(line);
    if (cell) columns.push(cell[1]!);
    else if (columns.length > 0 && !line.startsWith('|')) break;
  }
  return columns;
}

describe('data/README.md and the schema', () => {
  it.each(tableSpecs.map((spec) => [spec.file, spec] as const))('%s: same columns, same order', (file, spec) => {
    expect(documentedColumns(file)).toEqual(spec.columns.map((column) => column.name));
  });

  it('reads a documented table (the parser itself works)', () => {
    expect(documentedColumns('kreise.csv')?.slice(0, 3)).toEqual(['ags', 'name', 'art']);
    expect(documentedColumns('nicht-da.csv')).toBeNull();
  });
});
