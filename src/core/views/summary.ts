/**
 * What the map says at a Stichtag, in numbers and in German sentences: the headline above the map,
 * the legend counts, the key-figure tiles and each district's accessible name. Used at build time
 * and, unchanged, by the Stichtag slider in the browser.
 */
import { formatDate, formatList, formatNumber } from '../model/format.ts';
import { statusAt, zentrumStatusAt, type ZentrumDates } from '../model/status.ts';
import type { IsoDate, Kreis, KreisStatus, Zentrum } from '../model/types.ts';

/** The district fields the summary needs. */
export type KreisRef = Pick<Kreis, 'ags' | 'name'>;

/** The KI fields the summary needs. */
export type ZentrumRef = ZentrumDates & Pick<Zentrum, 'fachstellen' | 'lehrerstellen'>;

/** A sum over the KIs that existed at the Stichtag, with how many of them reported a value. */
export interface PostSum {
  sum: number;
  known: number;
  of: number;
}

/** Everything the page shows for one Stichtag. */
export interface StichtagSummary {
  stichtag: IsoDate;
  /** Status of every district, keyed by AGS. */
  statuses: Record<string, KreisStatus>;
  kreiseTotal: number;
  kreiseMitKi: number;
  /** Names of the districts without KI / with unknown status, in the order of `kreise`. */
  ohneKi: string[];
  unbekannt: string[];
  zentrenTotal: number;
  /** KIs that provably existed / whose existence is unknown at the Stichtag. */
  zentrenMitKi: number;
  zentrenUnbekannt: number;
  fachstellen: PostSum;
  lehrerstellen: PostSum;
}

function postSum(existing: readonly ZentrumRef[], field: 'fachstellen' | 'lehrerstellen'): PostSum {
  const known = existing.filter((z) => z[field] !== null);
  return { sum: known.reduce((total, z) => total + (z[field] ?? 0), 0), known: known.length, of: existing.length };
}

/** Returns the counts and names for the Stichtag (ISO date). */
export function summarize(
  kreise: readonly KreisRef[],
  zentren: readonly ZentrumRef[],
  stichtag: IsoDate,
): StichtagSummary {
  const statuses: Record<string, KreisStatus> = {};
  for (const kreis of kreise) statuses[kreis.ags] = statusAt(zentren, kreis.ags, stichtag);
  const zentrumStatuses = zentren.map((z) => zentrumStatusAt(z, stichtag));
  const existing = zentren.filter((_, i) => zentrumStatuses[i] === 'ki');
  return {
    stichtag,
    statuses,
    kreiseTotal: kreise.length,
    kreiseMitKi: kreise.filter((k) => statuses[k.ags] === 'ki').length,
    ohneKi: kreise.filter((k) => statuses[k.ags] === 'ohne-ki').map((k) => k.name),
    unbekannt: kreise.filter((k) => statuses[k.ags] === 'unbekannt').map((k) => k.name),
    zentrenTotal: zentren.length,
    zentrenMitKi: existing.length,
    zentrenUnbekannt: zentrumStatuses.filter((s) => s === 'unbekannt').length,
    fachstellen: postSum(existing, 'fachstellen'),
    lehrerstellen: postSum(existing, 'lehrerstellen'),
  };
}

/** Up to this many district names are spelled out in a sentence; beyond, only the count. */
export const MAX_NAMES_IN_SENTENCE = 5;

const districts = 'Kreise und kreisfreien Städte in NRW';

/** How a sentence about the build date names it. */
export interface SentenceOptions {
  /**
   * The Stichtag is the build date baked into a static page: say "Am 05.12.2026 (Stand der
   * Website)" in the past tense, never "Heute", which would go stale; the browser script then
   * writes the visitor's own "Heute, am …".
   */
  stand?: boolean;
}

/**
 * Returns the one-sentence summary for screen readers and press copy, e.g. "Am 10.10.2017 hatten
 * 52 der 53 Kreise und kreisfreien Städte in NRW ein Kommunales Integrationszentrum; ohne: Kreis Kleve."
 * With `today` equal to the Stichtag it speaks in the present tense ("Heute, am …"), unless
 * `options.stand` says that day is only the build date of a static page.
 */
