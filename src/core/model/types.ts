/**
 * The domain model shared by the data pipeline, the pages and the browser islands.
 * Everything here is plain, JSON-serialisable data: dates are ISO strings with an explicit
 * precision, money is integer cents, counts of posts are plain numbers (5.5 posts = 5.5).
 */

/** An ISO calendar date `YYYY-MM-DD` (never a Date object: no time zones in the model). */
export type IsoDate = string;

/** How precise a date given in the data is: `2013` = jahr, `2013-07` = monat, `2013-07-01` = tag. */
export type Precision = 'jahr' | 'monat' | 'tag';

/**
 * A date as a source gives it. `value` is exactly what the CSV said (normalised to ISO:
 * `2013`, `2013-07` or `2013-07-01`); `earliest`/`latest` are the first and last day it can mean.
 */
export interface PartialDate {
  value: string;
  precision: Precision;
  earliest: IsoDate;
  latest: IsoDate;
}

/** Kind of district as the BKG names it. */
export type KreisArt = 'Kreis' | 'Kreisfreie Stadt' | 'Städteregion';

/** Which funding rules apply to a KI: those for Kreise or those for kreisfreie Städte. */
export type Foerdertyp = 'Kreis' | 'kreisfreie Stadt';

/** One of NRW's 53 districts (Kreise, kreisfreie Städte, Städteregion Aachen). data/kreise.csv */
export interface Kreis {
  /** 5-digit Amtlicher Gemeindeschlüssel, e.g. "05154". */
  ags: string;
  /** Display name, e.g. "Kreis Kleve", "Stadt Köln", "Städteregion Aachen". */
  name: string;
  /** URL slug derived from the name, e.g. "kreis-kleve" (route /kreis/05154-kreis-kleve/). */
  slug: string;
  art: KreisArt;
  /** "Düsseldorf" | "Köln" | "Münster" | "Detmold" | "Arnsberg". */
  regierungsbezirk: string;
  einwohner: number | null;
  einwohnerStand: IsoDate | null;
  flaecheKm2: number | null;
  quelle: string[];
  anmerkung: string;
  /** 1-based line in the CSV (header = line 1), for messages. */
  line: number;
}

/** One Kommunales Integrationszentrum. data/zentren.csv (54 rows). */
export interface Zentrum {
  /** Stable key, e.g. "kleve", "aachen-stadt". */
  id: string;
  /** AGS of the host body: 5 digits, or 8 for the Stadt Aachen (05334002). */
  ags: string;
  /** The district (kreise.csv) the KI lies in. */
  kreisAgs: string;
  /** Normalised name of the host body, e.g. "Kreis Kleve", "Stadt Aachen". */
  traeger: string;
  foerdertyp: Foerdertyp;
  /** When the KI started, as precise as a source says; null = unknown. */
  start: PartialDate | null;
  /** What the start date means (Ratsbeschluss, Bewilligung, Arbeitsaufnahme …). */
  startBedeutung: string;
  /** A date by which a source proves the KI existed; null = none. */
  spaetestens: PartialDate | null;
  /** Specialist posts (Fachstellen) a source reports for this KI; null = unknown. */
  fachstellen: number | null;
  /** Teacher posts a source reports for this KI; null = unknown. */
  lehrerstellen: number | null;
  quelle: string[];
  anmerkung: string;
  line: number;
}

/** Who a funding rule applies to. */
export type GiltFuer = 'alle' | 'Kreis' | 'kreisfreie Stadt' | 'Land';

/** How `betragCent` is meant: per post, per KI and year, or a total. */
export type Einheit = 'je Stelle' | 'je KI' | 'gesamt';

/** One funding rule for one period and component. data/foerderung.csv */
export interface FoerderRegel {
  /** Stable key, e.g. "pauschale-2012". */
  id: string;
  /** First day the rule applies; null = not known from any source. */
  gueltigAb: PartialDate | null;
  /** Last day the rule applies; null = open-ended or unknown (see anmerkung). */
  gueltigBis: PartialDate | null;
  /** Machine key of the component, e.g. "pauschale", "zusatzstelle", "kreisstelle", "lehrerstelle". */
  komponente: string;
  /** Human label as the source words it. */
  bezeichnung: string;
  giltFuer: GiltFuer;
  /** Euro amount in integer cents; null = no amount in the source. */
  betragCent: number | null;
  /** Number of posts the amount covers / the rule grants; null = none given. */
  stellen: number | null;
  einheit: Einheit;
  /** Paying ministry/body, e.g. "MAIS", "MSW", "MKFFI". */
  geldgeber: string;
  /** "primär" | "sekundär" | "abgeleitet" … with detail in anmerkung. */
  quellentyp: string;
  quelle: string[];
  anmerkung: string;
  line: number;
}

/** A statewide figure a source reports (or we derived, marked as such). data/landesmittel.csv */
export interface Landesmittel {
  jahr: number;
  betragCent: number | null;
  /** What the figure is, in words. */
  was: string;
  /** "gemeldet" (a source reports it) | "abgeleitet" (own calculation, for comparison only). */
  art: 'gemeldet' | 'abgeleitet';
  /** False when the figure covers more than the KIs (e.g. KIM, KOMM-AN). */
  kiSpezifisch: boolean;
  quelle: string[];
  anmerkung: string;
  line: number;
}

/** A dated event, e.g. in the Kleve timeline. data/chronik.csv */
export interface ChronikEintrag {
  datum: PartialDate;
  kreisAgs: string;
  ereignis: string;
  quelle: string[];
  line: number;
}

/** A source. data/quellen.csv; other tables refer to `id`. */
export interface Quelle {
  id: string;
  titel: string;
  herausgeber: string;
  datum: PartialDate | null;
  /** http(s) URL, or "" when the source has none (e.g. a printed motion). */
  url: string;
  lizenz: string;
  line: number;
}

/** Everything the pipeline writes to src/generated/data.json. */
export interface AtlasData {
  /** Date of the newest data change (git), shown as "Stand". */
  stand: IsoDate;
  /** Date the site was built. */
  gebaut: IsoDate;
  kreise: Kreis[];
  zentren: Zentrum[];
  foerderung: FoerderRegel[];
  landesmittel: Landesmittel[];
  chronik: ChronikEintrag[];
  quellen: Quelle[];
}

/** Status of a district at a Stichtag (public contract: data-status). */
export type KreisStatus = 'ki' | 'ohne-ki' | 'unbekannt';
