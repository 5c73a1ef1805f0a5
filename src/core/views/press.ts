/**
 * Press kit: the downloadable image files of each graphic, the iframe snippet to copy and the
 * ready-made citation. Pure; /einbetten/, the embed pages and src/pages/bilder/ use it.
 */
import { exportFormats, type ExportFormatKey } from '../charts/export-canvas.ts';
import { escapeXml } from '../charts/xml.ts';
import { formatDate } from '../model/format.ts';
import type { AtlasData, IsoDate, Quelle } from '../model/types.ts';

/** One downloadable file of a graphic. `path` is below the site base. */
export interface ExportFile {
  path: string;
  /** "svg" or one of the PNG formats. */
  kind: 'svg' | ExportFormatKey;
  label: string;
  /** Pixel size of the PNG; the SVG's canvas size. */
  width: number;
  height: number;
}

/** Returns the image files offered for a graphic key (e.g. "karte-heute"), SVG first. */
export function exportFiles(key: string): ExportFile[] {
  const { social, square, print } = exportFormats;
  const png = (kind: ExportFormatKey, width: number, height: number, name: string, label: string): ExportFile => ({
    path: `bilder/${key}-${name}.png`,
    kind,
    label,
    width,
    height,
  });
  return [
    {
      path: `bilder/${key}.svg`,
      kind: 'svg',
      label: 'SVG (Vektor, beliebig skalierbar)',
      width: print.width,
      height: print.height,
    },
    png(
      'social',
      social.width,
      social.height,
      `${social.width}x${social.height}`,
      `PNG ${social.width} × ${social.height} (Social Media)`,
    ),
    png(
      'square',
      square.width,
      square.height,
      `${square.width}x${square.height}`,
      `PNG ${square.width} × ${square.height} (quadratisch)`,
    ),
    png(
      'print',
      print.width * print.scale,
      print.height * print.scale,
      `druck-${print.width * print.scale}x${print.height * print.scale}`,
      `PNG ${print.width * print.scale} × ${print.height * print.scale} (Druck, doppelte Auflösung)`,
    ),
  ];
}

/** What an iframe snippet needs: absolute (or root-relative) URLs of the embed and of /embed.js. */
export interface SnippetOptions {
  src: string;
  scriptSrc: string;
  /** Embed name, also the value of data-ki-nrw. */
  id: string;
  title: string;
  /** Starting height in CSS pixels until the embed reports its own. */
  height: number;
}

/** Returns the HTML a host page pastes: the iframe and the script line that sizes it. */
export function embedSnippet(options: SnippetOptions): string {
  const { src, scriptSrc, id, title, height } = options;
  return (
    `<iframe src="${escapeXml(src)}" data-ki-nrw="${escapeXml(id)}" title="${escapeXml(title)}" ` +
    `width="100%" height="${height}" style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${escapeXml(scriptSrc)}" async></script>`
  );
}

/** Abbreviations of the NRW ministries that funded, regulated or counted the KIs over the years. */
const ministries = ['MKJFGFI', 'MKFFI', 'MAIS', 'MSB', 'MSW'];

/**
 * Returns who the data comes from, for a citation: the NRW ministry cited most often ("MKFFI NRW u. a."),
 * as the ministries set the rules and counted the KIs while municipalities, press and parties confirm
 * details; without any ministry the publisher cited most often. Ties: alphabetical.
 */
export function dataPublishers(
  quellen: readonly Pick<Quelle, 'id' | 'herausgeber'>[],
  citedIds: readonly string[],
): string {
  const publisherOf = new Map(quellen.map((quelle) => [quelle.id, quelle.herausgeber.trim()]));
  const ministryCounts = new Map<string, number>();
  const publisherCounts = new Map<string, number>();
  for (const id of citedIds) {
    const publisher = publisherOf.get(id);
    if (!publisher) continue;
    publisherCounts.set(publisher, (publisherCounts.get(publisher) ?? 0) + 1);
    const ministry = ministries.find((abbreviation) => new RegExp(`\\b${abbreviation}\\b`).test(publisher));
    if (ministry) ministryCounts.set(`${ministry} NRW`, (ministryCounts.get(`${ministry} NRW`) ?? 0) + 1);
  }
  const top = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'))[0]?.[0];
  const name = top(ministryCounts) ?? top(publisherCounts);
  if (!name) return 'siehe Quellenverzeichnis';
  const others = publisherCounts.size > 1 || ![...publisherCounts.keys()].every((publisher) => publisher === name);
  return others ? `${name} u. a.` : name;
}

/** Returns every source id the domain tables cite (Zentren, Förderung, Landesmittel, Chronik; not the base data). */
export function citedQuellen(atlas: Pick<AtlasData, 'zentren' | 'foerderung' | 'landesmittel' | 'chronik'>): string[] {
  return [...atlas.zentren, ...atlas.foerderung, ...atlas.landesmittel, ...atlas.chronik].flatMap((row) => row.quelle);
}

/** What a citation states. */
export interface CitationParts {
  /** Address of the page the graphic comes from. */
  url: string;
  stand: IsoDate;
  publishers: string;
  licence: string;
  /** Geometry attribution, for maps only. */
  geo?: string;
  /** Address of the citable data state /daten/stand/<stand>/, when known. */
  standUrl?: string;
}

/**
 * Returns the citation to print under a graphic: "Quelle: KI-Atlas NRW (url), Daten: …, Lizenz: …,
 * Stand: TT.MM.JJJJ (Datenstand: …/daten/stand/JJJJ-MM-TT/)", the last part when the state's address is known.
 */
export function citation(parts: CitationParts): string {
  const geo = parts.geo ? `, Karte: ${parts.geo}` : '';
  const state = parts.standUrl ? ` (Datenstand: ${parts.standUrl})` : '';
  return `Quelle: KI-Atlas NRW (${parts.url}), Daten: ${parts.publishers}, Lizenz: ${parts.licence}, Stand: ${formatDate(parts.stand)}${state}${geo}`;
}

/** Returns the one-line credit under an embed: "Quelle: KI-Atlas NRW · Daten: … · Stand: … · Lizenz: …". */
export function creditLine(parts: Omit<CitationParts, 'url'>): string {
  const geo = parts.geo ? ` · Karte: ${parts.geo}` : '';
  return `Quelle: KI-Atlas NRW · Daten: ${parts.publishers} · Stand: ${formatDate(parts.stand)} · Lizenz: ${parts.licence}${geo}`;
}
