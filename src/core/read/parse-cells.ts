/**
 * Reads one cell according to its column's kind: the typed value for the model, the
 * machines' spelling for the normalised download copy, and a German reason when it is wrong.
 */
import { parseAgs } from './ags.ts';
import { formatDate } from '../model/format.ts';
import { parsePartialDate } from '../model/dates.ts';
import { formatEuroMachine, parseEuro } from './money.ts';
import { formatNumberMachine, parseNumber } from './numbers.ts';
import { q } from './problems.ts';
import type { ColumnSpec } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { checkFormula, checkText } from './cell-text.ts';
import type { IsoDate, PartialDate } from '../model/types.ts';

/** A typed cell value; null = empty cell. */
export type CellValue = string | number | boolean | string[] | PartialDate | null;

/** The result of reading a cell: value and machine spelling (maybe with a hint), or why it is wrong. */
export type CellOutcome =
  { ok: true; value: CellValue; machine: string; hint?: string; hintKind?: string } | { ok: false; message: string };

/** What cell checks need to know besides the cell: today's date and the state's AGS prefix. */
export interface CellContext {
  today: IsoDate;
  /** Required AGS prefix ("05" for NRW), or null to accept any state. */
  agsPrefix: string | null;
}

const ok = (value: CellValue, machine: string, hint?: string): CellOutcome =>
  hint === undefined ? { ok: true, value, machine } : { ok: true, value, machine, hint };
const fail = (message: string): CellOutcome => ({ ok: false, message });

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const idRule = 'Erlaubt sind Buchstaben ohne Umlaute, Ziffern, „-“, „_“ und „.“, ohne Leerzeichen, z. B. „kleve“.';
const dateRule = '(erwartet TT.MM.JJJJ oder JJJJ-MM-TT)';

function readId(value: string): CellOutcome {
  return idPattern.test(value) ? ok(value, value) : fail(`${q(value)} ist keine gültige Kennung. ${idRule}`);
}

function readEnum(value: string, values: readonly string[]): CellOutcome {
  if (values.includes(value)) return ok(value, value);
  return fail(
    `${q(value)} ist kein erlaubter Wert.${didYouMean(value, values)} Erlaubt: ${values.map((v) => `„${v}“`).join(', ')}.`,
  );
}

function readNumber(value: string, kind: 'integer' | 'decimal'): CellOutcome {
  const n = parseNumber(value, kind);
  if (!n.ok) return fail(n.message);
  if (n.value < 0) return fail(`${q(value)} ist negativ; Beträge und Anzahlen dürfen nicht negativ sein.`);
  return ok(n.value, formatNumberMachine(n.value));
}

/** Largest amount a cell may hold, in cents: 1 Mrd. € (the whole programme costs a few dozen million a year). */
export const maxEuroCent = 100_000_000_000;

function readEuro(value: string): CellOutcome {
  const e = parseEuro(value);
  if (!e.ok) return fail(e.message);
  if (e.cent < 0) return fail(`${q(value)} ist negativ; Beträge und Anzahlen dürfen nicht negativ sein.`);
  if (e.cent > maxEuroCent) {
    return fail(
      `${q(value)} ist mehr als 1 Mrd. €; so hohe Beträge kommen in diesen Daten nicht vor. ` +
        'Bitte prüfen, ob Ziffern doppelt sind oder Cent als Euro eingetragen wurden.',
    );
  }
  return ok(e.cent, formatEuroMachine(e.cent));
}

function readYear(value: string): CellOutcome {
  const date = /^\d{4}$/.test(value) ? parsePartialDate(value) : null;
  if (!date) return fail(`${q(value)} ist keine gültige Jahreszahl (erwartet vier Ziffern, z. B. 2017).`);
  return ok(Number(value), value);
}

