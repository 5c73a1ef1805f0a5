/** Test helpers: PartialDate values as the data pipeline builds them, by precision. */
import type { PartialDate } from '../../src/core/model/types.ts';

/** Returns a date known to the day (ISO `YYYY-MM-DD`). */
export const day = (iso: string): PartialDate => ({ value: iso, precision: 'tag', earliest: iso, latest: iso });

/** Returns a date known to the month (`YYYY-MM`), whose last day the caller states. */
export const month = (value: string, latest: string): PartialDate => ({
  value,
  precision: 'monat',
  earliest: `${value}-01`,
  latest,
});

/** Returns a date known to the year (`YYYY`). */
export const year = (value: string): PartialDate => ({
  value,
  precision: 'jahr',
  earliest: `${value}-01-01`,
  latest: `${value}-12-31`,
});
