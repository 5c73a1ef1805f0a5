import { describe, expect, it } from 'vitest';
import { countStartPrecision, einwohnerStaende, maxAreaDeviation } from '../../src/core/views/methodik.ts';
import type { PartialDate } from '../../src/core/model/types.ts';

const date = (value: string, precision: PartialDate['precision']): PartialDate => ({
  value,
  precision,
  earliest: '',
  latest: '',
});

describe('countStartPrecision(zentren)', () => {
  it('counts day, month, year and missing start dates separately', () => {
    const zentren = [
      { start: date('2018-09-06', 'tag') },
      { start: date('2013-07', 'monat') },
      { start: date('2013', 'jahr') },
      { start: date('2012', 'jahr') },
      { start: null },
    ];
    expect(countStartPrecision(zentren)).toEqual({ tag: 1, monat: 1, jahr: 2, unbekannt: 1 });
  });

  it('returns zeros for no KIs', () => {
    expect(countStartPrecision([])).toEqual({ tag: 0, monat: 0, jahr: 0, unbekannt: 0 });
  });
});

describe('einwohnerStaende(kreise)', () => {
  it('returns each population date once, oldest first, without blanks', () => {
    const kreise = [
      { einwohnerStand: '2023-12-31' },
      { einwohnerStand: '2018-12-31' },
      { einwohnerStand: null },
      { einwohnerStand: '2018-12-31' },
    ];
    expect(einwohnerStaende(kreise)).toEqual(['2018-12-31', '2023-12-31']);
  });
});

describe('maxAreaDeviation(drawnKm2, kreise)', () => {
  it('returns the district whose drawn area is furthest from the official one, either way', () => {
    const drawn = new Map([
      ['05154', 1236.2],
      ['05111', 214.8],
      ['05112', 232.8],
    ]);
    const kreise = [
      { ags: '05154', flaecheKm2: 1232.0 },
      { ags: '05111', flaecheKm2: 217.41 },
      { ags: '05112', flaecheKm2: 232.8 },
    ];
    const result = maxAreaDeviation(drawn, kreise);
    expect(result?.ags).toBe('05111');
    expect(result?.deviation).toBeCloseTo(1 - 214.8 / 217.41, 10);
  });

  it('skips districts without an official area or without a drawn shape', () => {
    expect(
      maxAreaDeviation(new Map([['05154', 10]]), [
        { ags: '05154', flaecheKm2: null },
        { ags: '05111', flaecheKm2: 217.41 },
      ]),
    ).toBeNull();
  });
});
