/**
 * The one renderer of the district map: turns a KreisMapModel (charts/map.ts) into SVG markup for
 * the page and the embeds (classes the site's stylesheet colours, links, the focus ring of the
 * client script) and into a standalone graphic for image exports (same marks, light colours in an
 * inline stylesheet, no links). Pure string work.
 */
import { mapExportCss } from '../export-styles.ts';
import { el, textEl } from '../xml.ts';
import type { DistrictEntry, KreisMapModel } from '../map.ts';
import type { ExportGraphic } from '../export-canvas.ts';

/** Ids of the status patterns; `.status-fill` rules and export legends refer to them. */
export const HATCH_OHNE_KI = 'ki-atlas-hatch-ohne-ki';
export const DOTS_UNBEKANNT = 'ki-atlas-dots-unbekannt';

/** Returns the <defs> with the two status patterns (hatch: kein KI, dots: unbekannt). */
export function mapPatternDefs(): string {
  return el(
    'defs',
    {},
    el(
      'pattern',
      { id: HATCH_OHNE_KI, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('rect', { class: 'pattern-ohne-ki-bg', width: 8, height: 8 }),
      el('rect', { class: 'pattern-ohne-ki-line', width: 3.5, height: 8 }),
    ),
    el(
      'pattern',
      { id: DOTS_UNBEKANNT, width: 7, height: 7, patternUnits: 'userSpaceOnUse' },
      el('rect', { class: 'pattern-unbekannt-bg', width: 7, height: 7 }),
      el('circle', { class: 'pattern-unbekannt-dot', cx: 3.5, cy: 3.5, r: 1.6 }),
    ),
  );
}

/** Returns the hidden SVG that carries the status patterns once per map on a page (the legend swatches use them too). */
export function mapDefsSvg(): string {
  return el(
    'svg',
    { class: 'kreis-map__defs', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' },
    mapPatternDefs(),
  );
}

function districtPath(model: KreisMapModel, entry: DistrictEntry, d: string): string {
  const highlight = model.highlight?.ags;
  const classes = ['status-fill'];
  if (highlight !== undefined && entry.ags !== highlight) classes.push('is-muted');
  if (entry.ags === highlight) classes.push('is-highlight');
  return el('path', { class: classes.join(' '), 'data-ags': entry.ags, 'data-status': entry.status, d });
}

/** Returns the district shapes in keyboard order; with `links`, each inside a link named by its status. */
function districts(model: KreisMapModel, links: boolean): string {
  const paths = new Map(model.layout.districts.map((d) => [d.ags, d.d]));
  return el(
    'g',
    { class: 'kreis-map__districts' },
    ...model.entries.map((entry) => {
      const path = districtPath(model, entry, paths.get(entry.ags) ?? '');
      return links && entry.href !== null
        ? el('a', { href: entry.href, 'aria-label': entry.label }, textEl('title', {}, entry.label), path)
        : path;
    }),
  );
}

/** Returns the marks drawn over the districts: outer border, the emphasised district's outline, city labels. */
function overlays(model: KreisMapModel, ring: boolean): string {
  const { layout, highlight } = model;
  const highlightPath = highlight ? layout.districts.find((d) => d.ags === highlight.ags)?.d : undefined;
  return (
    el('path', { class: 'kreis-map__border', d: layout.border }) +
    (ring
      ? el(
          'g',
          { class: 'kreis-map__ring', 'aria-hidden': 'true', 'data-map-ring': true },
          el('path', { class: 'kreis-map__ring-outer', d: '' }),
          el('path', { class: 'kreis-map__ring-inner', d: '' }),
        )
      : '') +
    (highlightPath !== undefined ? el('path', { class: 'kreis-map__highlight', d: highlightPath }) : '') +
    el(
      'g',
      { class: 'kreis-map__labels', 'aria-hidden': 'true' },
      ...layout.labels.map((l) => textEl('text', { x: l.x, y: l.y }, l.text)),
    )
  );
}

/**
 * Returns the map's SVG as the page shows it: a group of linked districts named by the caption
 * (`${id}-titel`), or for a locator map one image named "Lage von … in Nordrhein-Westfalen".
 */
export function kreisMapSvg(model: KreisMapModel): string {
  const { layout, highlight } = model;
  return el(
    'svg',
    {
      class: 'kreis-map__svg',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: highlight ? 'img' : 'group',
      'aria-labelledby': highlight ? undefined : `${model.id}-titel`,
      'aria-label': highlight ? `Lage von ${highlight.name} in Nordrhein-Westfalen` : undefined,
    },
    districts(model, true),
    overlays(model, model.interactive),
    textEl(
      'text',
      { class: 'kreis-map__attribution', x: layout.width - 6, y: layout.height - 6, 'text-anchor': 'end' },
      model.attribution,
    ),
  );
}

/**
 * Returns the map as an export graphic: patterns and light-theme styles inside it, no links, no
 * in-map attribution (the export canvas states it beside the map).
 */
export function kreisMapExportGraphic(model: KreisMapModel): ExportGraphic {
  const { width, height } = model.layout;
  return {
    width,
    height,
    body: mapPatternDefs() + `<style>${mapExportCss()}</style>` + districts(model, false) + overlays(model, false),
  };
}
