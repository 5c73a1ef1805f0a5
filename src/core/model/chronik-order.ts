/**
 * The order of dated events (chronik.csv): a date counts at the last day it can mean, so
 * "Oktober 2017" follows "05.10.2017" and "2017" follows every date of 2017; on the same last
 * day the more precise date comes first, then the file order.
 */
import type { ChronikEintrag, PartialDate, Precision } from './types.ts';

const precisionRank: Record<Precision, number> = { tag: 0, monat: 1, jahr: 2 };

/** Returns a negative number when date a sorts before date b, positive after, 0 when they are the same. */
export function comparePartialDates(
  a: Pick<PartialDate, 'latest' | 'precision'>,
  b: Pick<PartialDate, 'latest' | 'precision'>,
): number {
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return precisionRank[a.precision] - precisionRank[b.precision];
}

/** Returns the comparator for chronicle entries: by date as comparePartialDates says, then by file line. */
export function compareChronik(
  a: Pick<ChronikEintrag, 'datum' | 'line'>,
  b: Pick<ChronikEintrag, 'datum' | 'line'>,
): number {
  return comparePartialDates(a.datum, b.datum) || a.line - b.line;
}

/** Returns the entries in chronicle order (a new array; the input stays as it is). */
export function sortChronik<T extends Pick<ChronikEintrag, 'datum' | 'line'>>(entries: readonly T[]): T[] {
  return [...entries].sort(compareChronik);
}
