import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { cityLabelCandidates, districtEntries, layoutKreisMap } from '../../src/core/charts/map.ts';
import { kreisFeatures, outerBorder, type KreisTopology } from '../../src/core/charts/geo.ts';

const topology = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/geo/nrw-kreise.topo.json'), 'utf8'),
) as KreisTopology;
const features = kreisFeatures(topology);
const border = outerBorder(topology);

/** Returns the absolute vertices of an SVG path made of M/m/l/z commands with implicit repeats. */
function vertices(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([MmLlz])([^MmLlz]*)/g)) {
    if (cmd === 'z') {
      [x, y] = [sx, sy];
      continue;
    }
    const nums = (args ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < nums.length; i += 2) {
      const [a, b] = [nums[i]!, nums[i + 1]!];
      const relative = cmd === 'm' || cmd === 'l';
      [x, y] = relative ? [x + a, y + b] : [a, b];
      if (i === 0 && (cmd === 'M' || cmd === 'm')) [sx, sy] = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

describe('layoutKreisMap(features, border, options)', () => {
  const layout = layoutKreisMap(features, border, { width: 800, padding: 4 });

  it('draws all 53 districts inside an 800-wide viewBox fitted to NRW', () => {
    expect(layout.districts).toHaveLength(53);
    expect(layout.width).toBe(800);
    expect(layout.height).toBeGreaterThan(750);
    expect(layout.height).toBeLessThan(800);
    for (const { d } of layout.districts) {
      for (const [x, y] of vertices(d)) {
        expect(x).toBeGreaterThanOrEqual(3);
        expect(x).toBeLessThanOrEqual(797);
        expect(y).toBeGreaterThanOrEqual(3);
        expect(y).toBeLessThanOrEqual(layout.height - 3);
      }
    }
  });

  it('writes the same vertices as d3-geo’s own projection, rounded to whole units', () => {
    const kleve = features.find((f) => f.id === '05154')!;
    const all = { type: 'FeatureCollection' as const, features };
    const projection = geoMercator().fitWidth(792, all);
    const [[, top]] = geoPath(projection).bounds(all);
    projection.translate([projection.translate()[0] + 4, projection.translate()[1] - top + 4]);
    const expected: [number, number][] = [];
    geoPath(projection, {
      moveTo: (x: number, y: number) => expected.push([Math.round(x), Math.round(y)]),
      lineTo: (x: number, y: number) => {
        const p: [number, number] = [Math.round(x), Math.round(y)];
        const last = expected[expected.length - 1]!;
        if (p[0] !== last[0] || p[1] !== last[1]) expected.push(p);
      },
      closePath: () => undefined,
      arc: () => undefined,
    } as never)(kleve);
    expect(vertices(layout.districts.find((m) => m.ags === '05154')!.d)).toEqual(expected);
  });

  it('places a label at the district centroid and drops labels that would overlap', () => {
    const labelled = layoutKreisMap(features, border, {
      labels: [
        { ags: '05315', text: 'Köln' },
        { ags: '05315', text: 'Köln again' },
        { ags: '05154', text: 'Kreis Kleve' },
      ],
    });
    expect(labelled.labels.map((l) => l.text)).toEqual(['Köln', 'Kreis Kleve']);
    const koeln = labelled.labels[0]!;
    const bounds = vertices(labelled.districts.find((m) => m.ags === '05315')!.d);
    const xs = bounds.map(([x]) => x);
    expect(koeln.x).toBeGreaterThan(Math.min(...xs));
    expect(koeln.x).toBeLessThan(Math.max(...xs));
  });

  it('keeps the outer border as one path of the NRW outline only', () => {
    expect(layout.border.startsWith('M')).toBe(true);
    expect(layout.border).not.toContain('z');
  });
});

describe('cityLabelCandidates(kreise, limit)', () => {
  it('takes kreisfreie Städte by population, without the "Stadt " prefix', () => {
    const kreise = [
      { ags: '05154', name: 'Kreis Kleve', art: 'Kreis', einwohner: 310_000 },
      { ags: '05315', name: 'Stadt Köln', art: 'Kreisfreie Stadt', einwohner: 1_085_664 },
      { ags: '05111', name: 'Stadt Düsseldorf', art: 'Kreisfreie Stadt', einwohner: 619_294 },
      { ags: '05120', name: 'Stadt Remscheid', art: 'Kreisfreie Stadt', einwohner: null },
    ];
    expect(cityLabelCandidates(kreise, 1)).toEqual([{ ags: '05315', text: 'Köln' }]);
    expect(cityLabelCandidates(kreise).map((c) => c.text)).toEqual(['Köln', 'Düsseldorf']);
  });
});

describe('districtEntries(kreise, statuses, stichtag, base)', () => {
  const kreise = [
    { ags: '05334', name: 'Städteregion Aachen', slug: 'staedteregion-aachen' },
    { ags: '05154', name: 'Kreis Kleve', slug: 'kreis-kleve' },
    { ags: '05314', name: 'Stadt Bonn', slug: 'stadt-bonn' },
  ];
  const statuses = { '05334': 'ki', '05154': 'ohne-ki', '05314': 'ki' } as const;

  it('orders districts alphabetically and names each with its status at the Stichtag', () => {
    expect(districtEntries(kreise, statuses, '2017-10-10', '/ki-nrw/')).toEqual([
      {
        ags: '05154',
        name: 'Kreis Kleve',
        href: '/ki-nrw/kreis/05154-kreis-kleve/',
        status: 'ohne-ki',
        label: 'Kreis Kleve: kein KI am 10.10.2017',
      },
      {
        ags: '05314',
        name: 'Stadt Bonn',
        href: '/ki-nrw/kreis/05314-stadt-bonn/',
        status: 'ki',
        label: 'Stadt Bonn: KI vorhanden am 10.10.2017',
      },
      {
        ags: '05334',
        name: 'Städteregion Aachen',
        href: '/ki-nrw/kreis/05334-staedteregion-aachen/',
        status: 'ki',
        label: 'Städteregion Aachen: KI vorhanden am 10.10.2017',
      },
    ]);
  });

  it('leaves links out for locator maps', () => {
    expect(districtEntries(kreise, statuses, '2017-10-10', null).every((d) => d.href === null)).toBe(true);
  });
});
