/**
 * The district map of this site's geometry (public/geo/nrw-kreise.topo.json): its layout, computed
 * once per label choice, and the map model that KreisMap.astro and the press images both render.
 */
import topologyJson from '../../public/geo/nrw-kreise.topo.json';
import { kreisFeatures, outerBorder, type KreisTopology } from '../core/charts/geo.ts';
import {
  cityLabelCandidates,
  districtEntries,
  kreisMapModel,
  layoutKreisMap,
  type KreisMapModel,
  type MapLayout,
} from '../core/charts/map.ts';
import type { IsoDate, Kreis, KreisStatus } from '../core/model/types.ts';
import { site } from '../site.config.ts';

const layouts = new Map<boolean, MapLayout>();

/** Returns the NRW map layout (800 units wide), with or without the six largest cities as labels (computed once per choice: the site has one set of Kreise). */
export function nrwMapLayout(kreise: readonly Kreis[], labels: boolean): MapLayout {
  let layout = layouts.get(labels);
  if (!layout) {
    const topology = topologyJson as unknown as KreisTopology;
    layout = layoutKreisMap(kreisFeatures(topology), outerBorder(topology), {
      labels: labels ? cityLabelCandidates(kreise, 6) : [],
    });
    layouts.set(labels, layout);
  }
  return layout;
}

/** What a map shows: districts and their status at a Stichtag, and how it is drawn. */
export interface KreisMapInput {
  kreise: readonly Kreis[];
  statuses: Record<string, KreisStatus>;
  stichtag: IsoDate;
  id: string;
  /** Link prefix of the district pages (the site base); a locator map has no links. */
  base: string;
  interactive?: boolean;
  /** AGS of the district a locator map emphasises. */
  highlight?: string;
  /** City labels; default: on, except on locator maps. */
  labels?: boolean;
}

/** Returns the map model for the page, the embeds and the image exports alike. */
export function nrwKreisMap(input: KreisMapInput): KreisMapModel {
  const { highlight, labels = !highlight } = input;
  return kreisMapModel({
    id: input.id,
    layout: nrwMapLayout(input.kreise, labels),
    entries: districtEntries(input.kreise, input.statuses, input.stichtag, highlight ? null : input.base),
    highlight,
    interactive: input.interactive,
    attribution: site.geoAttribution,
  });
}