function readDate(value: string, spec: ColumnSpec, ctx: CellContext): CellOutcome {
  const date = parsePartialDate(value);
  if (!date) return fail(`${q(value)} ist kein gültiges Datum ${dateRule}.`);
  if (spec.kind === 'day' && date.precision !== 'tag') {
    return fail(`${q(value)} ist nicht taggenau; hier wird ein vollständiges Datum gebraucht ${dateRule}.`);
  }
  if (spec.notFuture && date.earliest > ctx.today) {
    return fail(`${q(value)} liegt in der Zukunft (heute ist der ${formatDate(ctx.today)}). Bitte das Datum prüfen.`);
  }
  return spec.kind === 'day' ? ok(date.value, date.value) : ok(date, date.value);
}

function readAgs(value: string, spec: ColumnSpec, ctx: CellContext): CellOutcome {
  if (spec.kind === 'kreis-ref' && spec.allowNrw && value === 'NRW') return ok(value, value);
  const a = parseAgs(value, spec.lengths ?? [5], ctx.agsPrefix);
  if (!a.ok)
    return fail(spec.allowNrw ? `${a.message} Für ein landesweites Ereignis bitte „NRW“ eintragen.` : a.message);
  return a.hint === undefined
    ? ok(a.ags, a.ags)
    : { ok: true, value: a.ags, machine: a.ags, hint: a.hint, hintKind: 'ags-ohne-null' };
}

function readUrl(value: string): CellOutcome {
  let url: URL | null;
  try {
    url = /\s/.test(value) ? null : new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return fail(
      `${q(value)} ist keine zulässige Webadresse. Erlaubt sind nur Adressen, die mit http:// oder https:// beginnen.`,
    );
  }
  // The URL parser accepts invisible characters such as U+202E (they get percent-encoded); refuse them too.
  const hidden = checkText(value, { max: 2000 });
  return hidden ? fail(hidden) : ok(value, value);
}

function readQuellen(value: string): CellOutcome {
  const ids = value.split('|').map((id) => id.trim());
  if (ids.some((id) => id === ''))
    return fail(`${q(value)} enthält eine leere Quellenkennung. Bitte mehrere Quellen mit genau einem „|“ trennen.`);
  const bad = ids.find((id) => !idPattern.test(id));
  if (bad !== undefined) return fail(`${q(bad)} ist keine gültige Quellenkennung. ${idRule}`);
  return ok(ids, ids.join('|'));
}

function readJaNein(value: string): CellOutcome {
  if (value === 'ja' || value === 'nein') return ok(value === 'ja', value);
  return fail(`${q(value)} ist kein erlaubter Wert.${didYouMean(value, ['ja', 'nein'])} Erlaubt: „ja“, „nein“.`);
}

function readText(value: string, spec: ColumnSpec): CellOutcome {
  const problem = checkText(value, {
    max: spec.max ?? 500,
    multiline: spec.multiline ?? false,
    required: spec.required ?? false,
  });
  return problem ? fail(problem) : ok(value, value);
}

/** Returns what a cell holds under its column's rules; the message omits the „Spalte …“ prefix. */
export function parseCell(spec: ColumnSpec, raw: string, ctx: CellContext): CellOutcome {
  const value = raw.trim();
  // A tab or CR before the text is trimmed away below, but a spreadsheet would still see it first.
  if (spec.kind === 'text' && /^[\t\r]/.test(raw) && value !== '') return fail(checkFormula(raw)!);
  if (value === '') {
    return spec.required
      ? fail('Die Zelle ist leer, die Angabe ist aber Pflicht. Bitte einen Wert eintragen.')
      : ok(null, '');
  }
  switch (spec.kind) {
    case 'id':
      return readId(value);
    case 'text':
      return readText(value, spec);
    case 'enum':
      return readEnum(value, spec.values ?? []);
    case 'ags':
    case 'kreis-ref':
      return readAgs(value, spec, ctx);
    case 'integer':
    case 'decimal':
      return readNumber(value, spec.kind);
    case 'euro':
      return readEuro(value);
    case 'year':
      return readYear(value);
    case 'date':
    case 'day':
      return readDate(value, spec, ctx);
    case 'url':
      return readUrl(value);
    case 'quellen':
      return readQuellen(value);
    case 'ja-nein':
      return readJaNein(value);
  }
}
