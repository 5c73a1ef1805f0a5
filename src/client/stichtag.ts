/**
 * The home page's Stichtag island: reads `?stichtag=`, enables the slider, date input, presets and
 * play button, and redraws map, legend, sentence, tiles, table and roll-out marker with the same
 * src/lib functions the build used. Enhances the table (src/client/kreis-table.ts) and loads the
 * Leaflet map (src/client/map.ts) on demand. Everything it touches is already in the static HTML.
 */
import { districtEntries, type DistrictEntry } from '../core/charts/map.ts';
import { markerAnchor, markerLabel, stichtagX } from '../core/charts/rollout.ts';
import { isoDateIn } from '../core/model/dates.ts';
import { formatDate } from '../core/model/format.ts';
import { keyFigures } from '../core/views/key-figures.ts';
import { kreisRows } from '../core/views/kreis-table.ts';
import { readStichtagInput } from '../core/model/stichtag-input.ts';
import {
  FIRST_STICHTAG,
  dateFromDayNumber,
  dayNumber,
  playSteps,
  searchForStichtag,
  stichtagFromSearch,
  type StichtagPayload,
} from '../core/views/stichtag.ts';
import { legendTexts, summarize, summarySentence, type StichtagSummary } from '../core/views/summary.ts';
import type { IsoDate } from '../core/model/types.ts';
import { enhanceDistrictSelection, type DistrictSelection } from './kreis-info.ts';
import { enhanceKreisTable, type KreisTableController } from './kreis-table.ts';
import { enhanceKreisFinder } from './kreis-finder.ts';
import type { LeafletMapController } from './map.ts';

const app = document.querySelector<HTMLElement>('[data-stichtag-app]');
const payloadElement = document.getElementById('stichtag-daten');
if (app && payloadElement) start(app, JSON.parse(payloadElement.textContent ?? '{}') as StichtagPayload);

