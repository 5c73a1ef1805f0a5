/**
 * Numbers as German spreadsheets write them, read by fixed rules (no guessing per file):
 * - `1234`, `-3` → whole numbers;
 * - a comma is always the decimal mark: `5,5`, `1234,5`;
 * - with a comma present, dots are thousands groups of three: `1.234,5`;
 * - several dots are thousands groups: `1.234.567`;
 * - one dot followed by other than exactly three digits is a decimal point: `5.5`, `1234.56`;
 * - one dot followed by exactly three digits (`1.234`) is ambiguous: a thousands group in
 *   whole-number columns (einwohner, jahr), refused in decimal columns (write `1234` or `1,234`).
 * Anything else (text, units, `1,234.5`) is refused.
 */
import { q } from './problems.ts';

/** What a number column holds: whole numbers only, or decimals too. */
export type NumberKind = 'integer' | 'decimal';

/** A parsed number, or the German reason (the value already quoted) why the text is none. */
export type NumberResult = { ok: true; value: number } | { ok: false; message: string };

/** The sign, integer digits and fraction digits of a number written in one of the accepted forms. */
export interface NumberParts {
  negative: boolean;
  integer: string;
  fraction: string;
  /** True for `1.234`: one dot and exactly three digits after it. */
  ambiguous: boolean;
}

/** Returns the parts of a number in one of the accepted spellings, or null for anything else. */
export function splitNumber(text: string): NumberParts | null {
  const m = /^(-?)(.*)$/.exec(text.trim())!;
  const negative = m[1] === '-';
  const s = m[2]!;
  let g: RegExpExecArray | null;
  if ((g = /^(\d+)$/.exec(s))) return { negative, integer: g[1]!, fraction: '', ambiguous: false };
  if ((g = /^(\d+),(\d+)$/.exec(s))) return { negative, integer: g[1]!, fraction: g[2]!, ambiguous: false };
  if ((g = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(s)))
    return { negative, integer: g[1]!.replaceAll('.', ''), fraction: g[2]!, ambiguous: false };
  if ((g = /^(\d{1,3}(?:\.\d{3}){2,})$/.exec(s)))
    return { negative, integer: g[1]!.replaceAll('.', ''), fraction: '', ambiguous: false };
  if ((g = /^(\d{1,3})\.(\d{3})$/.exec(s))) return { negative, integer: g[1]!, fraction: g[2]!, ambiguous: true };
  if ((g = /^(\d+)\.(\d+)$/.exec(s))) return { negative, integer: g[1]!, fraction: g[2]!, ambiguous: false };
  return null;
}

function toNumber(negative: boolean, integer: string, fraction: string): number {
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  return negative && value !== 0 ? -value : value;
}

/** Returns the number a cell holds under the rules above, or the reason it holds none. */
export function parseNumber(text: string, kind: NumberKind): NumberResult {
  const value = text.trim();
  const parts = splitNumber(value);
  if (!parts) return { ok: false, message: `${q(value)} ist keine Zahl (erwartet z. B. 1234,5 oder 1.234,5).` };
  if (parts.ambiguous && kind === 'integer') {
    return { ok: true, value: toNumber(parts.negative, parts.integer + parts.fraction, '') };
  }
  if (parts.ambiguous) {
    return {
      ok: false,
      message: `${q(value)} ist mehrdeutig: Tausenderpunkt oder Dezimalpunkt? Bitte ${parts.integer}${parts.fraction} oder ${parts.integer},${parts.fraction} schreiben.`,
    };
  }
  if (kind === 'integer' && /[^0]/.test(parts.fraction)) {
    return { ok: false, message: `${q(value)} ist keine ganze Zahl. Bitte ohne Nachkommastellen eintragen.` };
  }
  return { ok: true, value: toNumber(parts.negative, parts.integer, kind === 'integer' ? '' : parts.fraction) };
}

/** Returns a number in the machines' form: decimal point, no grouping ("1234.5"). */
export function formatNumberMachine(value: number): string {
  return String(value);
}
