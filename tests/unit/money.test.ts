import { describe, expect, it } from 'vitest';
import { formatEuroMachine, parseEuro } from '../../src/core/read/money.ts';
import { parseNumber } from '../../src/core/read/numbers.ts';

describe('parseNumber(text, kind)', () => {
  it.each([
    ['1234', 'decimal', 1234],
    ['1234,5', 'decimal', 1234.5],
    ['1.234,5', 'decimal', 1234.5],
    ['1.234.567', 'decimal', 1234567],
    ['1.234.567,25', 'decimal', 1234567.25],
    ['5,5', 'decimal', 5.5],
    ['5.5', 'decimal', 5.5],
    ['1232.99', 'decimal', 1232.99],
    ['0,5', 'decimal', 0.5],
    ['-3', 'decimal', -3],
    [' 7 ', 'integer', 7],
    ['619294', 'integer', 619294],
    ['619.294', 'integer', 619294],
    ['1.085.664', 'integer', 1085664],
    ['12,0', 'integer', 12],
  ] as const)('reads %j as %s → %d', (text, kind, value) => {
    expect(parseNumber(text, kind)).toEqual({ ok: true, value });
  });

  it.each([
    ['fünf', 'decimal', '„fünf“ ist keine Zahl (erwartet z. B. 1234,5 oder 1.234,5).'],
    ['5 Stellen', 'decimal', '„5 Stellen“ ist keine Zahl (erwartet z. B. 1234,5 oder 1.234,5).'],
    ['1,234.5', 'decimal', '„1,234.5“ ist keine Zahl (erwartet z. B. 1234,5 oder 1.234,5).'],
    ['1.23.4', 'decimal', '„1.23.4“ ist keine Zahl (erwartet z. B. 1234,5 oder 1.234,5).'],
    ['1,2,3', 'decimal', '„1,2,3“ ist keine Zahl (erwartet z. B. 1234,5 oder 1.234,5).'],
    ['1.234', 'decimal', '„1.234“ ist mehrdeutig: Tausenderpunkt oder Dezimalpunkt? Bitte 1234 oder 1,234 schreiben.'],
    ['5,5', 'integer', '„5,5“ ist keine ganze Zahl. Bitte ohne Nachkommastellen eintragen.'],
  ] as const)('refuses %j (%s)', (text, kind, message) => {
    expect(parseNumber(text, kind)).toEqual({ ok: false, message });
  });
});

describe('parseEuro(text)', () => {
  it.each([
    ['170000', 17_000_000],
    ['170.000', 17_000_000],
    ['170.000,00', 17_000_000],
    ['170000.00', 17_000_000],
    ['14167,5', 1_416_750],
    ['14.167,50 €', 1_416_750],
    ['14167.50', 1_416_750],
    ['9.830.000', 983_000_000],
    ['50000 EUR', 5_000_000],
    ['0,01', 1],
    ['0', 0],
    ['-170.000', -17_000_000],
  ])('reads %j as %i cents', (text, cent) => {
    expect(parseEuro(text)).toEqual({ ok: true, cent });
  });

  it.each([
    ['ca. 10 Mio.', '„ca. 10 Mio.“ ist kein Eurobetrag (erwartet z. B. 170000, 170.000 oder 14.167,50).'],
    ['12,345', '„12,345“ hat mehr als zwei Nachkommastellen; ein Eurobetrag endet spätestens beim Cent.'],
    ['1.5.2017', '„1.5.2017“ ist kein Eurobetrag (erwartet z. B. 170000, 170.000 oder 14.167,50).'],
  ])('refuses %j', (text, message) => {
    expect(parseEuro(text)).toEqual({ ok: false, message });
  });
});

describe('formatEuroMachine(cent)', () => {
  it.each([
    [17_000_000, '170000'],
    [1_416_750, '14167.50'],
    [1, '0.01'],
    [0, '0'],
    [-150, '-1.50'],
  ])('%i → %j', (cent, text) => {
    expect(formatEuroMachine(cent)).toBe(text);
  });
});
