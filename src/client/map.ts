/**
 * The interactive (Leaflet) district map, loaded on demand by src/client/stichtag.ts. It draws the
 * same TopoJSON as the static SVG and closes Leaflet's accessibility gaps: every district is a
 * focusable link-like path (data-ags, data-status, accessible name), tooltips open on hover, focus
 * and tap, Enter or a click opens the district page, and the container is a named region.
 */
import type { FeatureCollection } from 'geojson';
import L from 'leaflet';
// As a URL, not a CSS import: Astro would inline an imported stylesheet into the first page load.
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import type { DistrictEntry } from '../core/charts/map.ts';
import { kreisFeatures, type KreisFeature, type KreisTopology } from '../core/charts/geo.ts';

export interface LeafletMapOptions {
  topologyUrl: string;
  entries: readonly DistrictEntry[];
  attribution: string;
  tiles: { enabled: boolean; url: string; attribution: string };
  /** City labels (the static map's), placed at the middle of their district. */
  labels?: readonly { ags: string; text: string }[];
  /** Called when a district's name shows (focus, tap): the page shows its status and link. */
  onShow?: (ags: string) => void;
}

/** Lets the Stichtag client recolour and rename the interactive districts. */
export interface LeafletMapController {
  update(entries: readonly DistrictEntry[]): void;
}

interface District {
  layer: L.Path;
  element: SVGPathElement;
  entry: DistrictEntry;
}

function describe(district: District, entry: DistrictEntry): void {
  district.entry = entry;
  district.element.setAttribute('data-status', entry.status);
  district.element.setAttribute('aria-label', entry.label);
  district.layer.setTooltipContent(entry.label);
}

/**
 * The district whose name the last touch showed. Kept here rather than read from the tooltip:
 * touch browsers send synthetic mouse events around a tap (a mouseover before the click opens the
 * tooltip, and some send a mouseout after it, which closes it again).
 */
let touchShown: District | undefined;

function wire(district: District, onShow: (ags: string) => void): void {
  const { element, layer } = district;
  // Whether the last press was a touch on a district whose name the previous touch did not show.
  let firstTouch = false;
  const open = () => {
    if (district.entry.href) window.location.assign(district.entry.href);
  };
  element.setAttribute('data-ags', district.entry.ags);
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'link');
  element.addEventListener('pointerdown', (event) => {
    firstTouch = event.pointerType === 'touch' && touchShown !== district;
  });
  element.addEventListener('focus', () => {
    layer.openTooltip();
    onShow(district.entry.ags);
  });
  element.addEventListener('blur', () => layer.closeTooltip());
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') open();
  });
  layer.on('click', () => {
    // On touch screens the first tap shows the name; a second tap on the same district opens it.
    if (firstTouch) {
      layer.openTooltip();
      touchShown = district;
      onShow(district.entry.ags);
    } else open();
    firstTouch = false;
  });
  describe(district, district.entry);
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('Leaflet-Stylesheet nicht geladen.'));
    document.head.append(link);
  });
}

/** Returns a controller after drawing the districts into `container` (which must have a size). */
export async function mountLeafletMap(
  container: HTMLElement,
  options: LeafletMapOptions,
): Promise<LeafletMapController> {
  const [response] = await Promise.all([fetch(options.topologyUrl), loadStylesheet(leafletCssUrl)]);
  if (!response.ok) throw new Error(`Kartendaten nicht geladen (${response.status}).`);
  const features = new Map(kreisFeatures((await response.json()) as KreisTopology).map((f) => [f.id, f]));

  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Interaktive Karte der Kreise und kreisfreien Städte in NRW');
  const map = L.map(container, {
    attributionControl: false,
    zoomControl: false,
    zoomSnap: 0.25,
    renderer: L.svg({ padding: 0.5 }),
  });
  // Top right: the "Kreis finden" box sits over the map's empty north-west corner.
  L.control.zoom({ position: 'topright', zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
  L.control
    .attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
    .addAttribution(options.attribution)
    .addTo(map);
  if (options.tiles.enabled && options.tiles.url) {
    L.tileLayer(options.tiles.url, { attribution: options.tiles.attribution }).addTo(map);
  }

  // Features in the entries' (alphabetical) order: that is the Tab order of the paths.
  const ordered = options.entries.map((e) => features.get(e.ags)).filter((f): f is KreisFeature => f !== undefined);
  const group = L.geoJSON({ type: 'FeatureCollection', features: ordered } as FeatureCollection, {
    style: () => ({ className: 'status-fill', weight: 1, opacity: 1, fillOpacity: 1 }),
  });
  // The view first: Leaflet creates the path elements only once the map has a view.
  const bounds = group.getBounds();
  map.fitBounds(bounds, { padding: [8, 8] });
  map.setMaxBounds(bounds.pad(0.5));
  map.setMinZoom(map.getZoom() - 1);
  group.addTo(map);

  const districts = new Map<string, District>();
  group.eachLayer((layer) => {
    const path = layer as L.Path & { feature?: KreisFeature };
    const entry = options.entries.find((e) => e.ags === path.feature?.id);
    const element = path.getElement() as SVGPathElement | undefined;
    if (!entry || !element) return;
    path.bindTooltip(entry.label, { direction: 'auto', opacity: 1 });
    const district = { layer: path, element, entry };
    districts.set(entry.ags, district);
    wire(district, options.onShow ?? (() => undefined));
  });

  // City labels as non-interactive markers, hidden from screen readers like the static map's.
  for (const label of options.labels ?? []) {
    const district = districts.get(label.ags);
    if (!district) continue;
    const text = document.createElement('span');
    text.textContent = label.text;
    const icon = L.divIcon({ className: 'kreis-map__leaflet-label', html: text, iconSize: undefined });
    const marker = L.marker((district.layer as L.Polygon).getBounds().getCenter(), {
      icon,
      interactive: false,
      keyboard: false,
    }).addTo(map);
    marker.getElement()?.setAttribute('aria-hidden', 'true');
  }

  return {
    update(entries) {
      for (const entry of entries) {
        const district = districts.get(entry.ags);
        if (district) describe(district, entry);
      }
    },
  };
}
