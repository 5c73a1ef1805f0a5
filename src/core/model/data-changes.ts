/**
 * What changed in the data between two states of a table, and how to say it in German:
 * „Kreis Wesel: Start von unbekannt auf 04.09.2015 gesetzt, Quelle kreis-wesel-pm“.
 * Input is the raw cells of a CSV (header + rows, as committed), so any committed state can be
 * compared, also one the current schema would reject. Rows are matched by the table's key
 * column; tables without a key (landesmittel, chronik) are compared row by row as a whole.
 */
import { formatDate, formatMonthYear } from './format.ts';

/** A table state as read from a committed CSV: header and data rows (cells as written). */
export interface RawTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface CellChange {
  column: string;
  from: string;
  to: string;
}

export type RowChange =
  | { kind: 'added'; key: string; label: string; row: Readonly<Record<string, string>> }
  | { kind: 'removed'; key: string; label: string; row: Readonly<Record<string, string>> }
  | { kind: 'changed'; key: string; label: string; cells: CellChange[]; quelle: string };

/** The key column of each table (null: rows have no key and are compared whole). */
export const keyColumn: Readonly<Record<string, string | null>> = {
  kreise: 'ags',
  zentren: 'id',
  foerderung: 'id',
  landesmittel: null,
  chronik: null,
  quellen: 'id',
};

const columnLabels: Readonly<Record<string, string>> = {
  ags: 'AGS',
  name: 'Name',
  art: 'Art',
  einwohner: 'Einwohner',
  einwohner_stand: 'Einwohnerstand',
  flaeche_km2: 'Fläche (km²)',
  traeger: 'Träger',
  start: 'Start',
  start_bedeutung: 'Bedeutung des Starts',
  spaetestens: 'Spätestens',
  fachstellen: 'Fachstellen',
  lehrerstellen: 'Lehrerstellen',
  gueltig_ab: 'Gültig ab',
  gueltig_bis: 'Gültig bis',
  betrag_eur: 'Betrag (Euro)',
  stellen: 'Stellen',
  quelle: 'Quelle',
  anmerkung: 'Anmerkung',
  titel: 'Titel',
  herausgeber: 'Herausgeber',
  datum: 'Datum',
  url: 'Adresse',
  lizenz: 'Lizenz',
  ereignis: 'Ereignis',
  jahr: 'Jahr',
  was: 'Was',
};

/** Returns a column's name as a reader says it: "start" → "Start", unknown ones quoted. */
export const columnLabel = (column: string) => columnLabels[column] ?? `„${column}“`;

/** Returns a cell as a reader reads it: "" → "unbekannt", "2015-09-04" → "04.09.2015", "2013-07" → "Juli 2013". */
export function cellText(value: string, max = 80): string {
  const v = value.trim();
  if (v === '') return 'unbekannt';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (day) return formatDate(v);
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return formatMonthYear(v);
  const chars = [...v];
  return chars.length > max ? `„${chars.slice(0, max - 1).join('')}…“` : /\s/.test(v) ? `„${v}“` : v;
}

const records = (table: RawTable | null) =>
  (table?.rows ?? []).map((cells) => Object.fromEntries(table!.header.map((h, i) => [h, cells[i] ?? ''])));

/** Returns the label a reader recognises a row by: the district, the Träger, the id. */
export function rowLabel(
  table: string,
  row: Readonly<Record<string, string>>,
  kreisNames: ReadonlyMap<string, string>,
): string {
  const short = (text: string) => ([...text].length > 60 ? `${[...text].slice(0, 59).join('')}…` : text);
  switch (table) {
    case 'kreise':
      return row['name'] || `AGS ${row['ags']}`;
    case 'zentren':
      return row['traeger'] || kreisNames.get(row['kreis_ags'] ?? '') || `Zentrum ${row['id']}`;
    case 'foerderung':
      return `Förderregel ${row['id']}`;
    case 'quellen':
      return `Quelle ${row['id']}`;
    case 'chronik':
      return `Chronik ${cellText(row['datum'] ?? '')}, ${kreisNames.get(row['kreis_ags'] ?? '') ?? row['kreis_ags']}: ${short(row['ereignis'] ?? '')}`;
    case 'landesmittel':
      return `Landesmittel ${row['jahr']}: ${short(row['was'] ?? '')}`;
    default:
      return Object.values(row).slice(0, 2).join(' ');
  }
}