export function summarySentence(summary: StichtagSummary, today?: IsoDate, options: SentenceOptions = {}): string {
  const isToday = today === summary.stichtag;
  const present = isToday && !options.stand;
  const date = formatDate(summary.stichtag);
  const opening = present ? `Heute, am ${date},` : isToday ? `Am ${date} (Stand der Website)` : `Am ${date}`;
  const { kreiseTotal: total, kreiseMitKi: withKi, ohneKi, unbekannt } = summary;
  const proven = unbekannt.length > 0 ? 'nachweislich ' : '';
  const plural = present ? 'haben' : 'hatten';
  const singular = present ? 'hat' : 'hatte';
  const ki = 'ein Kommunales Integrationszentrum';

  let main: string;
  if (withKi === total) main = `${opening} ${plural} alle ${total} ${districts} ${ki}`;
  else if (withKi === 0) main = `${opening} ${singular} ${proven}noch keiner der ${total} ${districts} ${ki}`;
  else if (withKi === 1) main = `${opening} ${singular} ${proven}einer der ${total} ${districts} ${ki}`;
  else main = `${opening} ${plural} ${proven}${withKi} der ${total} ${districts} ${ki}`;

  const parts = [main];
  if (ohneKi.length > 0 && withKi > 0) {
    parts.push(
      ohneKi.length <= MAX_NAMES_IN_SENTENCE
        ? `ohne: ${formatList(ohneKi)}`
        : `${ohneKi.length} ${present ? 'haben' : 'hatten'} noch keins`,
    );
  }
  if (unbekannt.length > 0) {
    const verb = present ? 'besteht' : 'bestand';
    parts.push(`bei ${unbekannt.length} ist unbekannt, ob schon eins ${verb}`);
  }
  return `${parts.join('; ')}.`;
}

/** Returns the short phrase for a status as the map's accessible names use it. */
export function statusPhrase(status: KreisStatus): string {
  if (status === 'ki') return 'KI vorhanden';
  if (status === 'ohne-ki') return 'kein KI';
  return 'unbekannt, ob ein KI bestand';
}

/** Returns a district's accessible name on the map: "Kreis Kleve: kein KI am 10.10.2017". */
export function districtLabel(name: string, status: KreisStatus, stichtag: IsoDate): string {
  return `${name}: ${statusPhrase(status)} am ${formatDate(stichtag)}`;
}

/** The three legend entries' texts. */
export interface LegendTexts {
  ki: string;
  ohneKi: string;
  unbekannt: string;
}

/** Up to this many district names are listed in the legend; beyond, the table has them. */
export const MAX_NAMES_IN_LEGEND = 8;

/**
 * Returns names, with their count in front when there are several: "Kreis Kleve", "2: A und B", "keiner".
 * Beyond MAX_NAMES_IN_LEGEND it points to the district table: on the page when `table`, else on the home page.
 */
function namesWithCount(names: readonly string[], table: boolean): string {
  if (names.length === 0) return 'keiner';
  if (names.length === 1) return formatList(names);
  if (names.length > MAX_NAMES_IN_LEGEND) {
    return table
      ? `${names.length} (Namen in der Tabelle, Spalte „Am Stichtag“)`
      : `${names.length} (Namen in der Tabelle auf der Startseite des KI-Atlas NRW)`;
  }
  return `${names.length}: ${formatList(names)}`;
}

/**
 * Returns the texts next to the legend's labels ("KI vorhanden", "ohne KI", "unbekannt"), e.g.
 * "52 von 53 Kreisen und kreisfreien Städten, 53 KI" and "Kreis Kleve". `table: false` where the map
 * stands without the district table (embed, image exports): long name lists then point to the home page.
 */
export function legendTexts(summary: StichtagSummary, options: { table?: boolean } = {}): LegendTexts {
  const { kreiseMitKi, kreiseTotal, zentrenMitKi, ohneKi, unbekannt } = summary;
  const table = options.table ?? true;
  return {
    ki: `${kreiseMitKi} von ${kreiseTotal} Kreisen und kreisfreien Städten, ${zentrenMitKi} KI`,
    ohneKi: namesWithCount(ohneKi, table),
    unbekannt: namesWithCount(unbekannt, table),
  };
}

/** One key-figure tile: a big value, what it counts, and a note on how sure it is. */
export interface Tile {
  key: 'zentren' | 'kreise';
  value: string;
  label: string;
  note: string;
}

/** Returns the key-figure tiles for the Stichtag, in display order. */
export function tiles(summary: StichtagSummary): Tile[] {
  const date = formatDate(summary.stichtag);
  const { zentrenMitKi, zentrenUnbekannt, zentrenTotal, kreiseMitKi, kreiseTotal, ohneKi } = summary;
  return [
    {
      key: 'zentren',
      value: formatNumber(zentrenMitKi, 0),
      label: 'Kommunale Integrationszentren',
      note:
        zentrenUnbekannt > 0
          ? `nachweislich am ${date}; bei ${zentrenUnbekannt} weiteren unbekannt`
          : zentrenMitKi === zentrenTotal
            ? `am ${date}: alle in den Daten`
            : `am ${date}; ${zentrenTotal - zentrenMitKi} ${zentrenTotal - zentrenMitKi === 1 ? 'kam' : 'kamen'} später hinzu`,
    },
    {
      key: 'kreise',
      value: `${kreiseMitKi} von ${kreiseTotal}`,
      label: 'Kreise und kreisfreie Städte mit KI',
      note:
        ohneKi.length === 0
          ? `alle am ${date}`
          : ohneKi.length <= MAX_NAMES_IN_SENTENCE
            ? `ohne: ${formatList(ohneKi)}`
            : `${ohneKi.length} noch ohne`,
    },
  ];
}
