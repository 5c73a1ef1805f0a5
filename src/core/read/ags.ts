/**
 * The Amtlicher Gemeindeschlüssel (AGS): 5 digits for a Kreis or kreisfreie Stadt
 * (05154 = Kreis Kleve), 8 for a Gemeinde (05334002 = Stadt Aachen). NRW's all begin with 05.
 * Excel reads such a cell as a number and drops the leading zero; one missing zero is
 * restored with a hint, anything else is an error.
 */
import { q } from './problems.ts';

/** A valid AGS (hint set when a dropped leading zero was restored), or the German reason it is none. */
export type AgsResult = { ok: true; ags: string; hint?: string } | { ok: false; message: string };

/** The state prefix of NRW's AGS. */
export const nrwPrefix = '05';

function expected(lengths: readonly number[]): string {
  return lengths.length === 1
    ? `${lengths[0]} Ziffern, z. B. 05154`
    : `${lengths.join(' oder ')} Ziffern, z. B. 05154 oder 05334002`;
}

function outside(ags: string, prefix: string): string {
  const where =
    prefix === nrwPrefix
      ? 'liegt nicht in Nordrhein-Westfalen (AGS in NRW beginnen mit 05)'
      : `beginnt nicht mit ${prefix}`;
  return `AGS ${q(ags)} ${where}. Bitte den Schlüssel prüfen.`;
}

/** Returns the AGS a cell holds, given the allowed lengths and the required state prefix (null = any). */
export function parseAgs(text: string, lengths: readonly number[], prefix: string | null = nrwPrefix): AgsResult {
  const value = text.trim();
  const invalid = `${q(value)} ist kein gültiger Gemeindeschlüssel (AGS); erwartet werden ${expected(lengths)}.`;
  if (!/^\d+$/.test(value)) return { ok: false, message: invalid };
  let ags = value;
  let hint: string | undefined;
  if (!lengths.includes(value.length)) {
    if (!lengths.includes(value.length + 1)) return { ok: false, message: invalid };
    ags = `0${value}`;
    hint = `AGS ${q(value)} hat ${value.length} Stellen; gelesen als ${q(ags)} (Excel entfernt führende Nullen).`;
  }
  if (prefix !== null && !ags.startsWith(prefix)) return { ok: false, message: outside(ags, prefix) };
  return hint ? { ok: true, ags, hint } : { ok: true, ags };
}
