/**
 * The one renderer of the roll-out chart: turns a RolloutDrawing (charts/rollout-drawing.ts) into
 * the SVG the page shows, with the data-* hooks src/client/stichtag.ts uses to move the marker.
 * Colours come from the page's stylesheet (classes), so dark mode works. Pure string work.
 */
import { el, textEl } from '../xml.ts';
import type { RolloutDrawing } from '../rollout-drawing.ts';

/** Ids the SVG names itself by: its <title> and <desc> get `${titleId}-${key}` and `${descId}-${key}`. */
export interface RolloutSvgIds {
  titleId: string;
  descId: string;
  /** Text of <title>, e.g. "Ausbau der Kommunalen Integrationszentren in NRW 2012–2018". */
  title: string;
  /** Text of <desc> (rolloutDescription). */
  description: string;
}

function grid(d: RolloutDrawing): string {
  const { plot, yTicks, xTicks } = d.layout;
  return el(
    'g',
    { class: 'rollout-chart__grid', 'aria-hidden': 'true' },
    ...yTicks.map((t) =>
      el(
        'g',
        {},
        el('line', { x1: plot.left, x2: plot.right, y1: t.position, y2: t.position }),
        textEl('text', { x: plot.left - 6, y: t.position + 4, 'text-anchor': 'end' }, t.label),
      ),
    ),
    ...xTicks.map((t) =>
      el(
        'g',
        {},
        el('line', {
          class: 'rollout-chart__tick',
          x1: t.position,
          x2: t.position,
          y1: plot.bottom,
          y2: plot.bottom + 5,
        }),
        textEl('text', { x: t.position + 2, y: plot.bottom + 18, 'text-anchor': 'start' }, t.label),
      ),
    ),
  );
}

function reported(d: RolloutDrawing): string {
  return el(
    'g',
    { class: 'rollout-chart__reported', 'data-reported': true },
    ...d.marks.map((m) =>
      el('path', { d: `M${m.x},${m.y - 4.5}l4.5,4.5l-4.5,4.5l-4.5,-4.5z`, 'data-count': m.count, 'data-date': m.date }),
    ),
    ...d.labels.map((l) =>
      textEl('text', { x: l.x, y: l.y, 'text-anchor': 'middle', style: `font-size: ${d.small}px` }, l.text),
    ),
  );
}

function marker(d: RolloutDrawing): string {
  const { plot } = d.layout;
  return el(
    'g',
    { class: 'rollout-chart__marker', 'data-rollout-marker': true, transform: `translate(${d.markerX} 0)` },
    el('line', { x1: 0, x2: 0, y1: plot.top - 4, y2: plot.bottom }),
    textEl(
      'text',
      {
        'data-rollout-marker-label': true,
        x: d.anchor === 'start' ? 5 : -5,
        y: plot.top - 8,
        'text-anchor': d.anchor,
      },
      d.markerText,
    ),
  );
}

/** Returns one drawing of the roll-out chart as the page's SVG (class `rollout-chart__svg--${key}`). */
export function rolloutSvg(d: RolloutDrawing, ids: RolloutSvgIds): string {
  const { layout, key } = d;
  const lastFooter = d.footer.length - 1;
  return el(
    'svg',
    {
      class: `rollout-chart__svg rollout-chart__svg--${key}`,
      viewBox: `0 0 ${d.width} ${d.height}`,
      role: 'img',
      'aria-labelledby': `${ids.titleId}-${key} ${ids.descId}-${key}`,
      'data-rollout': true,
      'data-first-day': layout.firstDay,
      'data-last-day': layout.lastDay,
      'data-plot-left': layout.plot.left,
      'data-plot-right': layout.plot.right,
      style: `font-size: ${d.text}px`,
    },
    textEl('title', { id: `${ids.titleId}-${key}` }, ids.title),
    textEl('desc', { id: `${ids.descId}-${key}` }, ids.description),
    textEl(
      'text',
      { class: 'rollout-chart__title', x: 0, y: d.title + 1, style: `font-size: ${d.title}px` },
      d.heading,
    ),
    textEl('text', { class: 'rollout-chart__subtitle', x: 0, y: d.title + d.text + 10 }, d.subtitle),
    grid(d),
    el('path', { class: 'rollout-chart__band', d: layout.band }),
    el('path', { class: 'rollout-chart__possible', d: layout.possible }),
    el('path', { class: 'rollout-chart__proven', d: layout.proven }),
    reported(d),
    marker(d),
    ...d.footer.map((line, i) =>
      textEl(
        'text',
        {
          class: 'rollout-chart__source',
          x: 0,
          y: d.height - 4 - (lastFooter - i) * (d.small + 4),
          style: `font-size: ${d.small}px`,
        },
        line,
      ),
    ),
  );
}
