/**
 * The Stichtag as the UI handles it: the `?stichtag=` URL parameter, the slider's day numbers and
 * the presets. Pure; src/client/stichtag.ts wires it to the page.
 */
import { formatDate } from '../model/format.ts';
import type { TableKreis, TableZentrum } from './kreis-table.ts';
import type { LandesmittelJahr } from './landesmittel-tile.ts';
import { PROGRAMME_START, isIsoDate } from '../model/status.ts';
import type { AtlasData, IsoDate } from '../model/types.ts';

/** First day the Stichtag control offers (the KI programme's start: the Förderrichtlinie of 25.06.2012). */
export const FIRST_STICHTAG: IsoDate = PROGRAMME_START;

/** Returns the Stichtag control's range as text: "Tag (25.06.2012 bis heute)". */
export function stichtagRangeLabel(): string {
  return `Tag (${formatDate(FIRST_STICHTAG)} bis heute)`;
}

/** Date of the motion in the Kleve Kreistag, the date the site's story starts from. */
export const KLEVE_ANTRAG: IsoDate = '2017-10-10';

/** Returns the date moved into [min, max] (ISO strings compare like dates). */
export function clampDate(date: IsoDate, min: IsoDate, max: IsoDate): IsoDate {
  if (date < min) return min;
  if (date > max) return max;
  return date;
}

/**
 * Returns the Stichtag a URL query asks for (`?stichtag=2017-10-10`), clamped to
 * [FIRST_STICHTAG, today]; null when the parameter is missing or not a real date.
 */
export function stichtagFromSearch(search: string, today: IsoDate): IsoDate | null {
  const value = new URLSearchParams(search).get('stichtag');
  if (value === null || !isIsoDate(value)) return null;
  return clampDate(value, FIRST_STICHTAG, today);
}

/** Returns the query string for a Stichtag: none for today (the default view), else `?stichtag=…`. */
export function searchForStichtag(search: string, stichtag: IsoDate, today: IsoDate): string {
  const params = new URLSearchParams(search);
  if (stichtag === today) params.delete('stichtag');
  else params.set('stichtag', stichtag);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Returns the key dates that get a static page (/stichtag/JJJJ-MM-TT/): each 31.12. from 2013 to 2018 and the Kleve motion, in date order. */
export function keyStichtage(): IsoDate[] {
  const yearEnds = [2013, 2014, 2015, 2016, 2017, 2018].map((year) => `${year}-12-31`);
  return [...yearEnds, KLEVE_ANTRAG].sort();
}

/** Returns the path of a key date's static page relative to the site base: "stichtag/2017-10-10/". */
export function stichtagPath(stichtag: IsoDate): string {
  return `stichtag/${stichtag}/`;
}

/** A one-click Stichtag. */
export interface Preset {
  label: string;
  date: IsoDate;
}

/** Returns the preset buttons: today, the Kleve motion, the programme start (the Förderrichtlinie). */
export function presets(today: IsoDate): Preset[] {
  return [
    { label: 'heute', date: today },
    { label: '10.10.2017 – Antrag im Kreistag Kleve', date: KLEVE_ANTRAG },
    { label: `${formatDate(FIRST_STICHTAG)} – Förderrichtlinie`, date: FIRST_STICHTAG },
  ];
}

/**
 * Returns the dates a play-through shows from `from` to `to`: `from` itself, then the first of
 * every month that starts a calendar step of `stepMonths` (3: January, April, July, October;
 * 12: every 1 January) after it, then `to`.
 */
export function playSteps(from: IsoDate, to: IsoDate, stepMonths: number): IsoDate[] {
  const steps: IsoDate[] = [from];
  let [year, month] = from.split('-').map(Number) as [number, number];
  month -= (month - 1) % stepMonths;
  for (;;) {
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (date > to) break;
    if (date > from) steps.push(date);
    month += stepMonths;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  if (steps[steps.length - 1] !== to) steps.push(to);
  return steps;
}

/** What the browser needs to redraw the page for another Stichtag (shipped as a JSON script tag). */
export interface StichtagPayload {
  /** Build date: "heute" for the static page. */
  gebaut: IsoDate;
  kreise: TableKreis[];
  zentren: TableZentrum[];
  /** The Landesmittel tile's per-year lookup (home page only): results of the funding model, not the model. */
  landesmittel?: LandesmittelJahr[];
}

/** Returns the minimal data for the Stichtag client: no sources, notes or funding rules; `landesmittel` if given. */
export function stichtagPayload(
  atlas: Pick<AtlasData, 'gebaut' | 'kreise' | 'zentren'>,
  landesmittel?: LandesmittelJahr[],
): StichtagPayload {
  return {
    gebaut: atlas.gebaut,
    ...(landesmittel ? { landesmittel } : {}),
    kreise: atlas.kreise.map(({ ags, name, slug, regierungsbezirk, einwohner, einwohnerStand }) => ({
      ags,
      name,
      slug,
      regierungsbezirk,
      einwohner,
      einwohnerStand,
    })),
    zentren: atlas.zentren.map(({ kreisAgs, traeger, start, spaetestens, fachstellen, lehrerstellen }) => ({
      kreisAgs,
      traeger,
      start,
      spaetestens,
      fachstellen,
      lehrerstellen,
    })),
  };
}
