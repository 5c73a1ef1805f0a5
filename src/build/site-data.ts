/**
 * The site's data as the pipeline wrote it (src/generated/data.json, see scripts/build-data.ts),
 * typed, plus small lookups for pages. Run `npm run data:build` (or any build) to create it.
 */
import raw from '../generated/data.json' with { type: 'json' };
import { kostenSeite, type KostenSeite } from '../core/views/kosten/seite.ts';
import { site } from '../site.config.ts';
import type { AtlasData, Kreis, Quelle, Zentrum } from '../core/model/types.ts';

/** All validated data of the site: Kreise, Zentren, Förderregeln, Landesmittel, Chronik, Quellen, Stand. */
export const atlas: AtlasData = raw as AtlasData;

const kreise = new Map(atlas.kreise.map((k) => [k.ags, k]));
const quellen = new Map(atlas.quellen.map((q) => [q.id, q]));

/** Returns the district with a 5-digit AGS, or undefined. */
export function kreisByAgs(ags: string): Kreis | undefined {
  return kreise.get(ags);
}

/** Returns the KIs lying in a district (usually one; the Städteregion Aachen has two), in file order. */
export function zentrenByKreis(kreisAgs: string): Zentrum[] {
  return atlas.zentren.filter((z) => z.kreisAgs === kreisAgs);
}

/** Returns the source with an id from quellen.csv, or undefined. */
export function quelleById(id: string): Quelle | undefined {
  return quellen.get(id);
}

/** Stand and licence of the site's data, as every cost chart states them. */
export const chartMeta = { stand: atlas.stand, licence: site.dataLicence };

let kosten: KostenSeite | undefined;

/** Returns the cost model of the site's data, computed once per build: /kosten/, its embeds and the press images share it. */
export function siteKosten(): KostenSeite {
  return (kosten ??= kostenSeite(atlas));
}