function start(app: HTMLElement, payload: StichtagPayload): void {
  const $ = <T extends Element>(selector: string) => app.querySelector<T>(selector);
  const $$ = <T extends Element>(selector: string) => [...app.querySelectorAll<T>(selector)];
  const base = app.dataset.base ?? '/';
  const today = [payload.gebaut, isoDateIn(new Date())].sort()[1] ?? payload.gebaut;
  let current: { stichtag: IsoDate; summary: StichtagSummary; entries: DistrictEntry[] } | null = null;
  let leaflet: LeafletMapController | null = null;
  const tableRoot = $<HTMLElement>('[data-district-table]');
  const table: KreisTableController | null = tableRoot
    ? enhanceKreisTable(tableRoot, kreisRows(payload.kreise, payload.zentren))
    : null;

  const figure = $<HTMLElement>('.kreis-map[data-map-root]');
  const container = $<HTMLElement>('[data-map-leaflet]');
  const selection: DistrictSelection | null = figure
    ? enhanceDistrictSelection(figure, (ags) =>
        figure.classList.contains('is-interactive')
          ? (container?.querySelector<SVGPathElement>(`path[data-ags="${ags}"]`) ?? null)
          : null,
      )
    : null;
  const finder = $<HTMLElement>('[data-kreis-finder]');
  if (finder)
    enhanceKreisFinder(
      finder,
      () => current?.entries ?? [],
      (entry) => selection?.focus(entry.ags),
    );

  const slider = $<HTMLInputElement>('[data-stichtag-slider]');
  const dateInput = $<HTMLInputElement>('[data-stichtag-input]');
  const dateMessage = $<HTMLElement>('[data-stichtag-message]');

  /** Shows (or with "" clears) the German message next to the date field. */
  function showDateMessage(text: string): void {
    if (dateMessage && dateMessage.textContent !== text) dateMessage.textContent = text;
    if (text) dateInput?.setAttribute('aria-invalid', 'true');
    else dateInput?.removeAttribute('aria-invalid');
  }

  function setText(selector: string, text: string): void {
    // Unchanged text stays untouched, so live regions do not repeat themselves.
    for (const element of $$<HTMLElement>(selector)) if (element.textContent !== text) element.textContent = text;
  }

  function apply(stichtag: IsoDate, history: 'push' | 'replace' | 'none'): void {
    const summary = summarize(payload.kreise, payload.zentren, stichtag);
    const entries = districtEntries(payload.kreise, summary.statuses, stichtag, base);
    current = { stichtag, summary, entries };
    for (const root of $$<HTMLElement>('[data-map-root]')) root.dataset.stichtag = stichtag;
    for (const time of $$<HTMLTimeElement>('time[data-stichtag-date]')) {
      time.dateTime = stichtag;
      time.textContent = formatDate(stichtag);
    }
    for (const entry of entries) {
      const path = $<SVGPathElement>(`.kreis-map__svg path[data-ags="${entry.ags}"]`);
      path?.setAttribute('data-status', entry.status);
      const link = path?.parentElement;
      link?.setAttribute('aria-label', entry.label);
      const title = link?.querySelector('title');
      if (title) title.textContent = entry.label;
    }
    leaflet?.update(entries);
    selection?.update(entries);
    table?.setStatuses(entries);

    setText('[data-summary]', summarySentence(summary, today));
    const legend = legendTexts(summary);
    setText('[data-legend="ki"]', legend.ki);
    setText('[data-legend="ohneKi"]', legend.ohneKi);
    setText('[data-legend="unbekannt"]', legend.unbekannt);
    for (const tile of keyFigures(summary, payload.landesmittel)) {
      setText(`[data-tile="${tile.key}"] [data-tile-value]`, tile.value);
      if (tile.basis) document.querySelector(`[data-tile="${tile.key}"]`)?.setAttribute('data-basis', tile.basis);
      setText(`[data-tile="${tile.key}"] [data-tile-note]`, tile.note);
    }
    moveMarker(stichtag, summary);

    if (slider) {
      slider.value = String(dayNumber(stichtag));
      slider.setAttribute('aria-valuetext', formatDate(stichtag));
    }
    if (dateInput && dateInput.value !== stichtag) dateInput.value = stichtag;
    showDateMessage('');
    for (const button of $$<HTMLButtonElement>('[data-stichtag-preset]')) {
      button.setAttribute('aria-pressed', String(button.dataset.stichtagPreset === stichtag));
    }
    const url = `${location.pathname}${searchForStichtag(location.search, stichtag, today)}${location.hash}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}${location.hash}`)
      window.history.pushState({ stichtag }, '', url);
    if (history === 'replace') window.history.replaceState({ stichtag }, '', url);
  }

  function moveMarker(stichtag: IsoDate, summary: StichtagSummary): void {
    const text = markerLabel(stichtag, summary.zentrenMitKi, summary.zentrenMitKi + summary.zentrenUnbekannt);
    for (const chart of $$<SVGSVGElement>('svg[data-rollout]')) {
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

  function fromUrl(): IsoDate {
    return stichtagFromSearch(location.search, today) ?? today;
  }

  // --- Stichtag control ---
  const control = $<HTMLFieldSetElement>('[data-stichtag-control]');
  if (control) control.disabled = false;
  if (slider) slider.max = String(dayNumber(today));
  if (dateInput) dateInput.max = today;
  const todayPreset = $<HTMLButtonElement>('[data-stichtag-preset]');
  if (todayPreset) todayPreset.dataset.stichtagPreset = today;

  let frame = 0;
  slider?.addEventListener('input', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => apply(dateFromDayNumber(Number(slider.value)), 'none'));
  });
  slider?.addEventListener('change', () => apply(dateFromDayNumber(Number(slider.value)), 'push'));
  // Chromium reports every typed digit as a change ("0002-10-10" on the way to 2017): while typing only a
  // date in range is shown, without history; blur and Enter commit it, or explain next to the field why not.
  const readDate = () => readStichtagInput(dateInput?.value ?? '', FIRST_STICHTAG, today);
  function typed(): void {
    const reading = readDate();
    if (reading.kind === 'date' && reading.stichtag !== current?.stichtag) apply(reading.stichtag, 'none');
  }
  function commitDate(): void {
    const reading = readDate();
    if (reading.kind === 'date') apply(reading.stichtag, 'push');
    else showDateMessage(reading.message);
  }
  dateInput?.addEventListener('input', typed);
  dateInput?.addEventListener('change', typed);
  dateInput?.addEventListener('blur', commitDate);
  dateInput?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') commitDate();
  });
  for (const button of $$<HTMLButtonElement>('[data-stichtag-preset]')) {
    button.addEventListener('click', () => {
      stopPlaying();
      apply(button.dataset.stichtagPreset ?? today, 'push');
    });
  }
  window.addEventListener('popstate', () => apply(fromUrl(), 'none'));

  // --- Play through the years (slower, in whole years, when the user prefers reduced motion) ---
  const playButton = $<HTMLButtonElement>('[data-stichtag-play]');
  let timer = 0;
  function stopPlaying(): void {
    if (!timer) return;
    window.clearInterval(timer);
    timer = 0;
    playButton?.setAttribute('aria-pressed', 'false');
    if (playButton) playButton.textContent = 'Jahre abspielen';
    if (current) apply(current.stichtag, 'push');
  }
  playButton?.addEventListener('click', () => {
    if (timer) return stopPlaying();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const steps = playSteps(FIRST_STICHTAG, today, reduced ? 12 : 3);
    let i = 0;
    playButton.setAttribute('aria-pressed', 'true');
    playButton.textContent = 'Anhalten';
    const step = () => {
      const date = steps[i++];
      if (date === undefined) return stopPlaying();
      apply(date, 'none');
    };
    step();
    timer = window.setInterval(step, reduced ? 1500 : 250);
  });

  // --- Leaflet on demand: fetched on the first interaction with the map, shown on request ---
  const activate = $<HTMLButtonElement>('[data-map-activate]');
  let loading: Promise<typeof import('./map.ts')> | null = null;
  const load = () => (loading ??= import('./map.ts'));
  for (const type of ['pointerenter', 'focusin', 'touchstart'] as const) {
    figure?.addEventListener(type, () => void load(), { once: true, passive: true });
  }
  // The button says what it does next (no aria-pressed: a toggle button must keep its name).
  const activateLabels = {
    off: 'Interaktive Karte einschalten (zoomen und verschieben)',
    on: 'Interaktive Karte ausschalten',
  };
  if (activate && container && figure) {
    activate.disabled = false;
    activate.addEventListener('click', async () => {
      const on = !figure.classList.contains('is-interactive');
      figure.classList.toggle('is-interactive', on);
      container.hidden = !on;
      activate.textContent = on ? activateLabels.on : activateLabels.off;
      if (!on || leaflet || !current) return;
      try {
        const { mountLeafletMap } = await load();
        leaflet = await mountLeafletMap(container, {
          topologyUrl: app.dataset.topologyUrl ?? `${base}geo/nrw-kreise.topo.json`,
          entries: current.entries,
          attribution: app.dataset.geoAttribution ?? '',
          labels: JSON.parse(container.dataset.labels ?? '[]') as { ags: string; text: string }[],
          onShow: (ags) => selection?.show(ags),
          tiles: JSON.parse(app.dataset.tiles ?? '{"enabled":false,"url":"","attribution":""}') as {
            enabled: boolean;
            url: string;
            attribution: string;
          },
        });
        leaflet.update(current.entries);
      } catch (error) {
        figure.classList.remove('is-interactive');
        container.hidden = true;
        activate.textContent = `Interaktive Karte nicht verfügbar: ${error instanceof Error ? error.message : String(error)}`;
        activate.disabled = true;
      }
    });
  }

  apply(fromUrl(), 'none');
}
