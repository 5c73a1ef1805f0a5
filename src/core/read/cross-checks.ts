/**
 * Checks that need more than one cell: unique keys, references between tables, date order
 * within a row, overlapping funding periods, and the number of districts. Each check returns
 * all problems it finds; a cell that already failed its own check (value null) is skipped.
 */
import type { ParsedRow, ParsedTable } from './parse-table.ts';
import { error, q, type Problem } from './problems.ts';
import type { PartialDate } from '../model/types.ts';
import { didYouMean } from './suggest.ts';

function at(t: ParsedTable, row: ParsedRow, column: string, message: string): Problem {
  return error(t.file, row.line, t.column[column] ?? 1, `Spalte „${column}“: ${message}`);
}

const dateOf = (row: ParsedRow, column: string) => row.values[column] as PartialDate | null;

/** Returns an error for every repeated value of a key column, pointing back at the first. */
export function checkUnique(t: ParsedTable, column: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const row of t.rows) {
    const value = row.values[column];
    if (typeof value !== 'string') continue;
    const seen = first.get(value);
    if (seen === undefined) first.set(value, row.line);
    else
      problems.push(
        at(
          t,
          row,
          column,
          `${q(value)} kommt doppelt vor (zuerst in Zeile ${seen}). Jeder Wert darf nur einmal vorkommen.`,
        ),
      );
  }
  return problems;
}

/** Returns errors where a KI is proven to exist (spaetestens) before the earliest day its start allows. */
export function checkSpaetestensAfterStart(zentren: ParsedTable): Problem[] {
  return zentren.rows.flatMap((row) => {
    const [start, spaetestens] = [dateOf(row, 'start'), dateOf(row, 'spaetestens')];
    if (!start || !spaetestens || spaetestens.latest >= start.earliest) return [];
    return [
      at(
        zentren,
        row,
        'spaetestens',
        `${q(spaetestens.value)} liegt vor dem Start ${q(start.value)}. ` +
          'Ein KI kann nicht bestanden haben, bevor es begann; bitte start oder spaetestens prüfen.',
      ),
    ];
  });
}

/** Returns errors where a KI's host AGS does not lie in the district it is filed under. */
export function checkZentrumInKreis(zentren: ParsedTable): Problem[] {
  return zentren.rows.flatMap((row) => {
    const [ags, kreisAgs] = [row.values['ags'], row.values['kreis_ags']];
    if (typeof ags !== 'string' || typeof kreisAgs !== 'string' || ags.startsWith(kreisAgs)) return [];
    return [
      at(
        zentren,
        row,
        'ags',
        `AGS ${q(ags)} liegt nicht im Kreis ${q(kreisAgs)} aus Spalte „kreis_ags“ ` +
          '(die ersten fünf Ziffern müssen übereinstimmen). Bitte eine der beiden Angaben korrigieren.',
      ),
    ];
  });
}

/** Returns errors where a funding rule ends before it begins. */
export function checkPeriodOrder(foerderung: ParsedTable): Problem[] {
  return foerderung.rows.flatMap((row) => {
    const [ab, bis] = [dateOf(row, 'gueltig_ab'), dateOf(row, 'gueltig_bis')];
    if (!ab || !bis || bis.latest >= ab.earliest) return [];
    return [
      at(
        foerderung,
        row,
        'gueltig_bis',
        `${q(bis.value)} liegt vor gueltig_ab ${q(ab.value)}. Bitte die beiden Daten prüfen.`,
      ),
    ];
  });
}

function describePeriod(ab: PartialDate | null, bis: PartialDate | null): string {
  if (ab && bis) return `${ab.value} bis ${bis.value}`;
  if (ab) return `ab ${ab.value} ohne Ende`;
  if (bis) return `ohne Anfang bis ${bis.value}`;
  return 'ohne Anfang und Ende';
}

/** Returns an error for each pair of rules with the same komponente and gilt_fuer whose periods overlap (empty = open). */
export function checkOverlaps(foerderung: ParsedTable): Problem[] {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of foerderung.rows) {
    const [komponente, giltFuer] = [row.values['komponente'], row.values['gilt_fuer']];
    if (typeof komponente !== 'string' || typeof giltFuer !== 'string') continue;
    const key = `${komponente}\u0000${giltFuer}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const span = (r: ParsedRow) => [
    dateOf(r, 'gueltig_ab')?.earliest ?? '0000-01-01',
    dateOf(r, 'gueltig_bis')?.latest ?? '9999-12-31',
  ];
  const problems: Problem[] = [];
  for (const rows of groups.values()) {
    rows.forEach((later, j) => {
      for (const earlier of rows.slice(0, j)) {
        const [[a0, a1], [b0, b1]] = [span(earlier), span(later)];
        if (a0! > b1! || b0! > a1!) continue;
        // One message per row (the first overlap): a filled-down column must not yield n² lines.
        problems.push(
          at(
            foerderung,
            later,
            'gueltig_ab',
            `Der Zeitraum (${describePeriod(dateOf(later, 'gueltig_ab'), dateOf(later, 'gueltig_bis'))}) überschneidet sich mit Zeile ${earlier.line} ` +
              `(${describePeriod(dateOf(earlier, 'gueltig_ab'), dateOf(earlier, 'gueltig_bis'))}) bei gleicher komponente ${q(String(later.values['komponente']))} ` +
              `und gilt_fuer ${q(String(later.values['gilt_fuer']))}. Bitte bei der früheren Regel gueltig_bis eintragen oder die Zeiträume trennen.`,
          ),
        );
        break;
      }
    });
  }
  return problems;
}

/** Returns errors for district references (column) that kreise.csv does not contain. */
export function checkKreisRefs(t: ParsedTable, column: string, kreisAgs: ReadonlySet<string>): Problem[] {
  return t.rows.flatMap((row) => {
    const value = row.values[column];
    if (typeof value !== 'string' || value === 'NRW' || kreisAgs.has(value)) return [];
    return [
      at(t, row, column, `AGS ${q(value)} steht nicht in kreise.csv. Bitte einen Schlüssel aus kreise.csv eintragen.`),
    ];
  });
}

/** Returns errors for `quelle` ids that quellen.csv does not contain. */
export function checkQuellen(t: ParsedTable, quellenIds: ReadonlySet<string>): Problem[] {
  return t.rows.flatMap((row) => {
    const ids = (row.values['quelle'] as string[] | null) ?? [];
    return ids
      .filter((id) => !quellenIds.has(id))
      .map((id) =>
        at(
          t,
          row,
          'quelle',
          `Die Quelle ${q(id)} steht nicht in quellen.csv.${didYouMean(id, quellenIds)} ` +
            'Bitte dort eine Zeile mit dieser id anlegen oder die Kennung korrigieren.',
        ),
      );
  });
}

/** Returns an error when kreise.csv does not hold exactly the expected number of districts. */
export function checkKreiseCount(kreise: ParsedTable, expected: number): Problem[] {
  const n = kreise.rows.length;
  if (n === expected) return [];
  return [
    error(
      kreise.file,
      1,
      1,
      `Die Tabelle enthält ${n} Kreise und kreisfreie Städte; erwartet werden genau ${expected}. ` +
        (n < expected ? 'Bitte die fehlenden ergänzen.' : 'Bitte doppelte oder fremde Zeilen entfernen.'),
    ),
  ];
}
