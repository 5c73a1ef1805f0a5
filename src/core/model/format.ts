/**
 * The one place where numbers, money and dates become German text.
 * Money arrives as integer cents; dates as ISO strings (see types.ts).
 */
import type { IsoDate, PartialDate } from './types.ts';

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const euroWhole = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const euroCents = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Returns a number in German notation with up to `digits` decimals: 1234.5 → "1.234,5". */
export function formatNumber(value: number, digits = 1): string {
  if (digits === 0) return integer.format(value);
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: digits }).format(value);
}

/** Returns a number with exactly `digits` decimals in German notation: (0.28, 2) → "0,28", (1234.5, 1) → "1.234,5". */
export function formatFixed(value: number, digits: number): string {
  return new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Returns whole euros from cents, rounded half away from zero: 123456700 → "1.234.567 €"; -40 → "0 €", never "-0 €". */
export function formatEuro(cent: number): string {
  const euro = Math.sign(cent) * Math.round(Math.abs(cent) / 100) || 0;
  return `${euroWhole.format(euro)}\u00a0€`;
}

/** Returns euros with two decimals from cents: 52 → "0,52 €". */
export function formatEuroCent(cent: number): string {
  return `${euroCents.format(cent / 100)}\u00a0€`;
}

/** Returns a compact amount for axes and tiles: 17000000_00 → "17 Mio. €", 270000_00 → "270.000 €". */
export function formatEuroShort(cent: number): string {
  const euro = cent / 100;
  if (Math.abs(euro) >= 1_000_000) {
    return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(euro / 1_000_000)}\u00a0Mio.\u00a0€`;
  }
  return formatEuro(cent);
}

const millions = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Returns millions of euros with one decimal from cents, as a range when the ends differ after
 * rounding: (364083333, 626166664) → "3,6–6,3 Mio. €", 1883000000 → "18,8 Mio. €", 0 → "0 €".
 */
export function formatEuroMillions(lowCent: number, highCent = lowCent): string {
  if (lowCent === 0 && highCent === 0) return formatEuro(0);
  const low = millions.format(lowCent / 100_000_000);
  const high = millions.format(highCent / 100_000_000);
  return `${low === high ? low : `${low}–${high}`}\u00a0Mio.\u00a0€`;
}

/** Returns millions of euros with one decimal and no unit, for bar labels whose unit the chart states: 1846000000 → "18,5". */
export function formatMillionsBare(cent: number): string {
  return millions.format(cent / 100_000_000);
}

const monthNames = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** Returns an ISO date as "10.10.2017". */
export function formatDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Returns an ISO date as "10. Oktober 2017". */
export function formatDateLong(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${monthNames[(m ?? 1) - 1]} ${y}`;
}

/** Returns a month "2013-07" as "Juli 2013". */
export function formatMonthYear(yyyyMm: string): string {
  const [y, m] = yyyyMm.split('-');
  return `${monthNames[Number(m) - 1]} ${y}`;
}

/** Returns a partial date at its own precision: "2013", "Juli 2013", "01.07.2013". */
export function formatPartialDate(date: PartialDate): string {
  const [y, m] = date.value.split('-');
  if (date.precision === 'jahr') return y ?? date.value;
  if (date.precision === 'monat') return formatMonthYear(`${y}-${m}`);
  return formatDate(date.value);
}

const listFormat = new Intl.ListFormat('de-DE', { style: 'long', type: 'conjunction' });

/** Returns names as a German list: ["A", "B", "C"] → "A, B und C". */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}

/** Returns a file size from bytes in German notation: 812 → "812 Byte", 4300 → "4,3 kB", 2_500_000 → "2,5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes, 0)}\u00a0Byte`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, 1)}\u00a0kB`;
  return `${formatNumber(bytes / 1_000_000, 1)}\u00a0MB`;
}

/** Returns "1,07 €" from (fractional) cents per inhabitant. */
export function formatJeEinwohner(cent: number): string {
  return formatEuroCent(Math.round(cent));
}

/** Returns a month index of the funding model (year × 12 + month − 1) as "01/2013" for formulas and tables. */
export function formatMonth(month: number): string {
  return `${String((month % 12) + 1).padStart(2, '0')}/${Math.floor(month / 12)}`;
}
