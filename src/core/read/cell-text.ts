/**
 * Checks free text from a cell for things that make no sense in published data: control and
 * invisible characters (bidi overrides, zero-width spaces), HTML tags, mojibake from a wrong
 * encoding, and overlong values. The site escapes all output anyway; these checks keep the data clean.
 */
import { formatNumber } from '../model/format.ts';
import { q } from './problems.ts';

/** Limits for one text column. */
export interface TextRule {
  /** Maximum length in characters (code points). */
  max: number;
  /** True when line breaks are allowed (notes); elsewhere a line break is an error. */
  multiline?: boolean;
  /** True when the cell is required: it must then hold at least one letter or digit. */
  required?: boolean;
}

/* eslint-disable no-control-regex -- control characters in a cell are what this check finds */
// Besides controls and bidi marks: soft hyphen, Arabic letter mark, Hangul fillers (look like
// nothing, count as letters), Mongolian vowel separator, and the tag characters U+E0000–E007F.
const invisible =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\u{e0000}-\u{e007f}]/u;
/* eslint-enable no-control-regex */
/** Characters that make a spreadsheet read a cell as a formula when they stand first. */
const formulaStart = /^[=+\-@\t\r]/;
const visibleLetterOrDigit = /[\p{L}\p{N}]/u;
const htmlTag = /<\s*\/?\s*[a-z!?][^>]{0,20}/i;
const mojibake = /Ã[\u0080-\u00bf\u0152-\u0178\u017d\u2013-\u2122]|Â[\u00a0-\u00bf]|â€|â‚¬/;

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Returns how a formula start character is named in a message. */
function nameFormulaStart(c: string): string {
  if (c === '\t') return 'einem Tabulator';
  if (c === '\r') return 'einem Wagenrücklauf (CR)';
  return `„${c}“`;
}

/**
 * Returns why a cell that starts like a spreadsheet formula is refused, or null: Excel and
 * LibreOffice run such a cell as a formula when a reader opens the download (CSV injection).
 */
export function checkFormula(value: string): string | null {
  const start = formulaStart.exec(value);
  if (!start) return null;
  return (
    `${q(value)} beginnt mit ${nameFormulaStart(start[0])}. Tabellenprogramme lesen eine solche Zelle als Formel ` +
    'und führen sie beim Öffnen der Download-Datei aus; darum ist das am Zellanfang nicht erlaubt. ' +
    'Bitte das Zeichen entfernen oder ein Wort davorsetzen; ein Minus oder Plus am Anfang bitte als Wort schreiben ' +
    '(„minus 5 %“, „plus 2 Stellen“) oder als Zeichen „−“ (Unicode-Minus).'
  );
}

/** Returns why a text value is unacceptable (German, value quoted), or null when it is fine. */
export function checkText(value: string, rule: TextRule): string | null {
  const formula = checkFormula(value);
  if (formula) return formula;
  const hidden = invisible.exec(value);
  if (hidden) {
    return (
      `${q(value)} enthält das unsichtbare Steuerzeichen ${codePoint(hidden[0])}. ` +
      'Bitte entfernen (es entsteht oft beim Kopieren aus PDF- oder Word-Dokumenten).'
    );
  }
  if (!rule.multiline && value.includes('\n')) {
    return `${q(value.split('\n')[0]!)} … enthält einen Zeilenumbruch; in dieser Spalte ist nur eine Zeile erlaubt.`;
  }
  const length = Array.from(value).length;
  if (length > rule.max) {
    return (
      `Der Text ist ${formatNumber(length, 0)} Zeichen lang; erlaubt sind höchstens ${formatNumber(rule.max, 0)}. ` +
      (rule.multiline ? 'Bitte kürzen.' : 'Bitte kürzen (Erläuterungen gehören in die Spalte „anmerkung“).')
    );
  }
  const tag = htmlTag.exec(value);
  if (tag) {
    return `${q(value)} enthält HTML (${q(tag[0])}). Bitte nur einfachen Text eintragen; HTML ist in den Daten nicht erlaubt.`;
  }
  if (rule.required && !visibleLetterOrDigit.test(value)) {
    return `${q(value)} enthält keinen sichtbaren Buchstaben und keine Ziffer. Bitte einen lesbaren Wert eintragen.`;
  }
  const broken = mojibake.exec(value);
  if (broken) {
    return (
      `${q(value)} enthält ${q(broken[0])}: So sehen Umlaute aus, die mit der falschen Zeichenkodierung gelesen wurden. ` +
      'Bitte die Umlaute korrigieren und die Datei als „CSV UTF-8“ speichern.'
    );
  }
  return null;
}
