/**
 * Checks that catch a damaged data set rather than a wrong cell: a table the site needs left
 * with only its header, a district without any KI row, a table that lost more than a tenth of
 * its rows against the last committed version, and values outside what is possible in NRW
 * (a KI before the programme, an area of 0 km², ten billion inhabitants).
 */
import { formatDate, formatNumber } from '../model/format.ts';
import type { ParsedTable } from './parse-table.ts';
import { error, ofKind, q, type Problem } from './problems.ts';
import type { PartialDate } from '../model/types.ts';

/** Day the programme's Richtlinie took effect: no KI can have started before it. */
export const programmeStart = '2012-06-25';

/** Share of rows a table may lose against the last committed version before it is an error. */
export const maxRowLoss = 0.1;

/** The command-line flag that confirms an intended large deletion. */
export const allowShrinkFlag = '--allow-shrink';

/** Plausible range of a district's area (km²) and population, for NRW and for any German state. */
export const plausible = {
  nrw: { flaecheKm2: [30, 2500], einwohner: [50_000, 2_000_000] },
  any: { flaecheKm2: [10, 6000], einwohner: [10_000, 4_000_000] },
} as const;

/** Returns an error when a table the site needs has no data rows. */
export function checkNotEmpty(t: ParsedTable): Problem[] {
  if (t.rows.length > 0) return [];
  return [
    error(
      t.file,
      1,
      1,
      'Die Tabelle enthält nur die Kopfzeile und keine Datenzeilen. Die Website braucht diese Daten; ' +
        `bitte die Zeilen wiederherstellen (z. B. mit „git checkout -- ${t.file}“).`,
    ),
  ];
}

/** Returns an error for each district of kreise.csv that no row of zentren.csv names in kreis_ags. */
export function checkKiCoverage(kreise: ParsedTable, zentren: ParsedTable): Problem[] {
  if (zentren.rows.length === 0 || zentren.column['kreis_ags'] === undefined) return [];
  const covered = new Set(zentren.rows.map((r) => r.values['kreis_ags']));
  const problems: Problem[] = [];
  for (const row of kreise.rows) {
    const ags = row.values['ags'];
    if (typeof ags !== 'string' || covered.has(ags)) continue;
    const name = typeof row.values['name'] === 'string' ? `${q(row.values['name'])} ` : '';
    problems.push(
      ofKind(
        'ki-fehlt',
        error(
          zentren.file,
          1,
          zentren.column['kreis_ags'],
          `Für ${name}(AGS ${q(ags)}, kreise.csv Zeile ${row.line}) steht keine Zeile in zentren.csv. ` +
            'Jeder Kreis und jede kreisfreie Stadt in NRW hat ein KI; bitte die Zeile wiederherstellen.',
        ),
      ),
    );
  }
  return problems;
}

/** Returns an error when a table has lost more than maxRowLoss of the rows it had in the last commit. */
export function checkShrink(t: ParsedTable, previousRows: number | undefined, allowed: boolean): Problem[] {
  if (allowed || previousRows === undefined || t.rows.length >= previousRows * (1 - maxRowLoss)) return [];
  const lost = previousRows - t.rows.length;
  const share = formatNumber(Math.round((lost / previousRows) * 100), 0);
  return [
    error(
      t.file,
      1,
      1,
      `Die Tabelle hat ${formatNumber(t.rows.length, 0)} Datenzeilen; in der letzten gespeicherten Version (git) waren es ` +
        `${formatNumber(previousRows, 0)}. ${formatNumber(lost, 0)} Zeilen (${share} %) fehlen. ` +
        `Wenn das Absicht ist, bitte mit „npm run data:check -- ${allowShrinkFlag}“ (und ebenso beim Bauen) bestätigen; ` +
        `sonst die Zeilen wiederherstellen (z. B. mit „git checkout -- ${t.file}“).`,
    ),
  ];
}

/** Returns errors for KI starts before the programme began (the earliest day the start allows counts). */
export function checkStartAfterProgramme(zentren: ParsedTable): Problem[] {
  const problems: Problem[] = [];
  for (const row of zentren.rows) {
    const start = row.values['start'] as PartialDate | null;
    if (!start || start.latest >= programmeStart) continue;
    problems.push(
      error(
        zentren.file,
        row.line,
        zentren.column['start'] ?? 1,
        `Spalte „start“: ${q(start.value)} liegt vor dem ${formatDate(programmeStart)}, an dem das Landesprogramm ` +
          'der KI begann (Förderrichtlinie). Bitte das Datum prüfen.',
      ),
    );
  }
  return problems;
}

function outOfRange(
  t: ParsedTable,
  line: number,
  column: string,
  value: number,
  [min, max]: readonly [number, number],
  unit: string,
): Problem {
  const f = (n: number) => formatNumber(n, n % 1 === 0 ? 0 : 2);
  return error(
    t.file,
    line,
    t.column[column] ?? 1,
    `Spalte ${q(column)}: ${f(value)}${unit} ist für einen Kreis oder eine kreisfreie Stadt nicht möglich ` +
      `(erwartet ${f(min)} bis ${f(max)}${unit}). Bitte den Wert prüfen (Tausenderpunkt, Komma, Einheit).`,
  );
}

/** Returns errors for areas and populations outside the plausible range (NRW's when agsPrefix is "05"). */
export function checkKreisPlausible(kreise: ParsedTable, agsPrefix: string | null): Problem[] {
  const range = agsPrefix === '05' ? plausible.nrw : plausible.any;
  const problems: Problem[] = [];
  for (const row of kreise.rows) {
    const [flaeche, einwohner] = [row.values['flaeche_km2'], row.values['einwohner']];
    if (typeof flaeche === 'number' && (flaeche < range.flaecheKm2[0] || flaeche > range.flaecheKm2[1])) {
      problems.push(outOfRange(kreise, row.line, 'flaeche_km2', flaeche, range.flaecheKm2, ' km²'));
    }
    if (typeof einwohner === 'number' && (einwohner < range.einwohner[0] || einwohner > range.einwohner[1])) {
      problems.push(outOfRange(kreise, row.line, 'einwohner', einwohner, range.einwohner, ' Einwohner'));
    }
  }
  return problems;
}

/** Returns an error for each row that repeats an earlier row cell for cell (e.g. filled down in a spreadsheet). */
export function checkDuplicateRows(t: ParsedTable): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  const names = t.spec.columns.map((c) => c.name);
  for (const row of t.rows) {
    const key = names.map((n) => row.machine[n] ?? '').join('\u0000');
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, row.line);
      continue;
    }
    problems.push(
      ofKind(
        'doppelte-zeile',
        error(
          t.file,
          row.line,
          1,
          `Die Zeile ist eine genaue Kopie von Zeile ${seen} (vielleicht beim Ausfüllen nach unten entstanden). ` +
            'Bitte die doppelte Zeile löschen.',
        ),
      ),
    );
  }
  return problems;
}
