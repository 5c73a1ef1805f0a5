/**
 * Turns parsed rows into the typed records of types.ts. Values were already read and checked
 * cell by cell (parse-cells.ts) according to each column's kind, so the accessors below only
 * narrow the type the schema guarantees; a cell that failed its check arrives as null.
 */
import type { ParsedRow } from './parse-table.ts';
import { slugify } from '../model/slug.ts';
import type {
  ChronikEintrag,
  Einheit,
  FoerderRegel,
  Foerdertyp,
  GiltFuer,
  Kreis,
  KreisArt,
  Landesmittel,
  PartialDate,
  Quelle,
  Zentrum,
} from '../model/types.ts';

const text = (r: ParsedRow, c: string): string => (r.values[c] as string | null) ?? '';
const textOrNull = (r: ParsedRow, c: string): string | null => r.values[c] as string | null;
const num = (r: ParsedRow, c: string): number | null => r.values[c] as number | null;
const date = (r: ParsedRow, c: string): PartialDate | null => r.values[c] as PartialDate | null;
const list = (r: ParsedRow, c: string): string[] => (r.values[c] as string[] | null) ?? [];

/** Returns the Kreis a kreise.csv row describes. */
export function toKreis(r: ParsedRow): Kreis {
  const name = text(r, 'name');
  return {
    ags: text(r, 'ags'),
    name,
    slug: slugify(name),
    art: text(r, 'art') as KreisArt,
    regierungsbezirk: text(r, 'regierungsbezirk'),
    einwohner: num(r, 'einwohner'),
    einwohnerStand: textOrNull(r, 'einwohner_stand'),
    flaecheKm2: num(r, 'flaeche_km2'),
    quelle: list(r, 'quelle'),
    anmerkung: text(r, 'anmerkung'),
    line: r.line,
  };
}

/** Returns the Zentrum a zentren.csv row describes. */
export function toZentrum(r: ParsedRow): Zentrum {
  return {
    id: text(r, 'id'),
    ags: text(r, 'ags'),
    kreisAgs: text(r, 'kreis_ags'),
    traeger: text(r, 'traeger'),
    foerdertyp: text(r, 'foerdertyp') as Foerdertyp,
    start: date(r, 'start'),
    startBedeutung: text(r, 'start_bedeutung'),
    spaetestens: date(r, 'spaetestens'),
    fachstellen: num(r, 'fachstellen'),
    lehrerstellen: num(r, 'lehrerstellen'),
    quelle: list(r, 'quelle'),
    anmerkung: text(r, 'anmerkung'),
    line: r.line,
  };
}

/** Returns the funding rule a foerderung.csv row describes (betragCent in integer cents). */
export function toFoerderRegel(r: ParsedRow): FoerderRegel {
  return {
    id: text(r, 'id'),
    gueltigAb: date(r, 'gueltig_ab'),
    gueltigBis: date(r, 'gueltig_bis'),
    komponente: text(r, 'komponente'),
    bezeichnung: text(r, 'bezeichnung'),
    giltFuer: text(r, 'gilt_fuer') as GiltFuer,
    betragCent: num(r, 'betrag_eur'),
    stellen: num(r, 'stellen'),
    einheit: text(r, 'einheit') as Einheit,
    geldgeber: text(r, 'geldgeber'),
    quellentyp: text(r, 'quellentyp'),
    quelle: list(r, 'quelle'),
    anmerkung: text(r, 'anmerkung'),
    line: r.line,
  };
}

/** Returns the statewide figure a landesmittel.csv row describes (betragCent in integer cents). */
export function toLandesmittel(r: ParsedRow): Landesmittel {
  return {
    jahr: num(r, 'jahr') ?? 0,
    betragCent: num(r, 'betrag_eur'),
    was: text(r, 'was'),
    art: text(r, 'art') as Landesmittel['art'],
    kiSpezifisch: r.values['ki_spezifisch'] === true,
    quelle: list(r, 'quelle'),
    anmerkung: text(r, 'anmerkung'),
    line: r.line,
  };
}

/** Returns the event a chronik.csv row describes (datum null only when the row has an error). */
export function toChronikEintrag(r: ParsedRow): ChronikEintrag {
  return {
    datum: date(r, 'datum')!,
    kreisAgs: text(r, 'kreis_ags'),
    ereignis: text(r, 'ereignis'),
    quelle: list(r, 'quelle'),
    line: r.line,
  };
}

/** Returns the source a quellen.csv row describes. */
export function toQuelle(r: ParsedRow): Quelle {
  return {
    id: text(r, 'id'),
    titel: text(r, 'titel'),
    herausgeber: text(r, 'herausgeber'),
    datum: date(r, 'datum'),
    url: text(r, 'url'),
    lizenz: text(r, 'lizenz'),
    line: r.line,
  };
}
