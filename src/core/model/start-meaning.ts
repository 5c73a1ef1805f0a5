/**
 * What a KI's start date stands for, read from `start_bedeutung` (zentren.csv): the day the KI began
 * work, its founding, a council decision or the Land's approval. The map counts a KI from its start
 * date whatever it means; these functions say which it is, so no text claims more than the source.
 */
import { formatList, formatPartialDate } from './format.ts';
import type { PartialDate, Zentrum } from './types.ts';

/** The kind of event a start date records; `unbekannt` when there is no start or no recognisable meaning. */
export type StartArt = 'arbeitsaufnahme' | 'gruendung' | 'beschluss' | 'bewilligung' | 'unbekannt';

/** The kinds in the order texts list them. */
export const startArten: readonly Exclude<StartArt, 'unbekannt'>[] = [
  'arbeitsaufnahme',
  'gruendung',
  'bewilligung',
  'beschluss',
];

/** Word stems that name each kind, as `start_bedeutung` words them (case-insensitive). */
const keywords: Record<Exclude<StartArt, 'unbekannt'>, readonly string[]> = {
  arbeitsaufnahme: ['arbeitsaufnahme', 'arbeitsbeginn', 'eröffnung'],
  gruendung: ['gründung', 'einrichtung', 'umwandlung', 'überführung', 'bestehen'],
  beschluss: ['beschluss'],
  bewilligung: ['bewilligung', 'genehmigung', 'förderbescheid', 'kostenzusage', 'anerkennung'],
};

/** The noun a status text uses for each kind: "Beschluss vom 14.09.2012". */
const nouns: Record<StartArt, string> = {
  arbeitsaufnahme: 'Arbeitsaufnahme',
  gruendung: 'Gründung',
  beschluss: 'Beschluss',
  bewilligung: 'Bewilligung',
  unbekannt: 'Startdatum',
};

/** How the method page and the legend describe each kind, after "bei N KI …". */
const descriptions: Record<Exclude<StartArt, 'unbekannt'>, string> = {
  arbeitsaufnahme: 'die Arbeitsaufnahme oder Eröffnung',
  gruendung: 'die Gründung, Einrichtung oder Umwandlung',
  bewilligung: 'die Bewilligung, Genehmigung oder Anerkennung durch das Land',
  beschluss: 'ein Rats- oder Kreistagsbeschluss',
};

/** Returns the kind whose word comes first in a text, or null when none occurs. */
function firstKind(text: string): Exclude<StartArt, 'unbekannt'> | null {
  let best: { art: Exclude<StartArt, 'unbekannt'> | null; at: number } = { art: null, at: Infinity };
  for (const art of startArten) {
    for (const word of keywords[art]) {
      const at = text.indexOf(word);
      if (at >= 0 && at < best.at) best = { art, at };
    }
  }
  return best.art;
}

/**
 * Returns the kind of event a KI's start date records, read from the head of `start_bedeutung`
 * (up to the first ";" or "("; what follows explains or contrasts, e.g. "(nicht Arbeitsaufnahme)"):
 * Arbeitsaufnahme when the head names it ("Einrichtung/Arbeitsaufnahme"), else the kind named first
 * ("Gründung zum Stichtag per Ratsbeschluss" is a Gründung), else the first kind in the whole text;
 * `unbekannt` without a start date or when no known word occurs.
 */
export function startArt(zentrum: Pick<Zentrum, 'start' | 'startBedeutung'>): StartArt {
  if (!zentrum.start) return 'unbekannt';
  const text = zentrum.startBedeutung.toLocaleLowerCase('de-DE');
  const head = text.split(/[;(]/)[0] ?? '';
  if (keywords.arbeitsaufnahme.some((word) => head.includes(word))) return 'arbeitsaufnahme';
  return firstKind(head) ?? firstKind(text) ?? 'unbekannt';
}

/** Number of KIs with a start date per kind (`unbekannt`: a start whose meaning is not recorded). */
export type StartArtCounts = Record<StartArt, number>;

/** Returns how many KIs' start dates record each kind of event; KIs without a start date are not counted. */
export function countStartArten(zentren: readonly Pick<Zentrum, 'start' | 'startBedeutung'>[]): StartArtCounts {
  const counts: StartArtCounts = { arbeitsaufnahme: 0, gruendung: 0, beschluss: 0, bewilligung: 0, unbekannt: 0 };
  for (const zentrum of zentren) if (zentrum.start) counts[startArt(zentrum)] += 1;
  return counts;
}

/**
 * Returns one sentence on what the start dates mean, with counts: "Von den 42 KI mit Startdatum ist das Datum
 * bei 14 die Arbeitsaufnahme oder Eröffnung, bei 14 … und bei 3 ein Rats- oder Kreistagsbeschluss."
 */
export function startArtSentence(counts: StartArtCounts): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = startArten.filter((art) => counts[art] > 0).map((art) => `bei ${counts[art]} ${descriptions[art]}`);
  if (counts.unbekannt > 0) parts.push(`bei ${counts.unbekannt} ist nicht erfasst, was es bedeutet`);
  return `Von den ${total} KI mit Startdatum ist das Datum ${formatList(parts)}.`;
}

