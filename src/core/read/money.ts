/**
 * Money enters the model here and only here: a Euro amount as text becomes integer cents.
 * Same spelling rules as numbers.ts, with two differences that money makes unambiguous:
 * `170.000` is always 170,000 euros (cents have two digits, never three), and at most two
 * decimals are allowed. A trailing `€` or `EUR` (Excel's currency format) is accepted.
 */
import { splitNumber } from './numbers.ts';
import { q } from './problems.ts';

/** A parsed amount in integer cents, or the German reason why the text is no amount. */
export type EuroResult = { ok: true; cent: number } | { ok: false; message: string };

/** Returns integer cents for a Euro amount as written in a cell ("170.000", "14.167,50 €"). */
export function parseEuro(text: string): EuroResult {
  const value = text.trim();
  const bare = value.replace(/\s*(€|EUR)$/i, '');
  const parts = splitNumber(bare);
  if (!parts)
    return { ok: false, message: `${q(value)} ist kein Eurobetrag (erwartet z. B. 170000, 170.000 oder 14.167,50).` };
  const [integer, fraction] = parts.ambiguous ? [parts.integer + parts.fraction, ''] : [parts.integer, parts.fraction];
  if (fraction.length > 2) {
    return {
      ok: false,
      message: `${q(value)} hat mehr als zwei Nachkommastellen; ein Eurobetrag endet spätestens beim Cent.`,
    };
  }
  const cent = Number(integer) * 100 + Number(fraction.padEnd(2, '0'));
  return { ok: true, cent: parts.negative && cent !== 0 ? -cent : cent };
}

/** Returns cents as a plain euro amount for machines: 17000000 → "170000", 1416750 → "14167.50". */
export function formatEuroMachine(cent: number): string {
  const sign = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  const euros = Math.trunc(abs / 100);
  const rest = abs % 100;
  return rest === 0 ? `${sign}${euros}` : `${sign}${euros}.${String(rest).padStart(2, '0')}`;
}
