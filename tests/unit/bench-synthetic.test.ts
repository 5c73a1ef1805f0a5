import { describe, expect, it } from 'vitest';
import { syntheticAgs, syntheticData } from '../../tools/bench/synthetic.ts';
import { formatProblem } from '../../src/core/read/problems.ts';
import { validateData, type DataFile } from '../../src/core/read/validate.ts';

function files(tables: Record<string, string>): DataFile[] {
  return Object.entries(tables).map(([name, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { name, size: bytes.length, bytes };
  });
}

describe('syntheticAgs(i)', () => {
  it.each([
    [0, '01001'],
    [15, '16001'],
    [16, '01002'],
    [3199, '16200'],
  ])('numbers district %i as %s', (i, ags) => {
    expect(syntheticAgs(i)).toBe(ags);
  });
});

describe('syntheticData(scale)', () => {
  it('passes the validator as a Germany-wide set of 400 districts (any state prefix)', () => {
    const result = validateData(files(syntheticData(1)), {
      dir: 'synthetic',
      today: '2026-01-01',
      expectedKreise: 400,
      agsPrefix: null,
    });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.data?.kreise).toHaveLength(400);
    expect(result.data?.zentren).toHaveLength(400);
    expect(result.data?.foerderung).toHaveLength(4 * 2 * 14);
  });

  it('multiplies every table with the scale and stays valid', () => {
    const result = validateData(files(syntheticData(2)), {
      dir: 'synthetic',
      today: '2026-01-01',
      expectedKreise: 800,
      agsPrefix: null,
    });
    expect(result.errors).toBe(0);
    expect(result.stats.rows).toBe(2 * (400 + 400 + 4 * 2 * 14 + 14 + 2 * 400) + 4);
  });

  it('is deterministic', () => {
    expect(syntheticData(1)).toEqual(syntheticData(1));
  });
});
