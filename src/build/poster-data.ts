/**
 * The press images' data for this build (src/core/views/press-poster-data.ts): the site's data,
 * the cost model and the district map, computed once. Used by the pre-built images
 * (src/pages/bilder/presse/) and served as JSON to the press builder on /einbetten/.
 */
import topologyJson from '../../public/geo/nrw-kreise.topo.json' with { type: 'json' };
import { atlas, siteKosten } from './site-data.ts';
import { kreisFeatures, outerBorder, type KreisTopology } from '../core/charts/geo.ts';
import { layoutKreisMap } from '../core/charts/map.ts';
import { citedQuellen, dataPublishers } from '../core/views/press.ts';
import { posterData, type PosterData } from '../core/views/press-poster-data.ts';
import { site } from '../site.config.ts';

/** Width of the map's viewBox in the images (about the width it is drawn at on a 1080 px canvas). */
export const POSTER_MAP_WIDTH = 1000;

/** Returns the address images show: host and sub-path of SITE_URL and SITE_BASE, else the site's name. */
export function shownAddress(siteUrl: string | URL | undefined, base: string): string {
  if (!siteUrl) return site.title;
  const url = new URL(base.replace(/^\/*/, '/'), siteUrl);
  return `${url.host}${url.pathname}`.replace(/\/$/, '');
}

let cached: PosterData | undefined;

/** Returns the poster data of the site, computed once per build. */
export function sitePosterData(siteUrl: string | URL | undefined, base: string): PosterData {
  if (cached) return cached;
  const topology = topologyJson as unknown as KreisTopology;
  const features = kreisFeatures(topology);
  const layout = layoutKreisMap(features, outerBorder(topology), {
    width: POSTER_MAP_WIDTH,
    // One empty label per district: the layout places it at the district's centroid, with no room for overlaps.
    labels: features.map((f) => ({ ags: f.id, text: '' })),
    fontSize: 0.01,
  });
  const centers = Object.fromEntries(layout.labels.map((l) => [l.ags, [l.x, l.y] as [number, number]]));
  cached = posterData(
    atlas,
    siteKosten(),
    { width: layout.width, height: layout.height, districts: layout.districts, border: layout.border, centers },
    {
      address: shownAddress(siteUrl, base),
      publishers: dataPublishers(atlas.quellen, citedQuellen(atlas)),
      licence: site.dataLicence,
      geoAttribution: site.geoAttribution,
    },
  );
  return cached;
}
