/**
 * The tables in data/ and their columns: the one description the reader, the checks, the
 * normalised download copies and data/README.md agree on. Column names stay German because
 * maintainers read them; order here is the canonical order of the files.
 */

/** What a column holds, which decides how a cell is read and checked. */
export type ColumnKind =
  | 'id' // stable key: letters, digits, - _ . (e.g. "kleve", "pauschale-2012")
  | 'text' // free text with a length limit
  | 'enum' // one of fixed values
  | 'ags' // Amtlicher Gemeindeschlüssel of given lengths, NRW only
  | 'kreis-ref' // 5-digit AGS of a row in kreise.csv (chronik also accepts "NRW")
  | 'integer' // whole number ≥ 0
  | 'decimal' // number ≥ 0, decimals allowed
  | 'euro' // amount ≥ 0 → integer cents
  | 'year' // four-digit year
  | 'date' // partial date: day, month or year
  | 'day' // full date (day precision)
  | 'url' // empty or http(s) URL
  | 'quellen' // one or more quellen.csv ids separated by "|"
  | 'ja-nein'; // "ja" | "nein"

/** One column of a table. */
export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** True when an empty cell is an error. */
  required?: boolean;
  /** Allowed values for kind "enum". */
  values?: readonly string[];
  /** Allowed digit counts for kind "ags". */
  lengths?: readonly number[];
  /** Maximum characters for kind "text" (default 500). */
  max?: number;
  /** Line breaks allowed (kind "text"). */
  multiline?: boolean;
  /** Dates must not lie after today (kind "date"). */
  notFuture?: boolean;
  /** Accept the value "NRW" for a statewide event (kind "kreis-ref"). */
  allowNrw?: boolean;
}

/** Machine names of the tables. */
export type TableName = 'kreise' | 'zentren' | 'foerderung' | 'landesmittel' | 'chronik' | 'quellen';

/** One table: its file name and columns in canonical order. */
export interface TableSpec {
  name: TableName;
  file: string;
  columns: readonly ColumnSpec[];
}

const quelle: ColumnSpec = { name: 'quelle', kind: 'quellen', required: true };
const anmerkung: ColumnSpec = { name: 'anmerkung', kind: 'text', max: 5000, multiline: true };
const nameLength = 200;

/** Every table of the data folder, in the order messages and downloads list them. */
export const tableSpecs: readonly TableSpec[] = [
  {
    name: 'kreise',
    file: 'kreise.csv',
    columns: [
      { name: 'ags', kind: 'ags', lengths: [5], required: true },
      { name: 'name', kind: 'text', max: nameLength, required: true },
      { name: 'art', kind: 'enum', values: ['Kreis', 'Kreisfreie Stadt', 'Städteregion'], required: true },
      { name: 'regierungsbezirk', kind: 'text', max: nameLength, required: true },
      { name: 'einwohner', kind: 'integer' },
      { name: 'einwohner_stand', kind: 'day' },
      { name: 'flaeche_km2', kind: 'decimal' },
      quelle,
      anmerkung,
    ],
  },
  {
    name: 'zentren',
    file: 'zentren.csv',
    columns: [
      { name: 'id', kind: 'id', required: true },
      { name: 'ags', kind: 'ags', lengths: [5, 8], required: true },
      { name: 'kreis_ags', kind: 'kreis-ref', required: true },
      { name: 'traeger', kind: 'text', max: nameLength, required: true },
      { name: 'foerdertyp', kind: 'enum', values: ['Kreis', 'kreisfreie Stadt'], required: true },
      { name: 'start', kind: 'date', notFuture: true },
      { name: 'start_bedeutung', kind: 'text', max: 500 },
      { name: 'spaetestens', kind: 'date', notFuture: true },
      { name: 'fachstellen', kind: 'decimal' },
      { name: 'lehrerstellen', kind: 'decimal' },
      quelle,
      anmerkung,
    ],
  },
  {
    name: 'foerderung',
    file: 'foerderung.csv',
    columns: [
      { name: 'id', kind: 'id', required: true },
      { name: 'gueltig_ab', kind: 'date' },
      { name: 'gueltig_bis', kind: 'date' },
      { name: 'komponente', kind: 'text', max: nameLength, required: true },
      { name: 'bezeichnung', kind: 'text', max: 500 },
      { name: 'gilt_fuer', kind: 'enum', values: ['alle', 'Kreis', 'kreisfreie Stadt', 'Land'], required: true },
      { name: 'betrag_eur', kind: 'euro' },
      { name: 'stellen', kind: 'decimal' },
      { name: 'einheit', kind: 'enum', values: ['je Stelle', 'je KI', 'gesamt'], required: true },
      { name: 'geldgeber', kind: 'text', max: nameLength },
      { name: 'quellentyp', kind: 'text', max: nameLength },
      quelle,
      anmerkung,
    ],
  },
  {
    name: 'landesmittel',
    file: 'landesmittel.csv',
    columns: [
      { name: 'jahr', kind: 'year', required: true },
      { name: 'betrag_eur', kind: 'euro' },
      { name: 'was', kind: 'text', max: 500, required: true },
      { name: 'art', kind: 'enum', values: ['gemeldet', 'abgeleitet'], required: true },
      { name: 'ki_spezifisch', kind: 'ja-nein', required: true },
      quelle,
      anmerkung,
    ],
  },
  {
    name: 'chronik',
    file: 'chronik.csv',
    columns: [
      { name: 'datum', kind: 'date', required: true, notFuture: true },
      { name: 'kreis_ags', kind: 'kreis-ref', required: true, allowNrw: true },
      { name: 'ereignis', kind: 'text', max: 2000, multiline: true, required: true },
      quelle,
    ],
  },
  {
    name: 'quellen',
    file: 'quellen.csv',
    columns: [
      { name: 'id', kind: 'id', required: true },
      { name: 'titel', kind: 'text', max: 500, required: true },
      { name: 'herausgeber', kind: 'text', max: nameLength },
      { name: 'datum', kind: 'date' },
      { name: 'url', kind: 'url' },
      { name: 'lizenz', kind: 'text', max: nameLength },
    ],
  },
];

/** Returns the spec of a table by its machine name. */
export function tableSpec(name: TableName): TableSpec {
  return tableSpecs.find((t) => t.name === name)!;
}