/** Returns the row changes between two states of a table (either may be null: file added or removed). */
export function diffTable(
  table: string,
  before: RawTable | null,
  after: RawTable | null,
  kreisNames: ReadonlyMap<string, string> = new Map(),
): RowChange[] {
  const key = keyColumn[table] ?? null;
  const old = records(before);
  const now = records(after);
  const changes: RowChange[] = [];
  const label = (row: Record<string, string>) => rowLabel(table, row, kreisNames);
  if (key === null) {
    // Whole rows: a row that is in both states unchanged is no change; any edit is remove + add.
    const signature = (row: Record<string, string>) => JSON.stringify(row);
    const remaining = new Map<string, number>();
    for (const row of now) remaining.set(signature(row), (remaining.get(signature(row)) ?? 0) + 1);
    const kept = new Map<string, number>();
    for (const row of old) {
      const s = signature(row);
      if ((remaining.get(s) ?? 0) > 0) {
        remaining.set(s, remaining.get(s)! - 1);
        kept.set(s, (kept.get(s) ?? 0) + 1);
      } else changes.push({ kind: 'removed', key: s, label: label(row), row });
    }
    for (const row of now) {
      const s = signature(row);
      if ((kept.get(s) ?? 0) > 0) kept.set(s, kept.get(s)! - 1);
      else changes.push({ kind: 'added', key: s, label: label(row), row });
    }
    return changes;
  }
  const oldByKey = new Map(old.map((row) => [row[key] ?? '', row]));
  const newKeys = new Set(now.map((row) => row[key] ?? ''));
  for (const row of now) {
    const previous = oldByKey.get(row[key] ?? '');
    if (!previous) {
      changes.push({ kind: 'added', key: row[key] ?? '', label: label(row), row });
      continue;
    }
    const columns = [...new Set([...Object.keys(previous), ...Object.keys(row)])];
    const cells = columns
      .filter((c) => (previous[c] ?? '') !== (row[c] ?? ''))
      .map((c) => ({ column: c, from: previous[c] ?? '', to: row[c] ?? '' }));
    if (cells.length > 0)
      changes.push({ kind: 'changed', key: row[key] ?? '', label: label(row), cells, quelle: row['quelle'] ?? '' });
  }
  for (const row of old) {
    if (!newKeys.has(row[key] ?? '')) changes.push({ kind: 'removed', key: row[key] ?? '', label: label(row), row });
  }
  return changes;
}

/**
 * Returns both sides of a changed cell as a reader reads them; long texts show the part around
 * the first difference ("…Feb. 2014…" → "…März 2014…"), so the two never look the same.
 */
export function changedTexts(from: string, to: string, max = 80): [string, string] {
  const a = [...from.trim()];
  const b = [...to.trim()];
  if (a.length <= max && b.length <= max) return [cellText(from, max), cellText(to, max)];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const from0 = Math.max(0, start - 20);
  const cut = (chars: string[]) => {
    if (chars.length === 0) return 'unbekannt';
    const part = chars.slice(from0, from0 + max - 2).join('');
    return `„${from0 > 0 ? '…' : ''}${part}${from0 + max - 2 < chars.length ? '…' : ''}“`;
  };
  return [cut(a), cut(b)];
}

/** Returns the German sentence for one row change. */
export function changeSentence(change: RowChange): string {
  if (change.kind === 'added') {
    const quelle = change.row['quelle'] ? `, Quelle ${change.row['quelle']}` : '';
    return `${change.label}: Zeile hinzugefügt${quelle}.`;
  }
  if (change.kind === 'removed') return `${change.label}: Zeile entfernt.`;
  const parts = change.cells.map((c) => {
    const [from, to] = changedTexts(c.from, c.to);
    return `${columnLabel(c.column)} von ${from} auf ${to} gesetzt`;
  });
  const quelleChanged = change.cells.some((c) => c.column === 'quelle');
  const quelle = change.quelle && !quelleChanged ? `, Quelle ${change.quelle}` : '';
  return `${change.label}: ${parts.join('; ')}${quelle}.`;
}

/** The sentence for a file whose bytes changed while no column and no value did. */
export const formattingOnly =
  'Nur die Schreibweise der Datei geändert (etwa Anführungszeichen oder Zeilenenden), kein Wert.';

/**
 * Returns every sentence about one table between two committed states: file added or removed,
 * columns added or removed, then the rows. When no value changed it returns [formattingOnly] if the
 * file's bytes differ (bytesChanged), else [].
 */
export function tableSentences(
  table: string,
  file: string,
  before: RawTable | null,
  after: RawTable | null,
  kreisNames: ReadonlyMap<string, string> = new Map(),
  bytesChanged = true,
): string[] {
  if (!before && !after) return [];
  const sentences: string[] = [];
  if (!before) sentences.push(`Datei ${file} angelegt.`);
  if (!after) return [`Datei ${file} entfernt.`];
  if (before) {
    for (const column of after.header.filter((h) => !before.header.includes(h)))
      sentences.push(`Spalte ${columnLabel(column)} hinzugefügt.`);
    for (const column of before.header.filter((h) => !after.header.includes(h)))
      sentences.push(`Spalte ${columnLabel(column)} entfernt.`);
  }
  sentences.push(...diffTable(table, before, after, kreisNames).map(changeSentence));
  return sentences.length > 0 || !bytesChanged ? sentences : [formattingOnly];
}
