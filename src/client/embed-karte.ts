/**
 * /embed/karte/: applies `?stichtag=YYYY-MM-DD` to the static map, its legend and the sentence,
 * with the same src/core functions the home page's Stichtag island uses, and keeps that date in the
 * "Vollständige Seite" link. No slider, no Leaflet: the embed stays small, and its links open the full
 * site in a new tab.
 */
import { fullPageHref } from '../core/views/embed-texts.ts';
import { districtEntries } from '../core/charts/map.ts';
import { isoDateIn } from '../core/model/dates.ts';
import { formatDate } from '../core/model/format.ts';
import { stichtagFromSearch, type StichtagPayload } from '../core/views/stichtag.ts';
import { legendTexts, summarize, summarySentence } from '../core/views/summary.ts';

const app = document.querySelector<HTMLElement>('[data-embed-karte]');
const payloadElement = document.getElementById('stichtag-daten');

if (app && payloadElement) {
  const payload = JSON.parse(payloadElement.textContent ?? '{}') as StichtagPayload;
  const today = [payload.gebaut, isoDateIn(new Date())].sort()[1] ?? payload.gebaut;
  const stichtag = stichtagFromSearch(location.search, today);
  if (stichtag && stichtag !== app.querySelector<HTMLElement>('[data-map-root]')?.dataset.stichtag) {
    const summary = summarize(payload.kreise, payload.zentren, stichtag);
    for (const root of app.querySelectorAll<HTMLElement>('[data-map-root]')) root.dataset.stichtag = stichtag;
    for (const time of app.querySelectorAll<HTMLTimeElement>('time[data-stichtag-date]')) {
      time.dateTime = stichtag;
      time.textContent = formatDate(stichtag);
    }
    for (const entry of districtEntries(payload.kreise, summary.statuses, stichtag, app.dataset.base ?? '/')) {
      const path = app.querySelector<SVGPathElement>(`.kreis-map__svg path[data-ags="${entry.ags}"]`);
      path?.setAttribute('data-status', entry.status);
      path?.parentElement?.setAttribute('aria-label', entry.label);
      const title = path?.parentElement?.querySelector('title');
      if (title) title.textContent = entry.label;
    }
    const fullPage = document.querySelector<HTMLAnchorElement>('a[data-full-page]');
    if (fullPage) fullPage.href = fullPageHref(app.dataset.base ?? '/', stichtag, today);
    const summaryElement = app.querySelector('[data-summary]');
    if (summaryElement) summaryElement.textContent = summarySentence(summary, today);
    const legend = legendTexts(summary, { table: false });
    for (const [key, text] of Object.entries(legend)) {
      const element = app.querySelector(`[data-legend="${key}"]`);
      if (element) element.textContent = text;
    }
  }
}
