/**
 * Press images ("posters") laid out for where they are posted: square and 4:5 feeds, stories and
 * link previews. Given a format, a theme and a body (map, bar chart or district card), returns
 * every text line, swatch and the body's box in canvas pixels – a design for that shape, not a
 * landscape chart shrunk into a square. Pure; poster-render.ts turns the layout into SVG for the
 * build (resvg) and the press builder in the browser alike.
 */
import { textWidth } from './text-metrics.ts';
import { fitLines, MIN_TEXT_PX, wrap } from './poster-text.ts';
import { layoutPosterBars, type PosterBars } from './poster-bars.ts';
import type { KreisStatus } from '../model/types.ts';
import type { ThemeName } from './theme.ts';
import { Column } from './poster-column.ts';

/** The image formats offered, in canvas pixels. */
export const posterFormats = {
  quadrat: { key: 'quadrat', label: 'Quadrat 1080 × 1080 (Instagram, Feed)', width: 1080, height: 1080 },
  hochformat: { key: 'hochformat', label: 'Hochformat 4:5, 1080 × 1350 (Feed)', width: 1080, height: 1350 },
  quer: { key: 'quer', label: 'Querformat 1200 × 630 (Link-Vorschau, X, LinkedIn)', width: 1200, height: 630 },
  story: { key: 'story', label: 'Story 1080 × 1920 (Instagram, WhatsApp)', width: 1080, height: 1920 },
} as const;

export type PosterFormatKey = keyof typeof posterFormats;
export type PosterFormat = (typeof posterFormats)[PosterFormatKey];

export { MIN_TEXT_PX } from './poster-text.ts';

/** The map drawn in a poster: district outlines in their own viewBox, status per district. */
export interface PosterMap {
  kind: 'map';
  /** viewBox of the outlines (layoutKreisMap). */
  width: number;
  height: number;
  districts: readonly { ags: string; d: string }[];
  border: string;
  statuses: Readonly<Record<string, KreisStatus>>;
  /** District drawn with a strong outline and named on the map. */
  highlight?: { ags: string; name: string; x: number; y: number };
}

export type PosterBody = PosterMap | PosterBars;

/** A legend swatch: a status (drawn with the map's colour and pattern) or the highlight outline. */
export type SwatchKind = KreisStatus | 'highlight';

/** Everything written on a poster. Plain text; the renderer escapes it. */
export interface PosterContent {
  title: string;
  /** E.g. "Stichtag: 10.10.2017". */
  dateLine: string;
  /** Big statements under the title (a card's gap and cost, a map's count). */
  facts: readonly string[];
  legend: readonly { swatch: SwatchKind; label: string }[];
  /** Lines explaining ¹ and ² (legendeFuer), when amounts carry them. */
  notes: readonly string[];
  /** "Quelle: …", "Lizenz: …", "Datenstand: …", "Karte: …": joined with " · " and wrapped. */
  credits: readonly string[];
  /** The site's address, e.g. "ki-atlas-nrw.de". */
  address: string;
  body: PosterBody;
  /** Accessible name of the image (<title>). */
  alt: string;
}

/** Text roles, each with a colour in the theme. */
export type TextRole = 'title' | 'text' | 'muted' | 'accent';

/** One line of text; `y` is the baseline. */
export interface PosterLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  role: TextRole;
  anchor: 'start' | 'end';
  /** Drawn on the map with a halo (the highlighted district's name). */
  halo?: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A positioned poster. */
export interface PosterLayout {
  format: PosterFormat;
  theme: ThemeName;
  width: number;
  height: number;
  lines: PosterLine[];
  swatches: (Rect & { kind: SwatchKind })[];
  /** Where the body is drawn. */
  body: Rect;
  /** Body marks in canvas pixels (bars) – maps are placed by the renderer inside `body`. */
  bars: PosterBarsMarks | null;
  content: PosterContent;
}

export type PosterBarsMarks = ReturnType<typeof layoutPosterBars>['marks'];

/** Preferred sizes on a 1080 px canvas; each attempt scales them down until the body gets its share. */
const preferred = { title: 64, date: 34, fact: 44, legend: 30, address: 32 };

/** Returns the poster layout: stacked (title, body, legend, credits) for square and portrait, two columns for landscape. */
export function layoutPoster(formatKey: PosterFormatKey, theme: ThemeName, content: PosterContent): PosterLayout {
  const factors = [1, 0.9, 0.8, 0.7, 0.6, 0.5];
  let last: PosterLayout | null = null;
  for (const k of factors) {
    const attempt = attemptLayout(formatKey, theme, content, k);
    last = attempt.layout;
    if (attempt.fits) return attempt.layout;
  }
  return last!;
}

