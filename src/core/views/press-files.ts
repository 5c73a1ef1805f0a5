/**
 * The pre-built press images (src/pages/bilder/presse/): the maps today and on 10.10.2017 and the
 * cost charts as square and 4:5, each district's card as 1200 × 630 and 1080 × 1080. Pure; the
 * endpoint renders them, /einbetten/ lists them.
 */
import { posterFormats, type PosterFormatKey } from '../charts/poster.ts';
import type { IsoDate } from '../model/types.ts';
import type { PosterSubject } from './press-texts.ts';

/** One pre-built image: its path below the site base, what it shows and in which format. */
export interface PosterFile {
  path: string;
  subject: PosterSubject;
  format: PosterFormatKey;
  label: string;
}

/** Where each format is posted, for the download labels. */
const usage: Record<PosterFormatKey, string> = {
  quadrat: 'quadratisch, Feed',
  hochformat: 'Hochformat 4:5, Feed',
  quer: 'Link-Vorschau',
  story: 'Story',
};

function file(stem: string, subject: PosterSubject, format: PosterFormatKey): PosterFile {
  const { width, height } = posterFormats[format];
  return {
    path: `bilder/presse/${stem}-${width}x${height}.png`,
    subject,
    format,
    label: `PNG ${width} × ${height} (${usage[format]})`,
  };
}

/** Returns every pre-built image: maps and charts as square and 4:5, district cards as 1200 × 630 and square. */
export function posterFiles(
  gebaut: IsoDate,
  charts: readonly string[],
  kreise: readonly { ags: string }[],
  keyDate: IsoDate,
): PosterFile[] {
  const feed: PosterFormatKey[] = ['quadrat', 'hochformat'];
  return [
    ...feed.map((f) => file('karte-heute', { kind: 'karte', stichtag: gebaut }, f)),
    ...feed.map((f) => file(`karte-${keyDate}`, { kind: 'karte', stichtag: keyDate, highlight: '05154' }, f)),
    ...charts.flatMap((key) => feed.map((f) => file(key, { kind: 'chart', key }, f))),
    ...kreise.flatMap((k) =>
      (['quer', 'quadrat'] as const).map((f) => file(`kreis-${k.ags}`, { kind: 'kreis', ags: k.ags }, f)),
    ),
  ];
}
