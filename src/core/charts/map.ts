/**
 * The district map as positioned marks: one SVG path per district, the outer border and city
 * labels, in a viewBox fitted to NRW, and the model of one drawing. Pure (d3-geo); render/map.ts
 * turns the model into SVG for the page, the embeds and the images.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection, MultiLineString } from 'geojson';
import type { KreisFeature } from './geo.ts';
import { textWidth } from './text-metrics.ts';
import { kreisPath } from '../model/routes.ts';
import { districtLabel } from '../views/summary.ts';
import type { IsoDate, Kreis, KreisStatus } from '../model/types.ts';

/** One district's outline in viewBox units. */
export interface DistrictMark {
  ags: string;
  d: string;
}

/** A text label centred at (x, y). */
export interface LabelMark {
  ags: string;
  text: string;
  x: number;
  y: number;
}

/** Everything KreisMap draws. */
export interface MapLayout {
  width: number;
  height: number;
  districts: DistrictMark[];
  border: string;
  labels: LabelMark[];
}

/** A label the layout may place, most important first. */
export interface LabelCandidate {
  ags: string;
  text: string;
}

export interface MapLayoutOptions {
  /** Width of the viewBox; the height follows from NRW's shape. */
  width?: number;
  padding?: number;
  labels?: readonly LabelCandidate[];
  /** Label font size in viewBox units. */
  fontSize?: number;
}

/**
 * A d3-geo path context that writes integer, relative SVG path data ("M12 3l4-1 2 5z"):
 * about half the bytes of absolute coordinates with decimals, for a sharp-enough map at 1 unit ≈ 1 px.
 */
class RelativePathContext {
  private out = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private inLine = false;

  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.out += this.out === '' ? `M${rx} ${ry}` : `m${pair(rx - this.x, ry - this.y, false)}`;
    [this.x, this.y, this.startX, this.startY, this.inLine] = [rx, ry, rx, ry, false];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.x && ry === this.y) return;
    this.out += `${this.inLine ? '' : 'l'}${pair(rx - this.x, ry - this.y, this.inLine)}`;
    [this.x, this.y, this.inLine] = [rx, ry, true];
  }

  closePath(): void {
    this.out += 'z';
    // After "z" the current point is the subpath's start (SVG spec), so later relative moves start there.
    [this.x, this.y, this.inLine] = [this.startX, this.startY, false];
  }

  arc(): void {
    throw new Error('Kreisgeometrien enthalten keine Punkte.');
  }

  result(): string {
    const d = this.out;
    this.out = '';
    return d;
  }
}

/** Returns " 5" or "-5": a number joined to the previous one with the shortest valid separator. */
function signed(n: number): string {
  return n < 0 ? `${n}` : ` ${n}`;
}

function pair(dx: number, dy: number, continued: boolean): string {
  const first = continued ? signed(dx) : `${dx}`;
  return `${first}${signed(dy)}`;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Returns the map marks: Mercator (like Leaflet, so both maps look alike) fitted to the viewBox width. */
export function layoutKreisMap(
  features: readonly KreisFeature[],
  border: MultiLineString,
  options: MapLayoutOptions = {},
): MapLayout {
  const { width = 800, padding = 4, labels = [], fontSize = 16 } = options;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  const projection = geoMercator().fitWidth(width - 2 * padding, collection as GeoPermissibleObjects);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection as GeoPermissibleObjects);
  const height = Math.ceil(bottom - top + 2 * padding);
  projection.translate([projection.translate()[0] + padding, projection.translate()[1] - top + padding]);

  const context = new RelativePathContext();
  const draw = geoPath(projection, context as never);
  const districts = features.map((f) => {
    draw(f);
    return { ags: f.id, d: context.result() };
  });
  draw(border);
  const borderPath = context.result();

  const centroids = geoPath(projection);
  const placed: Box[] = [];
  const labelMarks: LabelMark[] = [];
  for (const candidate of labels) {
    const shape = features.find((f) => f.id === candidate.ags);
    if (!shape) continue;
    const [x, y] = centroids.centroid(shape);
    const halfWidth = textWidth(candidate.text, fontSize, true) / 2;
    const box = { x0: x - halfWidth, y0: y - fontSize * 0.7, x1: x + halfWidth, y1: y + fontSize * 0.5 };
    const inside = box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
    if (!inside || placed.some((other) => overlaps(other, box))) continue;
    placed.push(box);
    labelMarks.push({ ags: candidate.ags, text: candidate.text, x: Math.round(x), y: Math.round(y) });
  }
  return { width, height, districts, border: borderPath, labels: labelMarks };
}

/** The fields of a district that decide whether it gets a city label. */
export interface LabelSource {
  ags: string;
  name: string;
  art: string;
  einwohner: number | null;
}

/** Returns label candidates: the kreisfreie Städte by population, largest first, named without "Stadt ". */
export function cityLabelCandidates(kreise: readonly LabelSource[], limit = 8): LabelCandidate[] {
  return kreise
    .filter((k) => k.art === 'Kreisfreie Stadt' && k.einwohner !== null)
    .sort((a, b) => (b.einwohner ?? 0) - (a.einwohner ?? 0))
    .slice(0, limit)
    .map((k) => ({ ags: k.ags, text: k.name.replace(/^Stadt /, '') }));
}

/** A district as the map component prints it: where it links, its status and its accessible name. */
export interface DistrictEntry {
  ags: string;
  name: string;
  /** Link to the district page; null on maps without links (locator maps). */
  href: string | null;
  status: KreisStatus;
  label: string;
}

/**
 * Returns the districts in German alphabetical order (the keyboard order on the map), with their
 * status and accessible name at the Stichtag. `base` prefixes the links; null leaves them out.
 */
export function districtEntries(
  kreise: readonly Pick<Kreis, 'ags' | 'name' | 'slug'>[],
  statuses: Record<string, KreisStatus>,
  stichtag: IsoDate,
  base: string | null,
): DistrictEntry[] {
  const collator = new Intl.Collator('de-DE');
  return [...kreise]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((kreis) => {
      const status = statuses[kreis.ags] ?? 'unbekannt';
      return {
        ags: kreis.ags,
        name: kreis.name,
        href: base === null ? null : `${base}${kreisPath(kreis)}`,
        status,
        label: districtLabel(kreis.name, status, stichtag),
      };
    });
}

/** Everything one drawing of the district map needs: marks, districts in keyboard order, ids and options. */
export interface KreisMapModel {
  /** Id of the map's <figure>; the SVG names itself by `${id}-titel` (the caption) unless it is a locator map. */
  id: string;
  layout: MapLayout;
  entries: DistrictEntry[];
  /** The district a locator map emphasises (no links, others muted), else null. */
  highlight: DistrictEntry | null;
  /** Adds the focus ring the map's client script draws into. */
  interactive: boolean;
  /** Geometry attribution printed in the SVG (hidden on screens, shown in print). */
  attribution: string;
}

/** Returns the map model from a layout and the district entries (see districtEntries); `highlight` makes a locator map. */
export function kreisMapModel(input: {
  id: string;
  layout: MapLayout;
  entries: DistrictEntry[];
  highlight?: string;
  interactive?: boolean;
  attribution: string;
}): KreisMapModel {
  const highlight = input.highlight ? (input.entries.find((e) => e.ags === input.highlight) ?? null) : null;
  return {
    id: input.id,
    layout: input.layout,
    entries: input.entries,
    highlight,
    interactive: input.interactive ?? false,
    attribution: input.attribution,
  };
}
