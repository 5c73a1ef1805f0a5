/**
 * Redraws everything on the home page that depends on the Stichtag – map fills and labels, legend,
 * sentence, tiles, table, roll-out marker, controls and URL – with the same Core functions the build used.
 */
import { dayNumber } from '../../core/model/dates.ts';
import { districtEntries, type DistrictEntry } from '../../core/charts/map.ts';

import { markerAnchor, markerLabel, stichtagX } from '../../core/charts/rollout.ts';

import { formatDate } from '../../core/model/format.ts';

import { keyFigures } from '../../core/views/key-figures.ts';

import { searchForStichtag, type StichtagPayload } from '../../core/views/stichtag.ts';
import { legendTexts, summarize, summarySentence, type StichtagSummary } from '../../core/views/summary.ts';

import type { IsoDate } from '../../core/model/types.ts';

import type { DistrictSelection } from '../kreis-info.ts';

import type { KreisTableController } from '../kreis-table.ts';

import type { LeafletMapController } from '../map.ts';

/** What the page shows now. */
export interface Current {
  stichtag: IsoDate;
  summary: StichtagSummary;
  entries: DistrictEntry[];
}

/** The parts of the page a Stichtag change updates, found once. */
export interface StichtagView {
  app: HTMLElement;
  payload: StichtagPayload;
  base: string;
  today: IsoDate;
  table: KreisTableController | null;
  selection: DistrictSelection | null;
  leaflet: LeafletMapController | null;
  slider: HTMLInputElement | null;
  dateInput: HTMLInputElement | null;
  dateMessage: HTMLElement | null;
  current: Current | null;
}

export type HistoryMode = 'push' | 'replace' | 'none';

const all = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];

/** Sets the text of every match; unchanged text stays untouched, so live regions do not repeat themselves. */
function setText(root: ParentNode, selector: string, text: string): void {
  for (const element of all<HTMLElement>(root, selector)) if (element.textContent !== text) element.textContent = text;
}

/** Shows (or with "" clears) the German message next to the date field. */
export function showDateMessage(view: StichtagView, text: string): void {
  if (view.dateMessage && view.dateMessage.textContent !== text) view.dateMessage.textContent = text;
  if (text) view.dateInput?.setAttribute('aria-invalid', 'true');
  else view.dateInput?.removeAttribute('aria-invalid');
}

function drawMap(view: StichtagView, stichtag: IsoDate, entries: readonly DistrictEntry[]): void {
  for (const root of all<HTMLElement>(view.app, '[data-map-root]')) root.dataset.stichtag = stichtag;
  for (const time of all<HTMLTimeElement>(view.app, 'time[data-stichtag-date]')) {
    time.dateTime = stichtag;
    time.textContent = formatDate(stichtag);
  }
  for (const entry of entries) {
    const path = view.app.querySelector<SVGPathElement>(`.kreis-map__svg path[data-ags="${entry.ags}"]`);
    path?.setAttribute('data-status', entry.status);
    const link = path?.parentElement;
    link?.setAttribute('aria-label', entry.label);
    const title = link?.querySelector('title');
    if (title) title.textContent = entry.label;
  }
  view.leaflet?.update(entries);
  view.selection?.update(entries);
  view.table?.setStatuses(entries);
}

function drawTexts(view: StichtagView, summary: StichtagSummary): void {
  setText(view.app, '[data-summary]', summarySentence(summary, view.today));
  const legend = legendTexts(summary);
  setText(view.app, '[data-legend="ki"]', legend.ki);
  setText(view.app, '[data-legend="ohneKi"]', legend.ohneKi);
  setText(view.app, '[data-legend="unbekannt"]', legend.unbekannt);
  for (const tile of keyFigures(summary, view.payload.landesmittel)) {
    setText(document, `[data-tile="${tile.key}"] [data-tile-value]`, tile.value);
    if (tile.basis) document.querySelector(`[data-tile="${tile.key}"]`)?.setAttribute('data-basis', tile.basis);
    setText(document, `[data-tile="${tile.key}"] [data-tile-note]`, tile.note);
  }
}

/** Moves the roll-out chart's Stichtag marker, from the plot geometry the chart carries as data attributes. */
function moveMarker(view: StichtagView, stichtag: IsoDate, summary: StichtagSummary): void {
  const text = markerLabel(stichtag, summary.zentrenMitKi, summary.zentrenMitKi + summary.zentrenUnbekannt);
  for (const chart of all<SVGSVGElement>(view.app, 'svg[data-rollout]')) {
    const marker = chart.querySelector('[data-rollout-marker]');
    const label = chart.querySelector('[data-rollout-marker-label]');
    if (!marker || !label) continue;
    const layout = {
      plot: { left: Number(chart.dataset.plotLeft), right: Number(chart.dataset.plotRight), top: 0, bottom: 0 },
      firstDay: Number(chart.dataset.firstDay),
      lastDay: Number(chart.dataset.lastDay),
    };
    const x = stichtagX(layout, stichtag);
    const anchor = markerAnchor(layout, x);
    marker.setAttribute('transform', `translate(${x} 0)`);
    label.setAttribute('text-anchor', anchor);
    label.setAttribute('x', anchor === 'start' ? '5' : '-5');
    label.textContent = text;
  }
}

function syncControls(view: StichtagView, stichtag: IsoDate): void {
  if (view.slider) {
    view.slider.value = String(dayNumber(stichtag));
    view.slider.setAttribute('aria-valuetext', formatDate(stichtag));
  }
  if (view.dateInput && view.dateInput.value !== stichtag) view.dateInput.value = stichtag;
  showDateMessage(view, '');
  for (const button of all<HTMLButtonElement>(view.app, '[data-stichtag-preset]')) {
    button.setAttribute('aria-pressed', String(button.dataset.stichtagPreset === stichtag));
  }
}

function syncUrl(view: StichtagView, stichtag: IsoDate, history: HistoryMode): void {
  const url = `${location.pathname}${searchForStichtag(location.search, stichtag, view.today)}${location.hash}`;
  if (history === 'push' && url !== `${location.pathname}${location.search}${location.hash}`)
    window.history.pushState({ stichtag }, '', url);
  if (history === 'replace') window.history.replaceState({ stichtag }, '', url);
}

/** Shows the page at a Stichtag. */
export function apply(view: StichtagView, stichtag: IsoDate, history: HistoryMode): void {
  const summary = summarize(view.payload.kreise, view.payload.zentren, stichtag);
  const entries = districtEntries(view.payload.kreise, summary.statuses, stichtag, view.base);
  view.current = { stichtag, summary, entries };
  drawMap(view, stichtag, entries);
  drawTexts(view, summary);
  moveMarker(view, stichtag, summary);
  syncControls(view, stichtag);
  syncUrl(view, stichtag, history);
}
