/**
 * The table next to the map: one row per district with its KI(s), posts and population, plus
 * sorting and filtering. Pure; KreisTable.astro renders the rows, src/client/stichtag.ts
 * re-sorts them in the browser with the same functions.
 */
import { formatPartialDate } from '../model/format.ts';
import type { ZentrumRef } from './summary.ts';
import type { IsoDate, Kreis, KreisStatus, Zentrum } from '../model/types.ts';

/** District fields the table shows. */
export type TableKreis = Pick<Kreis, 'ags' | 'name' | 'slug' | 'regierungsbezirk' | 'einwohner' | 'einwohnerStand'>;

/** KI fields the table shows. */
export type TableZentrum = ZentrumRef & Pick<Zentrum, 'traeger' | 'start' | 'spaetestens'>;

/** One table row. Numbers stay numbers (formatting happens when rendering). */
export interface KreisRow {
  ags: string;
  name: string;
  slug: string;
  regierungsbezirk: string;
  /** "01.07.2013", "Juli 2013", "2013" or "unbekannt (spätestens 05.10.2017)"; several KIs joined with "; ". */
  kiSeit: string;
  /** Earliest day the (earliest) start allows; null = start unknown. */
  kiSeitSort: IsoDate | null;
  /** Sum over the district's KIs that report posts; null when none does. */
  fachstellen: number | null;
  lehrerstellen: number | null;
  einwohner: number | null;
  einwohnerStand: IsoDate | null;
}

function startText(zentrum: TableZentrum): string {
  if (zentrum.start) return formatPartialDate(zentrum.start);
  if (zentrum.spaetestens) return `unbekannt (spätestens ${formatPartialDate(zentrum.spaetestens)})`;
  return 'unbekannt';
}

function sumKnown(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** Returns one row per district, in the order of `kreise`. */
export function kreisRows(kreise: readonly TableKreis[], zentren: readonly TableZentrum[]): KreisRow[] {
  return kreise.map((kreis) => {
    const own = zentren.filter((z) => z.kreisAgs === kreis.ags);
    const starts = own
      .map((z) => z.start?.earliest)
      .filter((d): d is string => d !== undefined)
      .sort();
    return {
      ags: kreis.ags,
      name: kreis.name,
      slug: kreis.slug,
      regierungsbezirk: kreis.regierungsbezirk,
      kiSeit:
        own.length === 0
          ? 'kein KI'
          : own.length === 1
            ? startText(own[0]!)
            : own.map((z) => `${startText(z)} (${z.traeger})`).join('; '),
      kiSeitSort: own.length > 0 && starts.length === own.length ? (starts[0] ?? null) : null,
      fachstellen: sumKnown(own.map((z) => z.fachstellen)),
      lehrerstellen: sumKnown(own.map((z) => z.lehrerstellen)),
      einwohner: kreis.einwohner,
      einwohnerStand: kreis.einwohnerStand,
    };
  });
}

/** Columns the table can be sorted by. */
export type SortKey = 'name' | 'regierungsbezirk' | 'status' | 'kiSeit' | 'fachstellen' | 'lehrerstellen' | 'einwohner';
export type SortDirection = 'ascending' | 'descending';

/** Status order when sorting by status ascending: with KI first, then unknown, then without. */
const statusRank: Record<KreisStatus, number> = { ki: 0, unbekannt: 1, 'ohne-ki': 2 };

const collator = new Intl.Collator('de-DE');

function sortValue(row: KreisRow, key: SortKey, statuses: Record<string, KreisStatus>): string | number | null {
  switch (key) {
    case 'name':
      return row.name;
    case 'regierungsbezirk':
      return row.regierungsbezirk;
    case 'status':
      return statusRank[statuses[row.ags] ?? 'unbekannt'];
    case 'kiSeit':
      return row.kiSeitSort;
    default:
      return row[key];
  }
}

/**
 * Returns the rows sorted by a column (German collation for text). Missing values go last in both
 * directions; ties keep alphabetical order by name.
 */
export function sortRows(
  rows: readonly KreisRow[],
  key: SortKey,
  direction: SortDirection,
  statuses: Record<string, KreisStatus> = {},
): KreisRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [va, vb] = [sortValue(a, key, statuses), sortValue(b, key, statuses)];
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      const order =
        typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name);
  });
}

/** Returns the direction a click on a column header sorts by: toggles on the current column, else ascending. */
export function nextDirection(
  currentKey: SortKey | null,
  currentDirection: SortDirection,
  clicked: SortKey,
): SortDirection {
  if (currentKey !== clicked) return 'ascending';
  return currentDirection === 'ascending' ? 'descending' : 'ascending';
}

/** Returns the AGS of the rows in a Regierungsbezirk, or of all rows for "" (no filter). */
export function visibleAgs(rows: readonly KreisRow[], regierungsbezirk: string): Set<string> {
  return new Set(
    rows.filter((r) => regierungsbezirk === '' || r.regierungsbezirk === regierungsbezirk).map((r) => r.ags),
  );
}

/** Returns the distinct Regierungsbezirke of the rows, alphabetically. */
export function regierungsbezirke(rows: readonly KreisRow[]): string[] {
  return [...new Set(rows.map((r) => r.regierungsbezirk))].sort(collator.compare);
}

/** Returns the short status text of the table's status column. */
export function statusText(status: KreisStatus): string {
  if (status === 'ki') return 'KI vorhanden';
  if (status === 'ohne-ki') return 'kein KI';
  return 'unbekannt';
}

/** Returns the population Stand all rows share, or null when they differ or none is known. */
export function commonEinwohnerStand(rows: readonly KreisRow[]): IsoDate | null {
  const stands = new Set(rows.map((r) => r.einwohnerStand));
  const [only] = stands;
  return stands.size === 1 && only !== undefined ? only : null;
}
