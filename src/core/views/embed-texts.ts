/**
 * What the embed snippets and embedded charts say about themselves: the iframe title (dated only
 * when the embed is fixed to a date), the "Vollständige Seite" link that keeps the embed's Stichtag,
 * and a chart figure with its description and table folded behind one "Daten zur Grafik" disclosure.
 * Pure; /einbetten/, src/client/einbetten.ts, the embed pages and src/client/embed-karte.ts use it.
 */
import { formatDate } from '../model/format.ts';
import { isIsoDate } from '../model/status.ts';
import type { IsoDate } from '../model/types.ts';

/** Returns the Stichtag an embed path fixes (`embed/karte/?stichtag=2017-10-10`), or null for one that follows the day it is viewed. */
export function embedStichtag(embedPath: string): IsoDate | null {
  const query = embedPath.includes('?') ? embedPath.slice(embedPath.indexOf('?')) : '';
  const value = new URLSearchParams(query).get('stichtag');
  return value !== null && isIsoDate(value) ? value : null;
}

/** What an embed shows, for its title. */
export type EmbedSubject =
  { kind: 'karte'; stichtag: IsoDate | null } | { kind: 'chart'; title: string } | { kind: 'kreis'; name: string };

/** Returns the heading of an embed: a map fixed to a date names it, today's map says it follows the day. */
export function embedHeading(subject: EmbedSubject): string {
  if (subject.kind === 'karte') {
    return subject.stichtag
      ? `Kommunale Integrationszentren in NRW am ${formatDate(subject.stichtag)}`
      : 'Kommunale Integrationszentren in NRW, tagesaktuell';
  }
  return subject.kind === 'chart' ? subject.title : subject.name;
}

/** Returns the iframe title of an embed snippet: "KI-Atlas NRW: " and what the embed shows. */
export function snippetTitle(subject: EmbedSubject): string {
  return `KI-Atlas NRW: ${embedHeading(subject)}`;
}

/** Returns the link from the map embed to the full page for the Stichtag it shows: "?stichtag=…" unless today. */
export function fullPageHref(base: string, stichtag: IsoDate, today: IsoDate): string {
  return stichtag === today ? base : `${base}?stichtag=${stichtag}`;
}

/**
 * Returns a chart <figure> as an embed shows it: the chart, then one closed "Daten zur Grafik"
 * disclosure holding the description and the table (instead of a long text and a second toggle in
 * the host's article). A figure without that structure comes back unchanged.
 */
export function foldChartData(figureHtml: string): string {
  const description = /<p\b[^>]*\bclass="chart-description"[^>]*>[\s\S]*?<\/p>/.exec(figureHtml);
  const table =
    /<details\b[^>]*\bclass="chart-table"[^>]*>\s*<summary\b[^>]*>[\s\S]*?<\/summary>([\s\S]*?)<\/details>/.exec(
      figureHtml,
    );
  if (!description || !table) return figureHtml;
  const folded =
    `<details class="chart-data"><summary>Daten zur Grafik</summary>` + `${description[0]}${table[1]}</details>`;
  return figureHtml.replace(description[0], '').replace(table[0], folded);
}
