/**
 * The stylesheet exported map SVGs carry inside them: the page styles the map's shapes with classes
 * and CSS variables (src/styles/kreis-map.css), which neither resvg nor an image viewer sees, so
 * exports get the light theme's values as plain CSS. Keep the selectors in step with render/map.ts
 * (the exports test fails when a selector here matches nothing in the exported map).
 */
import { colors } from './theme.ts';

/** Class selectors used by mapExportCss, for the test that checks they still exist in the map. */
export const mapExportClasses = [
  'status-fill',
  'pattern-ohne-ki-bg',
  'pattern-ohne-ki-line',
  'pattern-unbekannt-bg',
  'pattern-unbekannt-dot',
  'kreis-map__border',
  'kreis-map__labels',
] as const;

/** Returns the CSS for an exported map in the light palette. */
export function mapExportCss(): string {
  const c = colors.light;
  return [
    `.status-fill{stroke:${c.background};stroke-width:1}`,
    `.status-fill[data-status="ki"]{fill:${c.ki}}`,
    `.status-fill[data-status="ohne-ki"]{fill:url(#ki-atlas-hatch-ohne-ki)}`,
    `.status-fill[data-status="unbekannt"]{fill:url(#ki-atlas-dots-unbekannt)}`,
    `path.status-fill.is-muted{fill:${c.surface};stroke:${c.border}}`,
    `.pattern-ohne-ki-bg{fill:${c.ohneKi}}`,
    `.pattern-ohne-ki-line{fill:${c.background};opacity:0.85}`,
    `.pattern-unbekannt-bg{fill:${c.surface}}`,
    `.pattern-unbekannt-dot{fill:${c.unbekannt}}`,
    `.kreis-map__border{fill:none;stroke:${c.text};stroke-width:1.2}`,
    `.kreis-map__highlight{fill:none;stroke:${c.text};stroke-width:3}`,
    `.kreis-map__labels text{font-size:19px;font-weight:700;text-anchor:middle;fill:${c.text};stroke:${c.background};stroke-width:3.5px;paint-order:stroke;stroke-linejoin:round}`,
  ].join('');
}
