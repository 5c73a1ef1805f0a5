/**
 * Renders a phone layout (marks.ts) with the same root, patterns, colours and kc-* classes as
 * svg.ts, so dark mode, data-basis and the accessible name work exactly as in the wide charts.
 */
import { colors } from './theme.ts';
import { basisAttrs, fillOf, n, segClass, svgRoot, type SvgOptions } from './svg.ts';
import { escapeXml as esc } from './xml.ts';
import type { LineMark, MarkLayout, RectMark, TextMark } from './marks.ts';

const light = colors.light;

/** Class on the root of every phone layout (the page's CSS shows it instead of the wide chart on narrow screens). */
export const NARROW_CLASS = 'ki-chart--narrow';

function textSvg(t: TextMark): string {
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  const weight = t.bold ? ' font-weight="700"' : '';
  const basis = t.basis ? ` data-basis="${t.basis}"` : '';
  const [fill, cls] = t.tone === 'muted' ? [light.muted, 'kc-muted'] : [light.text, 'kc-text'];
  return `<text x="${n(t.x)}" y="${n(t.y)}" fill="${fill}" class="${cls}" font-size="${t.size}"${anchor}${weight}${basis}>${esc(t.text)}</text>`;
}

function rectSvg(r: RectMark, id: string): string {
  const data = Object.entries(r.data ?? {})
    .map(([key, value]) => ` data-${key}="${esc(value)}"`)
    .join('');
  const edge = r.swatch
    ? ` stroke="${light.border}" class="kc-edge"`
    : ` stroke="${light.background}" stroke-width="0.5" class="${segClass(r.color)}"`;
  const basis = r.basis ? ` ${basisAttrs(r.basis)}` : '';
  const title = r.title ? `<title>${esc(r.title)}</title></rect>` : '';
  return (
    `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${fillOf(r.color, r.pattern, id)}"` +
    `${edge}${data}${basis}${title ? `>${title}` : '/>'}`
  );
}

function lineSvg(l: LineMark): string {
  const [stroke, cls, dash] =
    l.tone === 'axis'
      ? [light.text, 'kc-axis', '']
      : l.tone === 'grid'
        ? [light.border, 'kc-grid', '']
        : [light.muted, 'kc-grid', ' stroke-dasharray="3 2"'];
  return `<line x1="${n(l.x1)}" x2="${n(l.x2)}" y1="${n(l.y1)}" y2="${n(l.y2)}" stroke="${stroke}" class="${cls}"${dash}/>`;
}

/** Returns the SVG of a phone layout: grid lines, then bars, then axis and connectors, then every text. */
export function marksSvg(layout: MarkLayout, options: SvgOptions): string {
  return (
    svgRoot(layout.width, layout.height, layout.title, options, NARROW_CLASS) +
    layout.lines
      .filter((l) => l.tone === 'grid')
      .map(lineSvg)
      .join('') +
    layout.rects.map((r) => rectSvg(r, options.id)).join('') +
    layout.lines
      .filter((l) => l.tone !== 'grid')
      .map(lineSvg)
      .join('') +
    layout.texts.map(textSvg).join('') +
    '</svg>'
  );
}
