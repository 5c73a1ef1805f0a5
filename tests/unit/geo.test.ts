import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/data-dir.ts';
import { buildKreisTopology, selectNrwKreise } from '../../src/build/geo-build.ts';
import {
  areaKm2,
  kreisFeatures,
  outerBorder,
  type KreisFeature,
  type KreisTopology,
} from '../../src/core/charts/geo.ts';
import { validateData } from '../../src/core/read/validate.ts';

const root = join(import.meta.dirname, '..', '..');
const topologyText = readFileSync(join(root, 'public', 'geo', 'nrw-kreise.topo.json'), 'utf8');
const topology = JSON.parse(topologyText) as KreisTopology;
const features = kreisFeatures(topology);
const { data } = validateData(readDataDir(join(root, 'data')), { today: '2100-01-01' });

describe('public/geo/nrw-kreise.topo.json', () => {
  it('holds exactly the 53 districts of data/kreise.csv, keyed by AGS', () => {
    expect(data).not.toBeNull();
    expect(features.map((f) => f.id).sort()).toEqual(data!.kreise.map((k) => k.ags).sort());
  });

  it('stays within the 15 kB gzip budget (DESIGN §5)', () => {
    expect(gzipSync(topologyText).length).toBeLessThanOrEqual(15_000);
  });

  it('gives every district an area within 2 % of the official flaeche_km2', () => {
    const deviations = data!.kreise.map((kreis) => {
      const shape = features.find((f) => f.id === kreis.ags)!;
      return { ags: kreis.ags, deviation: Math.abs(areaKm2(shape) / kreis.flaecheKm2! - 1) };
    });
    expect(deviations.filter((d) => d.deviation > 0.02)).toEqual([]);
    expect(deviations).toHaveLength(53);
  });

  it('has an outer border, and the districts add up to the area of NRW', () => {
    const border = outerBorder(topology);
    expect(border.type).toBe('MultiLineString');
    expect(border.coordinates.length).toBeGreaterThan(0);
    const total = features.reduce((sum, f) => sum + areaKm2(f), 0);
    // NRW is 34,112 km² (IT.NRW); the districts must add up to it within 2 %.
    expect(Math.abs(total / 34_112 - 1)).toBeLessThan(0.02);
  });
});

describe('areaKm2(feature)', () => {
  it('measures a 1° × 1° cell at the equator as about 12,364 km²', () => {
    const cell: KreisFeature = {
      type: 'Feature',
      id: 'x',
      properties: {},
      // d3-geo winding: clockwise exterior ring.
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [1, 0],
            [0, 0],
          ],
        ],
      },
    };
    expect(areaKm2(cell)).toBeCloseTo(12_364, -1);
  });
});

describe('selectNrwKreise(source) and buildKreisTopology(features)', () => {
  const square = (x: number): [number, number][] => [
    [x, 50],
    [x, 51],
    [x + 1, 51],
    [x + 1, 50],
    [x, 50],
  ];
  const vg250 = (ags: string, gf: number, x: number) => ({
    type: 'Feature' as const,
    properties: { AGS: ags, GF: gf },
    geometry: { type: 'Polygon' as const, coordinates: [square(x)] },
  });

  it('keeps NRW land areas (GF 4) and flattens FeatureCollections', () => {
    const source = [
      vg250('05154', 4, 6),
      { type: 'FeatureCollection' as const, features: [vg250('05111', 4, 7), vg250('05111', 2, 7)] },
      vg250('06411', 4, 8),
    ];
    expect(selectNrwKreise(source).map((f) => f.id)).toEqual(['05111', '05154']);
  });

  it('shares the border of neighbours as one arc and drops properties', () => {
    const topo = buildKreisTopology(selectNrwKreise([vg250('05154', 4, 6), vg250('05111', 4, 7)]), {
      retain: 1,
      quantization: 1e4,
    });
    const geometries = topo.objects.kreise.geometries;
    expect(geometries.map((g) => g.id)).toEqual(['05111', '05154']);
    expect(geometries.every((g) => g.properties === undefined)).toBe(true);
    // Two squares sharing one side: the shared side is one arc used by both polygons.
    const arcsOf = (g: (typeof geometries)[number]) =>
      g.type === 'Polygon' ? g.arcs.flat().map((a) => (a < 0 ? ~a : a)) : [];
    const [a, b] = geometries.map(arcsOf);
    expect(a!.filter((arc) => b!.includes(arc))).toHaveLength(1);
    expect(topo.transform).toBeDefined();
  });
});
