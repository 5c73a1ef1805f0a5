/**
 * District geometry as plain GeoJSON: read from the committed TopoJSON (public/geo/nrw-kreise.topo.json),
 * measured on the sphere. Pure and browser-safe (topojson-client and d3-geo only).
 */
import { geoArea } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Name of the one object in the topology that holds the 53 districts. */
export const KREISE_OBJECT = 'kreise';

/** Authalic (equal-area) radius of the WGS84 ellipsoid in km: sphere area × R² = ellipsoid area. */
export const EARTH_RADIUS_KM = 6371.0072;

/** A district shape keyed by its 5-digit AGS (`id`). */
export interface KreisFeature extends Feature<Polygon | MultiPolygon> {
  id: string;
}

/** The topology this project ships: one GeometryCollection `kreise` whose geometries carry the AGS as id. */
export type KreisTopology = Topology<{ kreise: GeometryCollection }>;

/** Returns the districts of the topology as GeoJSON features, in the topology's order. */
export function kreisFeatures(topology: KreisTopology): KreisFeature[] {
  const collection = feature(topology, topology.objects[KREISE_OBJECT]);
  return collection.features.map((f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      throw new Error(
        `Kreis ${String(f.id)}: Geometrie vom Typ ${f.geometry.type}, erwartet Polygon oder MultiPolygon.`,
      );
    }
    return { type: 'Feature', id: String(f.id), properties: {}, geometry: f.geometry };
  });
}

/** Returns the outer border of all districts (arcs used by one district only) as one line geometry. */
export function outerBorder(topology: KreisTopology): MultiLineString {
  return mesh(topology, topology.objects[KREISE_OBJECT], (a, b) => a === b);
}

/** Returns the area of a polygon feature in km², measured on the authalic sphere. */
export function areaKm2(shape: Feature<Polygon | MultiPolygon>): number {
  return geoArea(shape) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}
