/**
 * Months as the unit of the funding model: a grant runs per calendar month (the Solingen
 * decision paid 170.000 € / 12 for "den laufenden Dezember"), so a first year is prorated by
 * months, and which rule applies is decided once per month. A month is an integer index
 * `year * 12 + (month - 1)`, so ranges are plain integer loops and nothing depends on time zones.
 */
import type { IsoDate, PartialDate, Zentrum } from '../model/types.ts';
import { daysInMonth, isoDate } from '../model/dates.ts';

/** Returns the month index of an ISO date or a `YYYY-MM` string: "2013-08-01" → 2013 * 12 + 7. */
export function monthIndex(iso: string): number {
  const [y, m] = iso.split('-');
  return Number(y) * 12 + (Number(m ?? '1') - 1);
}

/** Returns the calendar year of a month index. */
export function yearOf(month: number): number {
  return Math.floor(month / 12);
}

/** Returns the month index range [first, last] of a calendar year. */
export function monthsOfYear(year: number): [number, number] {
  return [year * 12, year * 12 + 11];
}

/** Returns the last day of a month index as ISO date: the day on which a month's rule is read. */
export function lastDayOfMonth(month: number): IsoDate {
  const year = yearOf(month);
  const m = (month % 12) + 1;
  return isoDate(year, m, daysInMonth(year, m));
}

/**
 * Returns `sumOfAnnualCent / 12` rounded half away from zero to whole cents: the amount for a
 * number of months whose annual amounts were added up first (one rounding per component and year).
 */
export function monthlyShare(sumOfAnnualCent: number): number {
  return Math.sign(sumOfAnnualCent) * Math.round(Math.abs(sumOfAnnualCent) / 12);
}

/** How certain it is that a KI existed in a month. */
export type Activity = 'sicher' | 'moeglich' | 'nein';

/** Why a KI's months in a year are not all certain. */
export type StartFlag = 'start-jahr' | 'start-unbekannt';

/**
 * The months a KI certainly and possibly existed: certain from the month of its start (day or
 * month precision; the start month counts fully) or of its `spaetestens` proof, whichever is
 * earlier; possible from the earliest month its start allows (no start: from `fallbackFrom`).
 */
export interface ActivityWindow {
  /** First month the KI certainly existed; null = never proven. */
  sicherAb: number | null;
  /** First month the KI may have existed. */
  moeglichAb: number;
  /** Set when the start is not known to the month. */
  flag: StartFlag | null;
}

/** Returns the activity window of a KI; `fallbackFrom` is the earliest month for an unknown start. */
export function activityWindow(zentrum: Pick<Zentrum, 'start' | 'spaetestens'>, fallbackFrom: number): ActivityWindow {
  const { start, spaetestens } = zentrum;
  const proven = [start ? monthIndex(start.latest) : null, spaetestens ? monthIndex(spaetestens.latest) : null].filter(
    (m): m is number => m !== null,
  );
  const sicherAb = proven.length > 0 ? Math.min(...proven) : null;
  if (start && start.precision !== 'jahr') return { sicherAb, moeglichAb: monthIndex(start.earliest), flag: null };
  if (start) return { sicherAb, moeglichAb: monthIndex(start.earliest), flag: 'start-jahr' };
  const moeglichAb = sicherAb === null ? fallbackFrom : Math.min(fallbackFrom, sicherAb);
  return { sicherAb, moeglichAb, flag: 'start-unbekannt' };
}

/** Returns whether a KI certainly, possibly or not at all existed in a month. */
export function activityIn(zeitraum: ActivityWindow, month: number): Activity {
  if (zeitraum.sicherAb !== null && month >= zeitraum.sicherAb) return 'sicher';
  if (month >= zeitraum.moeglichAb) return 'moeglich';
  return 'nein';
}

/** Returns a PartialDate for a full ISO day (test fixtures and hypothetical starts). */
export function dayDate(iso: IsoDate): PartialDate {
  return { value: iso, precision: 'tag', earliest: iso, latest: iso };
}
