/**
 * What the embed snippets and embedded charts say about themselves: the iframe title (dated only
 * when the embed is fixed to a date) and the "Vollständige Seite" link that keeps the embed's Stichtag.
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
