/**
 * Which districts had a Kommunales Integrationszentrum at a Stichtag (DESIGN §2), precision-aware:
 * a KI counts as existing only from the last day its start date can mean, and as absent only
 * before the first day it can mean. Everything in between is `unbekannt`, never guessed.
 */
import type { IsoDate, KreisStatus, PartialDate, Zentrum } from './types.ts';

/**
 * Before this day no KI can have existed: the Land's Förderrichtlinie for the KIs dates from
 * 25.06.2012 (chronik.csv). The earliest Stichtag the site offers, the roll-out chart's start and
 * every text about the programme start follow this one constant.
 */
export const PROGRAMME_START: IsoDate = '2012-06-25';

/** The fields of a Zentrum the status needs (what the browser gets shipped). */
export type ZentrumDates = Pick<Zentrum, 'kreisAgs'> & {
  start: Pick<PartialDate, 'earliest' | 'latest'> | null;
  spaetestens: Pick<PartialDate, 'latest'> | null;
};

/**
 * Returns whether one KI provably existed (`ki`), provably not yet (`ohne-ki`) or either (`unbekannt`)
 * at the Stichtag (ISO date). Proof wins: a start or `spaetestens` on or before the Stichtag means `ki`.
 */
export function zentrumStatusAt(zentrum: ZentrumDates, stichtag: IsoDate): KreisStatus {
  if (zentrum.start && zentrum.start.latest <= stichtag) return 'ki';
  if (zentrum.spaetestens && zentrum.spaetestens.latest <= stichtag) return 'ki';
  if (stichtag < PROGRAMME_START) return 'ohne-ki';
  if (zentrum.start && stichtag < zentrum.start.earliest) return 'ohne-ki';
  return 'unbekannt';
}

/**
 * Returns the status of one district at the Stichtag: `ki` if any of its KIs provably existed
 * (the Städteregion Aachen hosts two), `ohne-ki` if none can have existed yet, else `unbekannt`.
 */
export function statusAt(zentren: readonly ZentrumDates[], kreisAgs: string, stichtag: IsoDate): KreisStatus {
  let result: KreisStatus = 'ohne-ki';
  for (const zentrum of zentren) {
    if (zentrum.kreisAgs !== kreisAgs) continue;
    const status = zentrumStatusAt(zentrum, stichtag);
    if (status === 'ki') return 'ki';
    if (status === 'unbekannt') result = 'unbekannt';
  }
  return result;
}

/** Returns the status of every given district at the Stichtag, keyed by AGS. */
export function statusByKreis(
  kreisAgs: readonly string[],
  zentren: readonly ZentrumDates[],
  stichtag: IsoDate,
): Record<string, KreisStatus> {
  return Object.fromEntries(kreisAgs.map((ags) => [ags, statusAt(zentren, ags, stichtag)]));
}

/** Returns true for a real calendar date written `YYYY-MM-DD` (what `?stichtag=` must hold). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
