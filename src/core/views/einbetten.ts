/**
 * The view model of /einbetten/: one entry per embeddable graphic (the press graphics and a
 * district card) with its heading, intro, embed and page paths, height and image downloads, and
 * the citation each snippet carries.
 */
import { kreisPath } from '../model/routes.ts';
import type { IsoDate, Kreis } from '../model/types.ts';
import { embedHeading, embedStichtag, type EmbedSubject } from './embed-texts.ts';
import { KLEVE_AGS } from './kosten/kleve.ts';
import { citation, exportFiles } from './press.ts';

/** What /einbetten/ needs to know about a press graphic (src/build/press-graphics.ts). */
export interface PressGraphicInfo {
  key: string;
  kind: 'karte' | 'chart';
  title: string;
  subtitle?: string;
  embedPath: string;
  pagePath: string;
  height: number;
}

/** One embeddable graphic on /einbetten/. */
export interface EinbettenItem {
  id: string;
  title: string;
  /** What the embed shows: its heading here and its snippet's iframe title. */
  subject: EmbedSubject;
  intro: string;
  embedPath: string;
  pagePath: string;
  height: number;
  map: boolean;
  files: { href: string; label: string; kreis?: boolean }[];
}

function graphicItem(g: PressGraphicInfo, base: string): EinbettenItem {
  const subject: EmbedSubject =
    g.kind === 'karte' ? { kind: 'karte', stichtag: embedStichtag(g.embedPath) } : { kind: 'chart', title: g.title };
  return {
    id: g.key,
    title: embedHeading(subject),
    subject,
    intro:
      g.kind === 'karte'
        ? `${g.subtitle ?? ''} Ein anderes Datum wählen Sie im Code mit „?stichtag=JJJJ-MM-TT“ hinter „/embed/karte/“.`
        : 'Diagramm von der Seite „Kosten“; Titel, Einheit, Stand, Quelle und Lizenz stehen in der Grafik.',
    embedPath: g.embedPath,
    pagePath: g.pagePath,
    height: g.height,
    map: g.kind === 'karte',
    files: exportFiles(g.key).map((f) => ({ href: `${base}${f.path}`, label: f.label })),
  };
}

/** The district card entry, shown with the Kreis Kleve (any district can be picked in the browser). */
function kreisItem(kreis: Kreis, base: string): EinbettenItem {
  return {
    id: `kreis-${kreis.ags}`,
    title: 'Steckbrief eines Kreises oder einer kreisfreien Stadt',
    subject: { kind: 'kreis', name: kreis.name },
    intro:
      'Status heute, seit wann es das KI gibt und was das Land zahlt – für jeden der 53 Kreise und kreisfreien Städte.',
    embedPath: `embed/kreis/${kreis.ags}/`,
    pagePath: kreisPath(kreis),
    height: 360,
    map: true,
    files: [
      {
        href: `${base}bilder/og/kreis-${kreis.ags}.png`,
        label: 'PNG 1200 × 630 (Vorschaubild mit Lagekarte)',
        kreis: true,
      },
    ],
  };
}

/** Returns the entries of /einbetten/ and the districts for the picker (sorted by German name). */
export function einbettenItems(graphics: readonly PressGraphicInfo[], kreise: readonly Kreis[], base: string) {
  const collator = new Intl.Collator('de-DE');
  const sorted = [...kreise].sort((a, b) => collator.compare(a.name, b.name));
  const kleve = kreise.find((k) => k.ags === KLEVE_AGS) ?? sorted[0]!;
  return { kreise: sorted, kleve, items: [...graphics.map((g) => graphicItem(g, base)), kreisItem(kleve, base)] };
}

/** What every snippet's citation states besides its addresses. */
export interface CitationContext {
  stand: IsoDate;
  publishers: string;
  licence: string;
  /** Geometry attribution and licence, for maps. */
  geo: string;
}

/** Returns the citation of an entry for its page address and the address of the citable data state. */
export function citeItem(item: EinbettenItem, url: string, standUrl: string, ctx: CitationContext): string {
  return citation({
    url,
    stand: ctx.stand,
    publishers: ctx.publishers,
    licence: ctx.licence,
    geo: item.map ? ctx.geo : undefined,
    standUrl,
  });
}
