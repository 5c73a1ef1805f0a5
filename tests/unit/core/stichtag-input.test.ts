import { describe, expect, it } from 'vitest';
import { readStichtagInput } from '../../../src/core/model/stichtag-input.ts';

const range = 'Bitte ein Datum zwischen 01.01.2013 und 05.12.2026 eingeben.';

describe('readStichtagInput(value, min, max)', () => {
  it.each([
    ['2017-10-10', { kind: 'date', stichtag: '2017-10-10' }],
    ['2013-01-01', { kind: 'date', stichtag: '2013-01-01' }],
    ['2026-12-05', { kind: 'date', stichtag: '2026-12-05' }],
    // Chromium reports "" while a part of the date is empty.
    ['', { kind: 'incomplete', message: `Bitte ein vollständiges Datum eingeben (TT.MM.JJJJ). ${range}` }],
    // A year typed digit by digit passes through 0002, 0020 and 0201: never a date to show.
    ['0002-10-10', { kind: 'incomplete', message: `Bitte ein vollständiges Datum eingeben (TT.MM.JJJJ). ${range}` }],
    ['0201-10-10', { kind: 'out-of-range', message: `Der 10.10.0201 liegt vor dem Start des Programms. ${range}` }],
    ['2010-05-01', { kind: 'out-of-range', message: `Der 01.05.2010 liegt vor dem Start des Programms. ${range}` }],
    ['2026-12-06', { kind: 'out-of-range', message: `Der 06.12.2026 liegt in der Zukunft. ${range}` }],
  ] as const)('%s', (value, expected) => {
    expect(readStichtagInput(value, '2013-01-01', '2026-12-05')).toEqual(expected);
  });
});
