/**
 * KI counts that sources report (ministry press releases, districts announcing "the 50th KI"), as
 * recorded in chronik.csv. They may count approvals or decisions, while the roll-out model counts
 * proven starts, so the chart shows them as marked points beside its band, never as the band.
 */
import type { ChronikEintrag, IsoDate } from './types.ts';

/** What a reported count counts. */
export type GemeldetArt = 'bewilligt' | 'gemeldet';

/** One count a source reports on a day. */
export interface GemeldeteZahl {
  datum: IsoDate;
  anzahl: number;
  art: GemeldetArt;
  /** The chronik.csv event the count is read from. */
  ereignis: string;
  /** quellen.csv ids of that event. */
  quelle: string[];
}

/**
 * The chronik.csv events that state a statewide KI count: day, AGS column and the count as the
 * event's text words it. A count is used only while its event is in the data and its text still
 * contains the number.
 */
const countEvents: readonly { datum: IsoDate; kreisAgs: string; anzahl: number; art: GemeldetArt }[] = [
  { datum: '2013-02-21', kreisAgs: 'NRW', anzahl: 16, art: 'bewilligt' },
  { datum: '2013-06-12', kreisAgs: 'NRW', anzahl: 29, art: 'bewilligt' },
  { datum: '2013-12-02', kreisAgs: 'NRW', anzahl: 47, art: 'gemeldet' },
  { datum: '2015-04-10', kreisAgs: 'NRW', anzahl: 49, art: 'gemeldet' },
  { datum: '2016-02-12', kreisAgs: '05558', anzahl: 50, art: 'gemeldet' },
  { datum: '2016-06-28', kreisAgs: '05554', anzahl: 51, art: 'gemeldet' },
  { datum: '2016-06-29', kreisAgs: '05566', anzahl: 52, art: 'gemeldet' },
  { datum: '2017-10-05', kreisAgs: '05154', anzahl: 53, art: 'gemeldet' },
  { datum: '2018-09-06', kreisAgs: '05154', anzahl: 54, art: 'gemeldet' },
];

/** Returns the reported KI counts found in the chronicle, oldest first, each with its event and sources. */
export function gemeldeteZahlen(
  chronik: readonly Pick<ChronikEintrag, 'datum' | 'kreisAgs' | 'ereignis' | 'quelle'>[],
): GemeldeteZahl[] {
  return countEvents.flatMap(({ datum, kreisAgs, anzahl, art }) => {
    const entry = chronik.find(
      (e) =>
        e.datum.precision === 'tag' &&
        e.datum.value === datum &&
        e.kreisAgs === kreisAgs &&
        new RegExp(`(^|\\D)${anzahl}(\\D|$)`).test(e.ereignis),
    );
    return entry ? [{ datum, anzahl, art, ereignis: entry.ereignis, quelle: entry.quelle }] : [];
  });
}

/** Returns what a reported count counts, for the table: "bewilligte KI" or "KI laut Quelle". */
export function gemeldetArtText(art: GemeldetArt): string {
  return art === 'bewilligt' ? 'bewilligte KI' : 'KI laut Quelle';
}

/** The note that says why reported counts and the modelled band differ. */
export const GEMELDET_HINWEIS =
  'Gemeldete Zahlen (◆) zählen oft Bewilligungen oder Beschlüsse; Linie und Band zählen nur KI, deren Start belegt ist. Beides kann zugleich stimmen.';
