/**
 * The home page's key-figure tiles in display order (DESIGN §3: KIs, districts covered, modelled
 * Landesmittel, posts), and the longest texts the dashboard can show, so the page reserves their
 * space and a Stichtag from the URL or the slider never moves what follows (no layout shift).
 */
import { landesmittelTile, type LandesmittelJahr } from './landesmittel-tile.ts';
import { PROGRAMME_START } from '../model/status.ts';
import { summarize, summarySentence, tiles, type KreisRef, type StichtagSummary, type ZentrumRef } from './summary.ts';
import type { FoerderRegel, Foerdertyp, IsoDate } from '../model/types.ts';
import type { Basis } from '../model/betrag.ts';
import { jahresbetraegeAm } from '../foerderung/jahresbetraege.ts';
import { sum } from '../foerderung/land.ts';
import { formatDate, formatNumber } from '../model/format.ts';

/** One tile's texts; `basis` where the value is a euro amount (the tile then carries data-basis). */
export interface KeyFigure {
  key: string;
  value: string;
  label: string;
  note: string;
  basis?: Basis;
}

/**
 * Returns the tiles for a Stichtag in display order; the Landesmittel tile only when its lookup is given,
 * the posts tile (fixed: it quotes one year's rules) only when given.
 */
export function keyFigures(
  summary: StichtagSummary,
  landesmittel?: readonly LandesmittelJahr[],
  stellen?: KeyFigure,
): KeyFigure[] {
  const list: KeyFigure[] = tiles(summary);
  if (landesmittel) list.push(landesmittelTile(landesmittel, summary.stichtag));
  if (stellen) list.push(stellen);
  return list;
}

/**
 * Returns the tile "posts per KI by the funding rules" on a day (Stadt / Kreis, without teacher posts,
 * which follow in the note): what a rule funds, not a count of filled posts (those are documented for few KIs).
 */
export function stellenTile(
  regeln: readonly FoerderRegel[],
  tag: IsoDate,
  belegt: { known: number; of: number },
): KeyFigure {
  const stellen = (typ: Foerdertyp, lehrer: boolean) =>
    sum(
      jahresbetraegeAm(regeln, typ, tag)
        .filter((b) => (b.komponente === 'lehrerstelle') === lehrer)
        .map((b) => b.stellen ?? 0),
    );
  const stadt = stellen('kreisfreie Stadt', false);
  const kreis = stellen('Kreis', false);
  return {
    key: 'stellen',
    value: `${formatNumber(stadt)} / ${formatNumber(kreis)}`,
    label: 'geförderte Stellen je KI (kreisfreie Stadt / Kreis)',
    note:
      `laut Förderregeln am ${formatDate(tag)}, dazu bis zu ${formatNumber(stellen('kreisfreie Stadt', true))} / ` +
      `${formatNumber(stellen('Kreis', true))} Lehrerstellen; tatsächliche Stellen belegt für ${belegt.known} von ${belegt.of} KI`,
  };
}

/** The longest value and note a tile shows for any Stichtag. */
export interface TileReserve {
  value: string;
  note: string;
}

/** The longest texts the dashboard shows for any Stichtag: the headline sentence and each tile's value and note. */
export interface DashboardReserve {
  summary: string;
  tiles: Record<string, TileReserve>;
}

/**
 * Returns the days from `from` to `today` on which a text can change length: both ends, every
 * 1 January (the Landesmittel year) and every day a KI's status can change (status.ts compares the
 * Stichtag with these dates only). Between two of them only the digits of the date differ.
 */
export function changeDays(zentren: readonly ZentrumRef[], from: IsoDate, today: IsoDate): IsoDate[] {
  const days = new Set<IsoDate>([from, today, PROGRAMME_START]);
  for (let year = Number(from.slice(0, 4)); year <= Number(today.slice(0, 4)); year++) days.add(`${year}-01-01`);
  for (const z of zentren) {
    for (const day of [z.start?.earliest, z.start?.latest, z.spaetestens?.latest]) if (day) days.add(day);
  }
  return [...days].filter((day) => day >= from && day <= today).sort();
}

/**
 * Returns the longest (in characters) headline sentence, tile value and tile note over every day
 * from `from` to `today`; for the Landesmittel tile also the year after (a visitor's today may be
 * later than the build).
 */
export function dashboardReserve(
  kreise: readonly KreisRef[],
  zentren: readonly ZentrumRef[],
  landesmittel: readonly LandesmittelJahr[] | undefined,
  from: IsoDate,
  today: IsoDate,
): DashboardReserve {
  const reserve: DashboardReserve = { summary: '', tiles: {} };
  const longer = (a: string, b: string) => (b.length > a.length ? b : a);
  const keep = (tile: KeyFigure) => {
    const current = (reserve.tiles[tile.key] ??= { value: '', note: '' });
    current.value = longer(current.value, tile.value);
    current.note = longer(current.note, tile.note);
  };
  for (const day of changeDays(zentren, from, today)) {
    const summary = summarize(kreise, zentren, day);
    reserve.summary = longer(reserve.summary, summarySentence(summary, today));
    // The static page names the build date as "Stand der Website": reserve that wording too.
    reserve.summary = longer(reserve.summary, summarySentence(summary, today, { stand: true }));
    for (const tile of keyFigures(summary, landesmittel)) keep(tile);
  }
  if (landesmittel) keep(landesmittelTile(landesmittel, `${Number(today.slice(0, 4)) + 1}-01-01`));
  return reserve;
}
