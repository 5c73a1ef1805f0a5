/**
 * Turns chart layouts into self-contained SVG markup: explicit width/height/viewBox, fonts by
 * family name, light colours as presentation attributes (so resvg and any image viewer render
 * them), plus `kc-*` classes that the page's stylesheet re-colours for dark mode. No <style>,
 * no CSS variables, no scripts: the same string works on the page, in embeds and as PNG source.
 */
import { colors } from './theme.ts';
import { escapeXml } from './xml.ts';
import { FONT_SIZE, LINE_HEIGHT, TITLE_SIZE, type Box, type ChartText, type LegendItem, type Tick } from './axis.ts';
import type { StackedLayout } from './stacked.ts';
import type { WaterfallLayout } from './waterfall.ts';
import type { RankingLayout } from './ranking.ts';
import type { BarLayout } from './bar.ts';
import type { Basis } from '../model/betrag.ts';

/** Font stack: system fonts on screen; DejaVu Sans (shipped for exports) where nothing else exists. */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

const light = colors.light;

const esc = escapeXml;

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function text(x: number, y: number, content: string, attrs = '', cls = 'kc-text', fill: string = light.text): string {
  return `<text x="${n(x)}" y="${n(y)}" fill="${fill}" class="${cls}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;
}

/** Identity of one chart on a page: prefixes every id (patterns, title, desc). */
export interface SvgOptions {
  id: string;
  /** Accessible description (chart-text.ts), rendered as <desc>. */
  description: string;
  /** How sure the chart's amounts are, on the root (DESIGN §4 `data-basis`); marks and labels may override it. */
  basis?: Basis;
}

/** Fill opacity of carried-forward (fortgeschrieben) marks: lighter than computed ones, in every export too. */
export const FORTGESCHRIEBEN_OPACITY = 0.5;

function basisAttrs(basis: Basis): string {
  return `data-basis="${basis}"${basis === 'fortgeschrieben' ? ` fill-opacity="${FORTGESCHRIEBEN_OPACITY}"` : ''}`;
}

function open(width: number, height: number, chart: ChartText, options: SvgOptions): string {
  const id = esc(options.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${esc(CHART_FONT)}" font-size="${FONT_SIZE}" class="ki-chart" data-basis="${options.basis ?? 'modell'}">` +
    `<title id="${id}-title">${esc(chart.title)}</title><desc id="${id}-desc">${esc(options.description)}</desc>` +
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${light.background}" class="kc-bg"/><rect width="3" height="6" fill="${light.unbekannt}"/></pattern></defs>` +
    `<rect width="${n(width)}" height="${n(height)}" fill="${light.background}" class="kc-bg"/>` +
    text(12, 8 + TITLE_SIZE, chart.title, `font-size="${TITLE_SIZE}" font-weight="700"`) +
    text(12, 8 + TITLE_SIZE + 6 + FONT_SIZE, chart.unit, '', 'kc-muted', light.muted)
  );
}

function footer(chart: ChartText, y: number): string {
  const lines = [`Quelle: ${chart.source}`, `Stand: ${chart.stand} · Lizenz: ${chart.licence}`, ...(chart.notes ?? [])];
  return (
    lines.map((line, i) => text(12, y + i * LINE_HEIGHT, line, 'font-size="11"', 'kc-muted', light.muted)).join('') +
    '</svg>'
  );
}

function fillOf(color: string, pattern: 'solid' | 'hatch', id: string): string {
  return pattern === 'hatch' ? `url(#${esc(id)}-hatch)` : color;
}

/** Returns the chart's baseline: the line along the bottom of the plot box. */
function baseline(box: Box): string {
  const y = n(box.y + box.height);
  return `<line x1="${n(box.x)}" x2="${n(box.x + box.width)}" y1="${y}" y2="${y}" stroke="${light.text}" class="kc-axis"/>`;
}

function yAxis(ticks: readonly Tick[], left: number, right: number): string {
  return ticks
    .map(
      (t) =>
        `<line x1="${n(left)}" x2="${n(right)}" y1="${n(t.pos)}" y2="${n(t.pos)}" stroke="${light.border}" class="kc-grid"/>` +
        text(left - 6, t.pos + 4, t.label, 'text-anchor="end" font-size="11"', 'kc-muted', light.muted),
    )
    .join('');
}

function legend(items: readonly LegendItem[], id: string): string {
  return items
    .map(
      (item) =>
        `<rect x="${n(item.x)}" y="${n(item.y)}" width="14" height="14" fill="${fillOf(item.color, item.pattern, id)}" stroke="${light.border}" class="kc-edge"/>` +
        text(item.x + 20, item.y + 11.5, item.label, 'font-size="12"'),
    )
    .join('');
}

