/**
 * What a value typed into the Stichtag date field means: a date the page can show, input the
 * browser still considers incomplete, or a complete date outside the range, with the German
 * message shown next to the field. Pure; src/client/stichtag.ts wires it to the input.
 */
import { formatDate } from './format.ts';
import { isIsoDate } from './status.ts';
import type { IsoDate } from './types.ts';

/** The reading of one value of an <input type="date">. */
export type StichtagInput =
  | { kind: 'date'; stichtag: IsoDate }
  | { kind: 'incomplete'; message: string }
  | { kind: 'out-of-range'; message: string };

/** Returns what the date field's value (`YYYY-MM-DD`, or "" while a part is missing) means for [min, max]. */
export function readStichtagInput(value: string, min: IsoDate, max: IsoDate): StichtagInput {
  const range = `Bitte ein Datum zwischen ${formatDate(min)} und ${formatDate(max)} eingeben.`;
  if (!isIsoDate(value)) {
    return { kind: 'incomplete', message: `Bitte ein vollständiges Datum eingeben (TT.MM.JJJJ). ${range}` };
  }
  if (value < min) {
    return { kind: 'out-of-range', message: `Der ${formatDate(value)} liegt vor dem Start des Programms. ${range}` };
  }
  if (value > max) {
    return { kind: 'out-of-range', message: `Der ${formatDate(value)} liegt in der Zukunft. ${range}` };
  }
  return { kind: 'date', stichtag: value };
}
