/**
 * Dates as the sources give them: a day, a month or only a year. Accepted spellings:
 * `TT.MM.JJJJ` / `T.M.JJJJ`, `JJJJ-MM-TT` (day), `MM.JJJJ` / `JJJJ-MM` (month), `JJJJ` (year).
 * Years outside 1900–2100 are refused as typos. Dates stay ISO strings, never Date objects.
 */
import type { IsoDate, PartialDate, Precision } from './types.ts';

const minYear = 1900;
const maxYear = 2100;

/** Returns true for leap years of the Gregorian calendar (2000 yes, 1900 no, 2016 yes). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Returns the number of days of a month (1–12) in a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Returns the ISO date `YYYY-MM-DD` for a year, month and day (not checked). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function build(precision: Precision, year: number, month = 0, day = 0): PartialDate | null {
  if (year < minYear || year > maxYear) return null;
  if (precision === 'jahr')
    return { value: pad(year, 4), precision, earliest: isoDate(year, 1, 1), latest: isoDate(year, 12, 31) };
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (precision === 'monat') {
    return {
      value: `${pad(year, 4)}-${pad(month)}`,
      precision,
      earliest: isoDate(year, month, 1),
      latest: isoDate(year, month, last),
    };
  }
  if (day < 1 || day > last) return null;
  const iso = isoDate(year, month, day);
  return { value: iso, precision, earliest: iso, latest: iso };
}

const patterns: { re: RegExp; precision: Precision; order: 'ymd' | 'dmy' | 'my' | 'ym' | 'y' }[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, precision: 'tag', order: 'ymd' },
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, precision: 'tag', order: 'dmy' },
  { re: /^(\d{4})-(\d{2})$/, precision: 'monat', order: 'ym' },
  { re: /^(\d{1,2})\.(\d{4})$/, precision: 'monat', order: 'my' },
  { re: /^(\d{4})$/, precision: 'jahr', order: 'y' },
];

/** Returns the date a cell gives, at its own precision, or null when it is no valid date. */
export function parsePartialDate(text: string): PartialDate | null {
  const value = text.trim();
  for (const { re, precision, order } of patterns) {
    const m = re.exec(value);
    if (!m) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (order === 'ymd') return build(precision, a, b, c);
    if (order === 'dmy') return build(precision, c, b, a);
    if (order === 'ym') return build(precision, a, b);
    if (order === 'my') return build(precision, b, a);
    return build(precision, a);
  }
  return null;
}

/** Returns the ISO calendar date of an instant in a time zone (default Europe/Berlin): "2026-11-25". */
export function isoDateIn(instant: Date, timeZone = 'Europe/Berlin'): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

const msPerDay = 86_400_000;

/** Returns the number of days since 1970-01-01 for an ISO date (time-zone free). */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / msPerDay);
}

/** Returns the ISO date for a day number from dayNumber. */
export function dateFromDayNumber(day: number): IsoDate {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Returns the ISO day before a day. */
export function previousDay(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** Returns the ISO day after a day. */
export function nextDay(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
