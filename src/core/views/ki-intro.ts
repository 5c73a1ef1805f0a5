/**
 * What a Kommunales Integrationszentrum is and does, in two sentences for the home page's first
 * screen, with the sources that support them. The only place these sentences live: the page, and
 * anything else that explains a KI, takes them from here.
 *
 * Both rest on the MKFFI press release of 05.10.2017, quoted word for word in the Kleve motion of
 * 10.10.2017 (data/quellen.csv: mkffi-pm-2017-10-05, antrag-spd-kleve-2017-10-10): the KIs coordinate
 * integration offers in Kreise and kreisfreie Städte, network the actors ("Verwaltung, freien Trägern
 * und Migrantenselbstorganisationen", the motion) and volunteers, support intercultural school and
 * teaching development; the ministry subsidises every KI's posts. Written in our own words.
 */
import { formatPartialDate } from '../model/format.ts';
import type { Quelle } from '../model/types.ts';

/** The two sentences: what a KI is, what it does. */
export const KI_INTRO_SAETZE: readonly [string, string] = [
  'Ein Kommunales Integrationszentrum (KI) ist die vom Land geförderte Stelle eines Kreises oder einer kreisfreien Stadt für Integration.',
  'Es koordiniert Angebote für Eingewanderte, vernetzt Verwaltung, Träger und Ehrenamt und unterstützt Schulen.',
];

/** The sources of the sentences (ids in data/quellen.csv), each with the short name the page shows before its date. */
export const KI_INTRO_QUELLEN: readonly { id: string; kurz: string }[] = [
  { id: 'mkffi-pm-2017-10-05', kurz: 'Pressemitteilung des MKFFI NRW' },
  { id: 'antrag-spd-kleve-2017-10-10', kurz: 'Antrag der SPD-Kreistagsfraktion Kleve' },
];

/** One source as the page links it: "Pressemitteilung des MKFFI NRW vom 05.10.2017", with the URL from quellen.csv ("" when it has none). */
export interface KiIntroQuelle {
  id: string;
  text: string;
  url: string;
}

/**
 * Returns the sources of the two sentences with their dates and URLs from `quellen`; throws when
 * quellen.csv lacks one of them, so the build stops instead of showing a sentence without its source.
 */
export function kiIntroQuellen(quellen: readonly Pick<Quelle, 'id' | 'datum' | 'url'>[]): KiIntroQuelle[] {
  return KI_INTRO_QUELLEN.map(({ id, kurz }) => {
    const quelle = quellen.find((q) => q.id === id);
    if (!quelle) throw new Error(`ki-intro.ts: Quelle „${id}“ fehlt in data/quellen.csv.`);
    return { id, text: quelle.datum ? `${kurz} vom ${formatPartialDate(quelle.datum)}` : kurz, url: quelle.url };
  });
}
