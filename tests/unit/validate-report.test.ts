import { describe, expect, it } from 'vitest';
import { error, formatProblem, formatSummary, hint, showValue, sortProblems } from '../../src/core/read/problems.ts';
import { formatSuccess, reportLines } from '../../src/core/read/report.ts';

describe('formatProblem(problem)', () => {
  it('puts the position first and marks hints', () => {
    expect(
      formatProblem(
        error(
          'data/zentren.csv',
          12,
          5,
          'Spalte „start“: „31.02.2017“ ist kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT).',
        ),
      ),
    ).toBe(
      'data/zentren.csv:12:5: Fehler: Spalte „start“: „31.02.2017“ ist kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT).',
    );
    expect(
      formatProblem(
        hint(
          'data/kreise.csv',
          4,
          1,
          'AGS „5154“ hat 4 Stellen; gelesen als „05154“ (Excel entfernt führende Nullen).',
        ),
      ),
    ).toBe(
      'data/kreise.csv:4:1: Hinweis: AGS „5154“ hat 4 Stellen; gelesen als „05154“ (Excel entfernt führende Nullen).',
    );
  });
});

describe('formatSummary(problems) and formatSuccess(stats, hints)', () => {
  const e = (file: string) => error(file, 1, 1, 'x');
  const h = (file: string) => hint(file, 1, 1, 'x');
  it.each([
    [[e('a'), e('b'), h('a')], '2 Fehler, 1 Hinweis in 2 Dateien.'],
    [[e('a')], '1 Fehler in 1 Datei.'],
    [[e('a'), h('a'), h('b'), h('c')], '1 Fehler, 3 Hinweise in 3 Dateien.'],
  ])('%#: %s', (problems, line) => {
    expect(formatSummary(problems)).toBe(line);
  });

  it.each([
    [{ tables: 6, rows: 283 }, 1, 'Daten geprüft: 6 Tabellen, 283 Zeilen, keine Fehler, 1 Hinweis.'],
    [{ tables: 6, rows: 1 }, 0, 'Daten geprüft: 6 Tabellen, 1 Zeile, keine Fehler, keine Hinweise.'],
    [{ tables: 1, rows: 0 }, 2, 'Daten geprüft: 1 Tabelle, keine Zeilen, keine Fehler, 2 Hinweise.'],
  ])('%j with %i hints', (stats, hints, line) => {
    expect(formatSuccess(stats, hints)).toBe(line);
  });

  it('ends a report with hints only on the success line', () => {
    expect(reportLines([h('data/kreise.csv')], { tables: 6, rows: 10 })).toEqual([
      'data/kreise.csv:1:1: Hinweis: x',
      'Daten geprüft: 6 Tabellen, 10 Zeilen, keine Fehler, 1 Hinweis.',
    ]);
  });
});

describe('sortProblems(problems, fileOrder)', () => {
  it('orders by the given file order, then line and column', () => {
    const sorted = sortProblems(
      [error('z.csv', 2, 1, 'c'), error('k.csv', 9, 1, 'b'), error('z.csv', 1, 4, 'a'), error('k.csv', 9, 1, 'b2')],
      ['k.csv', 'z.csv'],
    );
    expect(sorted.map((p) => p.message)).toEqual(['b', 'b2', 'a', 'c']);
  });
});

describe('showValue(value)', () => {
  it('spells out invisible characters and cuts long values', () => {
    expect(showValue('a\u202eb\u0007')).toBe('a<U+202E>b<U+0007>');
    expect(showValue('x'.repeat(10_000))).toBe(`${'x'.repeat(60)}…`);
  });
});

describe('reportLines(problems, stats) with collapsed hints', () => {
  it('counts every hint a collapsed line stands for in the success line', () => {
    const collapsed = { ...hint('data/zentren.csv', 2, 2, 'AGS ohne führende Null in 54 Zeilen (2–55)'), count: 108 };
    expect(reportLines([collapsed], { tables: 6, rows: 326 })).toEqual([
      'data/zentren.csv:2:2: Hinweis: AGS ohne führende Null in 54 Zeilen (2–55)',
      'Daten geprüft: 6 Tabellen, 326 Zeilen, keine Fehler, 108 Hinweise.',
    ]);
  });
});