/** Returns the SVG of a stacked column chart. */
export function stackedSvg(layout: StackedLayout, options: SvgOptions): string {
  const { box } = layout;
  const bars = layout.bars
    .map(
      (b) =>
        `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${fillOf(b.color, b.pattern, options.id)}" stroke="${light.background}" stroke-width="0.5" class="kc-seg" data-series="${esc(b.seriesKey)}" data-category="${esc(b.categoryKey)}" ${basisAttrs(b.basis)}><title>${esc(b.title)}</title></rect>`,
    )
    .join('');
  const labels = layout.xLabels
    .map((l) => text(l.x, box.y + box.height + 16, l.label, 'text-anchor="middle" font-size="12"'))
    .join('');
  const gaps = layout.gaps
    .map((g) =>
      text(
        g.x,
        g.y,
        g.label,
        'text-anchor="middle" font-size="10" transform="rotate(-90 ' + n(g.x) + ' ' + n(g.y) + ')"',
        'kc-muted',
        light.muted,
      ),
    )
    .join('');
  return (
    open(layout.width, layout.height, layout.text, options) +
    yAxis(layout.yTicks, box.x, box.x + box.width) +
    bars +
    (gaps ? `<g data-basis="unbekannt">${gaps}</g>` : '') +
    labels +
    baseline(box) +
    legend(layout.legend, options.id) +
    footer(layout.text, layout.footerY)
  );
}

/** Returns the SVG of a waterfall. */
export function waterfallSvg(layout: WaterfallLayout, options: SvgOptions): string {
  const { box } = layout;
  const bars = layout.bars
    .map(
      (b) =>
        `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(Math.max(b.height, 1))}" fill="${b.color}" class="kc-seg" data-step="${esc(b.key)}"><title>${esc(b.title)}</title></rect>` +
        text(
          b.x + b.width / 2,
          b.labelY,
          b.valueLabel,
          `text-anchor="middle" font-size="12"${b.kind === 'total' ? ' font-weight="700"' : ''}`,
        ),
    )
    .join('');
  const connectors = layout.connectors
    .map(
      (c) =>
        `<line x1="${n(c.x1)}" x2="${n(c.x2)}" y1="${n(c.y)}" y2="${n(c.y)}" stroke="${light.muted}" stroke-dasharray="3 2" class="kc-grid"/>`,
    )
    .join('');
  const labels = layout.xLabels
    .map((l) =>
      l.lines
        .map((line, i) => text(l.x, box.y + box.height + 16 + i * 14, line, 'text-anchor="middle" font-size="11.5"'))
        .join(''),
    )
    .join('');
  return (
    open(layout.width, layout.height, layout.text, options) +
    yAxis(layout.yTicks, box.x, box.x + box.width) +
    connectors +
    bars +
    labels +
    baseline(box) +
    footer(layout.text, layout.footerY)
  );
}

/** Returns the SVG of a ranking. */
export function rankingSvg(layout: RankingLayout, options: SvgOptions): string {
  const grid = layout.panels
    .map(({ box, xTicks }) =>
      xTicks
        .map(
          (t) =>
            `<line x1="${n(t.pos)}" x2="${n(t.pos)}" y1="${n(box.y)}" y2="${n(box.y + box.height)}" stroke="${light.border}" class="kc-grid"/>` +
            text(t.pos, box.y - 6, t.label, 'text-anchor="middle" font-size="11"', 'kc-muted', light.muted),
        )
        .join(''),
    )
    .join('');
  const rows = layout.bars
    .map((b) => {
      const weight = b.highlight ? ' font-weight="700"' : '';
      return (
        text(b.labelX, b.y + b.height / 2 + 4, b.label, `text-anchor="end" font-size="12"${weight}`) +
        `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(Math.max(b.width, 0))}" height="${n(b.height)}" fill="${b.color}" class="kc-seg" data-key="${esc(b.key)}"><title>${esc(`${b.label}: ${b.valueLabel}`)}</title></rect>` +
        text(b.valueX, b.y + b.height / 2 + 4, b.valueLabel, `font-size="12"${weight}`)
      );
    })
    .join('');
  return open(layout.width, layout.height, layout.text, options) + grid + rows + footer(layout.text, layout.footerY);
}

/** Returns the SVG of grouped columns. */
export function barsSvg(layout: BarLayout, options: SvgOptions): string {
  const { box } = layout;
  const bars = layout.bars
    .map(
      (b) =>
        (b.basis ? `<g ${basisAttrs(b.basis)}>` : '') +
        `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${fillOf(b.color, b.pattern, options.id)}" class="kc-seg"><title>${esc(b.title)}</title></rect>` +
        text(b.x + b.width / 2, b.y - 5, b.valueLabel, 'text-anchor="middle" font-size="10.5"') +
        (b.basis ? '</g>' : ''),
    )
    .join('');
  const labels = layout.xLabels
    .map((l) => text(l.x, box.y + box.height + 16, l.label, 'text-anchor="middle" font-size="12"'))
    .join('');
  return (
    open(layout.width, layout.height, layout.text, options) +
    yAxis(layout.yTicks, box.x, box.x + box.width) +
    bars +
    labels +
    baseline(box) +
    legend(layout.legend, options.id) +
    footer(layout.text, layout.footerY)
  );
}
