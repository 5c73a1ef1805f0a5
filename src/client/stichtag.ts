/**
 * The home page's Stichtag island: reads `?stichtag=`, enables the slider, date input, presets and
 * play button, and redraws map, legend, sentence, tiles, table and roll-out marker with the same
 * src/core functions the build used (stichtag/view.ts). Enhances the table (src/client/kreis-table.ts),
 * the district selection and finder, and loads the Leaflet map (src/client/map.ts) on demand.
 * Everything it touches is already in the static HTML.
 */
import { isoDateIn } from '../core/model/dates.ts';
import { kreisRows } from '../core/views/kreis-table.ts';
import type { StichtagPayload } from '../core/views/stichtag.ts';
import { enhanceDistrictSelection } from './kreis-info.ts';
import { enhanceKreisTable } from './kreis-table.ts';
import { enhanceKreisFinder } from './kreis-finder.ts';
import { apply, type StichtagView } from './stichtag/view.ts';
import { fromUrl, wireControls } from './stichtag/controls.ts';
import { wireInteractiveMap } from './stichtag/interactive-map.ts';

const app = document.querySelector<HTMLElement>('[data-stichtag-app]');
const payloadElement = document.getElementById('stichtag-daten');
if (app && payloadElement) start(app, JSON.parse(payloadElement.textContent ?? '{}') as StichtagPayload);

function start(app: HTMLElement, payload: StichtagPayload): void {
  const tableRoot = app.querySelector<HTMLElement>('[data-district-table]');
  const figure = app.querySelector<HTMLElement>('.kreis-map[data-map-root]');
  const container = app.querySelector<HTMLElement>('[data-map-leaflet]');
  const view: StichtagView = {
    app,
    payload,
    base: app.dataset.base ?? '/',
    today: [payload.gebaut, isoDateIn(new Date())].sort()[1] ?? payload.gebaut,
    table: tableRoot ? enhanceKreisTable(tableRoot, kreisRows(payload.kreise, payload.zentren)) : null,
    selection: null,
    leaflet: null,
    slider: app.querySelector<HTMLInputElement>('[data-stichtag-slider]'),
    dateInput: app.querySelector<HTMLInputElement>('[data-stichtag-input]'),
    dateMessage: app.querySelector<HTMLElement>('[data-stichtag-message]'),
    current: null,
  };
  if (figure) {
    // In the interactive map the selection points at the Leaflet shape, else at the static SVG's.
    view.selection = enhanceDistrictSelection(figure, (ags) =>
      figure.classList.contains('is-interactive')
        ? (container?.querySelector<SVGPathElement>(`path[data-ags="${ags}"]`) ?? null)
        : null,
    );
  }
  const finder = app.querySelector<HTMLElement>('[data-kreis-finder]');
  if (finder)
    enhanceKreisFinder(
      finder,
      () => view.current?.entries ?? [],
      (entry) => view.selection?.focus(entry.ags),
    );
  wireControls(view);
  if (figure && container) wireInteractiveMap(view, figure, container);
  apply(view, fromUrl(view), 'none');
}
