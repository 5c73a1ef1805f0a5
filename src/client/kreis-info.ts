/**
 * The home map's district selection: a tap or keyboard focus on a district first shows its name and
 * status with a link under the map (a second tap, Enter or the link opens the page), a mouse shows it
 * on hover; the selected shape gets a ring drawn above all neighbours (dark band, light core: visible on
 * every fill and pattern). The "Kreis finden" box and the Leaflet map select through the same controller.
 */
import type { DistrictEntry } from '../core/charts/map.ts';

/** Lets the Stichtag island, the finder and the Leaflet map select districts. */
export interface DistrictSelection {
  /** Shows a district's name, status and link under the map and rings its shape. */
  show(ags: string): void;
  /** Shows a district and moves keyboard focus to its shape (the interactive map's when it is on). */
  focus(ags: string): void;
  /** Takes the districts' texts for a new Stichtag. */
  update(entries: readonly DistrictEntry[]): void;
}

/** Returns a controller after wiring the static map inside `figure`; `interactivePath` finds a Leaflet shape when that map is on. */
export function enhanceDistrictSelection(
  figure: HTMLElement,
  interactivePath: (ags: string) => SVGPathElement | null,
): DistrictSelection {
  const svg = figure.querySelector<SVGSVGElement>('.kreis-map__svg');
  const info = figure.querySelector<HTMLElement>('[data-map-info]');
  const label = info?.querySelector('[data-map-info-label]');
  const link = info?.querySelector<HTMLAnchorElement>('[data-map-info-link]');
  const rings = [...figure.querySelectorAll<SVGPathElement>('[data-map-ring] path')];
  let entries = new Map<string, DistrictEntry>();
  let shown: string | null = null;
  const staticPath = (ags: string) => svg?.querySelector<SVGPathElement>(`path[data-ags="${ags}"]`) ?? null;

  function render(): void {
    const entry = shown ? entries.get(shown) : undefined;
    if (!info || !entry) return;
    if (label) label.textContent = entry.label;
    if (link && entry.href) {
      link.href = entry.href;
      link.textContent = `Seite von ${entry.name} öffnen`;
    }
    info.hidden = false;
  }

  function show(ags: string): void {
    if (!entries.has(ags)) return;
    shown = ags;
    const d = staticPath(ags)?.getAttribute('d') ?? '';
    for (const ring of rings) ring.setAttribute('d', d);
    render();
  }

  const agsOf = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.('a')?.querySelector('path[data-ags]')?.getAttribute('data-ags') ?? null;

  // Set by a pointer press: whether its district was already showing (touch has no hover before it).
  // A click without a press is a keyboard activation and opens the page like any link.
  let press: { shownBefore: boolean } | null = null;
  svg?.addEventListener('pointerover', (event) => {
    const ags = agsOf(event.target);
    if (ags && event.pointerType !== 'touch') show(ags);
  });
  svg?.addEventListener('pointerdown', (event) => {
    press = { shownBefore: agsOf(event.target) === shown };
  });
  // On the figure, not the <svg>: Chromium makes an SVG element with focus listeners a Tab stop.
  figure.addEventListener('focusin', (event) => {
    if (!svg?.contains(event.target as Node)) return;
    const ags = agsOf(event.target);
    if (ags) show(ags);
  });
  svg?.addEventListener('click', (event) => {
    const ags = agsOf(event.target);
    const pressed = press;
    press = null;
    if (!ags || !pressed || pressed.shownBefore) return;
    event.preventDefault();
    show(ags);
  });
  // A shape focused by the finder opens its page with Enter, like the link around it.
  svg?.addEventListener('keydown', (event) => {
    const target = event.target as Element;
    const href = target.matches('path[data-ags]') ? target.closest('a')?.getAttribute('href') : null;
    if (event.key === 'Enter' && href) window.location.assign(href);
  });

  return {
    show,
    focus(ags) {
      const entry = entries.get(ags);
      if (!entry) return;
      show(ags);
      const leaflet = interactivePath(ags);
      if (leaflet) return leaflet.focus();
      const path = staticPath(ags);
      if (!path) return;
      path.setAttribute('tabindex', '-1');
      path.setAttribute('role', 'link');
      path.setAttribute('aria-label', entry.label);
      path.focus();
    },
    update(next) {
      entries = new Map(next.map((e) => [e.ags, e]));
      for (const entry of next) {
        const path = staticPath(entry.ags);
        if (path?.hasAttribute('aria-label')) path.setAttribute('aria-label', entry.label);
      }
      render();
    },
  };
}
