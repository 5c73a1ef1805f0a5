/**
 * The home page's view model: the story of the first screen (sentence for the Stichtag, what a KI
 * is, the roll-out with Kleve last), then map, tiles and table, all for the build date. Pure: the
 * page passes the data in; src/client/stichtag.ts redraws the Stichtag-dependent parts in the browser.
 */
import { keyFigures, stellenTile, dashboardReserve, type KeyFigure, type TileReserve } from './key-figures.ts';
import { KLEVE_AGS, lueckeKreis } from './kosten/kleve.ts';
import { landesmittelJahre, type AtlasInput } from './kosten/reihen.ts';
import { FIRST_STICHTAG, stichtagPayload } from './stichtag.ts';
import { summarize, summarySentence, type StichtagSummary } from './summary.ts';
import { formatPartialDate } from '../model/format.ts';
import type { AtlasData, IsoDate, Zentrum } from '../model/types.ts';

/**
 * The home page's only inline script, run before the dashboard is parsed (so before it paints): a
 * `?stichtag=` link marks <html> with data-stichtag-pending, which keeps the dashboard hidden until
 * src/client/home-sentence.ts has the sentence for that day in place (it appears once, without a
 * layout shift). Once the document is parsed, the bundled scripts have run or failed: data-parsed then
 * shows the static page whatever happened, and the pending mark goes.
 */
export const STICHTAG_PENDING_SCRIPT =
  "var d=document.documentElement;if(/[?&]stichtag=/.test(location.search))d.setAttribute('data-stichtag-pending','');" +
  "addEventListener('DOMContentLoaded',function(){d.removeAttribute('data-stichtag-pending');d.setAttribute('data-parsed','')})";

/** The line above the roll-out chart: how long Kleve waited, and the link to what it missed. */
export interface KleveLine {
  text: string;
  linkText: string;
  href: string;
}

/** Everything the home page shows for its build date. */
export interface HomeView {
  today: IsoDate;
  summary: StichtagSummary;
  /** The sentence for the build date, as the static page says it ("Am … (Stand der Website) hatten …"). */
  sentence: string;
  /**
   * The sentence the browser writes for today ("Heute, am …, haben …"): with JavaScript it sizes the
   * sentence's box from the first paint, so writing it changes no height (see src/client/home-sentence.ts).
   */
  sentenceReserve: string;
  /** The longest sentence any Stichtag produces: held while "Jahre abspielen" runs, so the page stays still. */
  playReserve: string;
  tiles: KeyFigure[];
  tileReserve: Record<string, TileReserve>;
  tileLinks: Record<string, string>;
  kleve: KleveLine | null;
  /** The Stichtag client's data as JSON that cannot close the <script> element it sits in. */
  payloadJson: string;
}

/**
 * Returns true when a district's KI started after every other KI provably existed (its earliest
 * possible start is on or after each other KI's start or `spaetestens`); false when a KI without
 * any date leaves that open.
 */
export function startedLast(
  zentren: readonly Pick<Zentrum, 'kreisAgs' | 'start' | 'spaetestens'>[],
  kreisAgs: string,
): boolean {
  const eigene = zentren.filter((z) => z.kreisAgs === kreisAgs);
  const anfang = eigene.map((z) => z.start?.earliest).sort()[0];
  if (anfang === undefined || eigene.some((z) => !z.start)) return false;
  return zentren
    .filter((z) => z.kreisAgs !== kreisAgs)
    .every((z) => {
      const belegtAb = [z.start?.latest, z.spaetestens?.latest].filter((d) => d !== undefined).sort()[0];
      return belegtAb !== undefined && belegtAb <= anfang;
    });
}

/**
 * Returns the line on Kleve's wait above the roll-out chart, e.g. "Als Letzter der 53 startete der Kreis Kleve
 * sein KI am 06.09.2018, 68 Monate nach Januar 2013.", or null without a gap.
 */
export function kleveLine(atlas: AtlasInput, base: string): KleveLine | null {
  const kleve = lueckeKreis(atlas, KLEVE_AGS);
  if (!kleve || kleve.art !== 'monate') return null;
  const { kreis, monateBis, bezug } = kleve;
  const start = atlas.zentren.find((z) => z.kreisAgs === KLEVE_AGS)?.start;
  const wartezeit = `${monateBis} Monate nach Januar ${bezug.jahr}`;
  return {
    text:
      start && startedLast(atlas.zentren, KLEVE_AGS)
        ? `Als Letzter der ${atlas.kreise.length} startete der ${kreis.name} sein KI am ${formatPartialDate(start)}, ${wartezeit}.`
        : `${kreis.name}: ${wartezeit} noch ohne KI.`,
    linkText: 'Was ihm entging',
    href: `${base}kosten/#kleve`,
  };
}

/** Returns the home page's view for the data's build date; `base` is the site's base path ending in "/". */
export function homeView(atlas: AtlasData, base: string): HomeView {
  const today = atlas.gebaut;
  const summary = summarize(atlas.kreise, atlas.zentren, today);
  const landesmittel = landesmittelJahre(atlas);
  // Posts per KI as the rules of the latest year with sourced amounts fund them (not a count of filled posts).
  const belegt = [...landesmittel].reverse().find((j) => !j.fortgeschrieben && j.cent !== null)?.jahr;
  const stellen = belegt ? stellenTile(atlas.foerderung, `${belegt}-12-31`, summary.fachstellen) : undefined;
  const sentence = summarySentence(summary, today, { stand: true });
  const reserve = dashboardReserve(atlas.kreise, atlas.zentren, landesmittel, FIRST_STICHTAG, today);
  return {
    today,
    summary,
    sentence,
    sentenceReserve: summarySentence(summary, today),
    playReserve: reserve.summary,
    tiles: keyFigures(summary, landesmittel, stellen),
    tileReserve: reserve.tiles,
    tileLinks: {
      zentren: '#tabelle',
      kreise: '#karte',
      landesmittel: `${base}kosten/`,
      stellen: `${base}methodik/#belegt-gerechnet-angenommen`,
    },
    kleve: kleveLine(atlas, base),
    payloadJson: JSON.stringify(stichtagPayload(atlas, landesmittel)).replace(/</g, '\\u003c'),
  };
}