/** How the map legend names the kinds that are no Arbeitsaufnahme, after "bei N KI …". */
const shortDescriptions: Record<Exclude<StartArt, 'unbekannt' | 'arbeitsaufnahme'>, string> = {
  gruendung: 'die Gründung oder Einrichtung',
  bewilligung: 'eine Bewilligung des Landes',
  beschluss: 'ein Rats- oder Kreistagsbeschluss',
};

/**
 * Returns the map legend's note on start dates: "„KI vorhanden“ zählt ab dem Startdatum; das ist nicht
 * immer die Arbeitsaufnahme: bei 14 KI die Gründung oder Einrichtung, bei 11 …"; null when every
 * start is an Arbeitsaufnahme.
 */
export function startArtLegendText(counts: StartArtCounts): string | null {
  const kinds = (['gruendung', 'bewilligung', 'beschluss'] as const).filter((art) => counts[art] > 0);
  const parts = kinds.map((art, i) => `bei ${counts[art]}${i === 0 ? ' KI' : ''} ${shortDescriptions[art]}`);
  if (counts.unbekannt > 0) parts.push(`bei ${counts.unbekannt} ist nicht erfasst, was es bedeutet`);
  if (parts.length === 0) return null;
  return `„KI vorhanden“ zählt ab dem Startdatum oder einem späteren Beleg. Das Startdatum ist nicht immer die Arbeitsaufnahme: ${formatList(parts)}.`;
}

/** Returns a start date with its preposition: "vom 14.09.2012", "im Dezember 2012", "im Jahr 2013". */
function dated(date: PartialDate): string {
  if (date.precision === 'tag') return `vom ${formatPartialDate(date)}`;
  if (date.precision === 'monat') return `im ${formatPartialDate(date)}`;
  return `im Jahr ${formatPartialDate(date)}`;
}

/**
 * Returns what a KI's start date proves: "Beschluss vom 14.09.2012", "Bewilligung im Dezember 2012";
 * null without a start date or when it is the Arbeitsaufnahme (then "seit dem …" is literally true).
 */
export function startBeleg(zentrum: Pick<Zentrum, 'start' | 'startBedeutung'>): string | null {
  const art = startArt(zentrum);
  if (!zentrum.start || art === 'arbeitsaufnahme') return null;
  return `${nouns[art]} ${dated(zentrum.start)}`;
}

/** Returns the status text for a start that is not the Arbeitsaufnahme: "KI belegt (Beschluss vom 14.09.2012)"; else null. */
export function startBelegText(zentrum: Pick<Zentrum, 'start' | 'startBedeutung'>): string | null {
  const beleg = startBeleg(zentrum);
  return beleg === null ? null : `KI belegt (${beleg})`;
}

/**
 * Returns the note under "Was das Datum bedeutet" when the date is not the Arbeitsaufnahme: the map
 * counts the KI from that date, although the source proves only the decision, approval or founding.
 */
export function startArtNote(zentrum: Pick<Zentrum, 'start' | 'startBedeutung'>): string | null {
  const art = startArt(zentrum);
  if (!zentrum.start || art === 'arbeitsaufnahme') return null;
  if (art === 'unbekannt') return 'Was das Datum bedeutet, ist nicht erfasst; die Karte zählt das KI ab diesem Datum.';
  return `Das Datum ist ${descriptions[art]}, nicht die Arbeitsaufnahme; die Karte zählt das KI ab diesem Datum.`;
}