function attemptLayout(
  formatKey: PosterFormatKey,
  theme: ThemeName,
  content: PosterContent,
  k: number,
): { layout: PosterLayout; fits: boolean } {
  const format = posterFormats[formatKey];
  const { width, height } = format;
  const u = width / 1080;
  const min = MIN_TEXT_PX;
  const size = (name: keyof typeof preferred) => Math.max(min, Math.round(preferred[name] * u * k));
  const landscape = width > height;
  const margin = Math.round((landscape ? 40 : formatKey === 'story' ? 96 : formatKey === 'quadrat' ? 52 : 64) * u);
  const fullWidth = width - 2 * margin;
  const gap = Math.round(24 * u);
  const columnWidth = landscape ? Math.round(fullWidth * 0.48) : fullWidth;

  // Foot (full width): legend (portrait), notes, credits, address; laid out once to learn its height.
  const addressSize = size('address');
  const footAt = (top: number) => {
    const foot = new Column(margin, fullWidth, top);
    if (!landscape) foot.legend(content.legend, size('legend'));
    for (const note of content.notes) foot.add(fitLines(note, fullWidth, [min], 2).lines, min, false, 'muted', 0.15);
    foot.add(wrap(content.credits.join(' · '), fullWidth, min, false, ' · '), min, false, 'muted', 0.1);
    return foot;
  };
  // Landscape: the address shares the last credits line when it fits there.
  const scratch = footAt(0);
  const lastLine = scratch.lines.at(-1);
  const shared =
    landscape &&
    lastLine !== undefined &&
    lastLine.x + textWidth(lastLine.text, lastLine.size) + gap + textWidth(content.address, addressSize, true) <=
      width - margin;
  const footHeight = scratch.y + (shared ? 0 : addressSize * 1.25);
  const foot = footAt(height - margin - footHeight);
  const address: PosterLine = {
    text: content.address,
    x: width - margin,
    y: shared ? (foot.lines.at(-1)?.y ?? height - margin) : height - margin - addressSize * 0.24,
    size: addressSize,
    bold: true,
    role: 'accent',
    anchor: 'end',
  };
  const footTop = foot.lines.length > 0 || foot.swatches.length > 0 ? foot.top() : address.y - addressSize;

  const head = new Column(margin, columnWidth, margin);
  const steps = (name: keyof typeof preferred) =>
    [1, 0.85, 0.7, 0.55]
      .map((f) => Math.max(min, Math.round(size(name) * f)))
      .filter((v, i, all) => all.indexOf(v) === i);
  const title = fitLines(content.title, columnWidth, steps('title'), 3, true);
  head.add(title.lines, title.size, true, 'title', 0.2);
  const date = fitLines(content.dateLine, columnWidth, [size('date')], 2);
  head.add(date.lines, date.size, false, 'muted', 0.5);
  for (const fact of content.facts) {
    const fitted = fitLines(fact, columnWidth, steps('fact'), 3, true);
    head.add(fitted.lines, fitted.size, true, 'accent', 0.3);
  }
  if (landscape) head.legend(content.legend, size('legend'));

  const body: Rect = landscape
    ? {
        x: margin + columnWidth + gap,
        y: margin,
        width: fullWidth - columnWidth - gap,
        height: Math.round(footTop - gap - margin),
      }
    : { x: margin, y: Math.round(head.y + gap), width: fullWidth, height: Math.round(footTop - gap - head.y - gap) };
  const share = landscape ? 0 : formatKey === 'quadrat' ? 0.4 : formatKey === 'story' ? 0.45 : 0.42;
  const fits = landscape ? head.y <= footTop - gap / 2 && body.height > height * 0.5 : body.height >= height * share;

  const bodyLines: PosterLine[] = [];
  let bars: PosterBarsMarks | null = null;
  if (content.body.kind === 'bars') {
    const laid = layoutPosterBars(content.body, body, min);
    bars = laid.marks;
    bodyLines.push(...laid.lines);
  } else if (content.body.highlight) {
    bodyLines.push(highlightLabel(content.body, body, size('legend')));
  }
  const layout: PosterLayout = {
    format,
    theme,
    width,
    height,
    lines: [...head.lines, ...foot.lines, address, ...bodyLines],
    swatches: [...head.swatches, ...foot.swatches],
    body,
    bars,
    content,
  };
  return { layout, fits };
}

/** Returns where the map sits inside the body box: scale and offset of its viewBox (centred, aspect kept). */
export function mapPlacement(
  map: Pick<PosterMap, 'width' | 'height'>,
  box: Rect,
): { scale: number; x: number; y: number } {
  const scale = Math.min(box.width / map.width, box.height / map.height);
  return {
    scale,
    x: box.x + (box.width - map.width * scale) / 2,
    y: box.y + (box.height - map.height * scale) / 2,
  };
}

/** Returns the highlighted district's name on the map: beside it on the side facing the outside, kept inside the body box. */
function highlightLabel(map: PosterMap, box: Rect, size: number): PosterLine {
  const place = mapPlacement(map, box);
  const h = map.highlight!;
  const w = textWidth(h.name, size, true);
  const cx = place.x + h.x * place.scale;
  const cy = place.y + h.y * place.scale;
  const west = h.x < map.width / 2;
  const offset = size * 1.6;
  const candidates = [
    { x: west ? cx - offset - w : cx + offset, y: cy + size * 0.35 },
    { x: cx - w / 2, y: cy - offset },
    { x: cx - w / 2, y: cy + offset + size * 0.7 },
  ];
  const inside = (c: { x: number; y: number }) =>
    c.x >= box.x &&
    c.x + w <= box.x + box.width &&
    c.y - size * 0.93 >= box.y &&
    c.y + size * 0.24 <= box.y + box.height;
  const chosen = candidates.find(inside) ?? candidates[1]!;
  const x = Math.min(Math.max(chosen.x, box.x), box.x + box.width - w);
  const y = Math.min(Math.max(chosen.y, box.y + size * 0.93), box.y + box.height - size * 0.24);
  return {
    text: h.name,
    x: Math.round(x),
    y: Math.round(y),
    size,
    bold: true,
    role: 'title',
    anchor: 'start',
    halo: true,
  };
}
