/**
 * The committed width table (src/core/charts/font-metrics.ts) is what fontkit reads from the shipped
 * fonts: a changed font or a hand edit of the table fails here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advanceWidths, exportChars } from '../../src/build/font-metrics.ts';
import { boldWidths, measuredChars, regularWidths } from '../../src/core/charts/font-metrics.ts';

const fonts = join(import.meta.dirname, '..', '..', 'src', 'assets', 'fonts');

describe('export font metrics', () => {
  it('measures the characters the generator lists', () => {
    expect(measuredChars).toBe(exportChars.join(''));
  });

  it('matches DejaVu Sans Book and Bold as fontkit reads them', () => {
    expect(regularWidths).toEqual(advanceWidths(join(fonts, 'DejaVuSans.ttf')));
    expect(boldWidths).toEqual(advanceWidths(join(fonts, 'DejaVuSans-Bold.ttf')));
  });

  it('keeps the widths the earlier hand-written TrueType reader produced for a few glyphs', () => {
    const at = (c: string) => regularWidths[measuredChars.indexOf(c)];
    // Values of the table generated before fontkit (space, digit, widest capital, euro sign).
    expect([at(' '), at('0'), at('W'), at('€')]).toEqual([0.318, 0.636, 0.989, 0.636]);
  });
});
