/**
 * The interactive map on demand: Leaflet is fetched on the first interaction with the map and shown
 * when the reader switches it on. The button says what it does next (no aria-pressed: a toggle button
 * must keep its name).
 */
import type { StichtagView } from './view.ts';

const activateLabels = {
  off: 'Interaktive Karte einschalten (zoomen und verschieben)',
  on: 'Interaktive Karte ausschalten',
};

/** Wires the "Interaktive Karte" button of the map figure. */
export function wireInteractiveMap(view: StichtagView, figure: HTMLElement, container: HTMLElement): void {
  const activate = view.app.querySelector<HTMLButtonElement>('[data-map-activate]');
  let loading: Promise<typeof import('../map.ts')> | null = null;
  const load = () => (loading ??= import('../map.ts'));
  for (const type of ['pointerenter', 'focusin', 'touchstart'] as const) {
    figure.addEventListener(type, () => void load(), { once: true, passive: true });
  }
  if (!activate) return;
  activate.disabled = false;
  activate.addEventListener('click', async () => {
    const on = !figure.classList.contains('is-interactive');
    figure.classList.toggle('is-interactive', on);
    container.hidden = !on;
    activate.textContent = on ? activateLabels.on : activateLabels.off;
    if (!on || view.leaflet || !view.current) return;
    try {
      const { mountLeafletMap } = await load();
      view.leaflet = await mountLeafletMap(container, {
        topologyUrl: view.app.dataset.topologyUrl ?? `${view.base}geo/nrw-kreise.topo.json`,
        entries: view.current.entries,
        attribution: view.app.dataset.geoAttribution ?? '',
        labels: JSON.parse(container.dataset.labels ?? '[]') as { ags: string; text: string }[],
        onShow: (ags) => view.selection?.show(ags),
        tiles: JSON.parse(view.app.dataset.tiles ?? '{"enabled":false,"url":"","attribution":""}') as {
          enabled: boolean;
          url: string;
          attribution: string;
        },
      });
      view.leaflet.update(view.current.entries);
    } catch (error) {
      figure.classList.remove('is-interactive');
      container.hidden = true;
      activate.textContent = `Interaktive Karte nicht verfügbar: ${error instanceof Error ? error.message : String(error)}`;
      activate.disabled = true;
    }
  });
}
