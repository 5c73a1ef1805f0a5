/**
 * What a district page (/kreis/<ags>-<slug>/) says: the lead sentence, each KI's start with its
 * precision explained, the district's dated events and its neighbours in the alphabetical list.
 */
import { sortChronik } from '../model/chronik-order.ts';
import { startBeleg, startBelegText } from '../model/start-meaning.ts';
import { formatDate, formatList, formatNumber, formatPartialDate } from '../model/format.ts';
import type { AtlasData, ChronikEintrag, Kreis, PartialDate, Precision, Zentrum } from '../model/types.ts';
import { statusByKreis } from '../model/status.ts';

/** Returns "seit dem 06.09.2018", "seit Juli 2013" or "seit 2013": a start at its own precision. */
export function seit(date: PartialDate): string {
  return date.precision === 'tag' ? `seit dem ${formatDate(date.value)}` : `seit ${formatPartialDate(date)}`;
}

/** Returns "spätestens am 05.10.2017", "spätestens Ende Juli 2016" or "spätestens Ende 2016". */
export function spaetestensText(date: PartialDate): string {
  return date.precision === 'tag'
    ? `spätestens am ${formatDate(date.value)}`
    : `spätestens Ende ${formatPartialDate(date)}`;
}

/** Returns what a start's precision means for the map, in one sentence. */
export function precisionNote(precision: Precision): string {
  if (precision === 'tag') return 'Tagesgenau belegt.';
  if (precision === 'monat')
    return 'Nur der Monat ist belegt: Die Karte zählt das KI ab dem letzten Tag dieses Monats als sicher vorhanden, vorher als unbekannt.';
  return 'Nur das Jahr ist belegt: Die Karte zählt das KI ab dem 31. Dezember dieses Jahres als sicher vorhanden, vorher als unbekannt.';
}

/** The fields of a KI the lead sentence needs. */
type LeadZentrum = Pick<Zentrum, 'traeger' | 'start' | 'startBedeutung' | 'spaetestens'>;

/**
 * Returns the lead sentence of a district page, e.g. "Kreis Kleve hat seit dem 06.09.2018 ein
 * Kommunales Integrationszentrum."; when the start date is no Arbeitsaufnahme it says only what is
 * proven: "Rhein-Kreis Neuss hat ein Kommunales Integrationszentrum – KI belegt (Beschluss vom 14.09.2012)."
 */
export function kreisLead(kreis: Pick<Kreis, 'name'>, zentren: readonly LeadZentrum[]): string {
  if (zentren.length === 0) return `${kreis.name} hat kein Kommunales Integrationszentrum.`;
  if (zentren.length === 1) {
    const [z] = zentren as [LeadZentrum];
    const beleg = startBelegText(z);
    if (beleg) return `${kreis.name} hat ein Kommunales Integrationszentrum – ${beleg}.`;
    if (z.start) return `${kreis.name} hat ${seit(z.start)} ein Kommunales Integrationszentrum.`;
    const proof = z.spaetestens ? ` (es bestand ${spaetestensText(z.spaetestens)})` : '';
    return `${kreis.name} hat ein Kommunales Integrationszentrum; seit wann, ist nicht belegt${proof}.`;
  }
  const parts = zentren.map((z) => {
    const beleg = startBeleg(z);
    return `${z.traeger} (${beleg ? `KI belegt: ${beleg}` : z.start ? seit(z.start) : 'Start nicht belegt'})`;
  });
  return `${kreis.name} hat ${zentren.length} Kommunale Integrationszentren: ${formatList(parts)}.`;
}

/** Returns a post count for the page: "5,5" or "nicht belegt". */
export function postsText(value: number | null): string {
  return value === null ? 'nicht belegt' : formatNumber(value);
}

/**
 * Returns the district's dated events in chronicle order (compareChronik: "Oktober 2017" after
 * "05.10.2017", "2017" after every date of 2017; same date in file order).
 */
export function kreisChronik(chronik: readonly ChronikEintrag[], kreisAgs: string): ChronikEintrag[] {
  return sortChronik(chronik.filter((e) => e.kreisAgs === kreisAgs));
}

/** Returns the previous and next district in German alphabetical order (null at the ends). */
export function neighbours<T extends Pick<Kreis, 'ags' | 'name'>>(
  kreise: readonly T[],
  ags: string,
): { prev: T | null; next: T | null } {
  const collator = new Intl.Collator('de-DE');
  const sorted = [...kreise].sort((a, b) => collator.compare(a.name, b.name));
  const i = sorted.findIndex((k) => k.ags === ags);
  return { prev: i > 0 ? (sorted[i - 1] ?? null) : null, next: i >= 0 ? (sorted[i + 1] ?? null) : null };
}

/** Everything a district page needs from the atlas: its KIs, today's statuses (locator map), chronicle, neighbours, lead. */
export function kreisSeite(atlas: Pick<AtlasData, 'kreise' | 'zentren' | 'chronik' | 'gebaut'>, kreis: Kreis) {
  const zentren = atlas.zentren.filter((z) => z.kreisAgs === kreis.ags);
  const ags = atlas.kreise.map((k) => k.ags);
  return {
    zentren,
    today: atlas.gebaut,
    statuses: statusByKreis(ags, atlas.zentren, atlas.gebaut),
    chronik: kreisChronik(atlas.chronik, kreis.ags),
    ...neighbours(atlas.kreise, kreis.ags),
    lead: kreisLead(kreis, zentren),
  };
}
