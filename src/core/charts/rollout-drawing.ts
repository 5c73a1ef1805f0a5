/**
 * The roll-out chart's two drawings: a wide one and a narrow one whose text stays legible on
 * phones (sizes, headings, subtitle and footer lines, the Stichtag marker and reported counts),
 * as one model that render/rollout.ts turns into SVG for the page and any export.
 */
import { wrapText } from './text-metrics.ts';
import { formatDate } from '../model/format.ts';
import type { ZentrumDates } from '../model/status.ts';
import type { IsoDate } from '../model/types.ts';
import {
  layoutReported,
  layoutRollout,
  markerAnchor,
  markerLabel,
  rolloutSeries,
  rolloutYearsLabel,
  ROLLOUT_RANGE,
  stichtagX,
  type ReportedLabel,
  type ReportedMark,
  type ReportedPoint,
  type RolloutLayout,
} from './rollout.ts';

/** The texts of one drawing of the chart: subtitle and footer lines (Stand, source, licence, notes). */
export interface RolloutTexts {
  subtitle: string;
  footer: string[];
}

/**
 * Returns the subtitle and footer lines of the wide or the narrow drawing; with reported counts the
 * subtitle names the diamonds, the source adds chronik.csv and a line says why they differ from the band.
 */
export function rolloutTexts(
  key: 'breit' | 'schmal',
  meta: { stand: IsoDate; title: string; licence: string; reported: number },
): RolloutTexts {
  const withReported = meta.reported > 0;
  const files = withReported ? 'zentren.csv, chronik.csv' : 'zentren.csv';
  if (key === 'breit') {
    return {
      subtitle: `Anzahl KI: nachweislich (Linie), möglich (graues Band)${withReported ? ', gemeldet (◆)' : ''}`,
      footer: [
        `Stand: ${formatDate(meta.stand)} · Quelle: ${meta.title}, ${files} · Lizenz: ${meta.licence}`,
        'Start nur als Jahr/Monat belegt: nachweislich erst ab dessen letztem Tag.',
        ...(withReported ? ['◆ gemeldete Zahl: zählt oft Bewilligungen; Linie und Band nur belegte Starts.'] : []),
      ],
    };
  }
  return {
    subtitle: withReported
      ? 'nachweislich (Linie), möglich (Band), ◆ gemeldet'
      : 'Anzahl: nachweislich (Linie), möglich (Band)',
    footer: [
      `Stand: ${formatDate(meta.stand)} · Quelle: ${meta.title}, ${files}`,
      `Lizenz: ${meta.licence}`,
      'Start nur als Jahr/Monat belegt: zählt ab letztem Tag.',
      ...(withReported ? ['◆ gemeldet: zählt oft Bewilligungen,', 'Linie und Band nur belegte Starts.'] : []),
    ],
  };
}

/** The size presets of the two drawings: viewBox, margins and font sizes in SVG units. */
export const ROLLOUT_SIZES = [
  {
    key: 'breit',
    width: 640,
    height: 380,
    margin: { top: 64, right: 20, bottom: 80, left: 44 },
    // ≥ 12 CSS px when drawn 560 px wide or more (RolloutChart.astro switches below): 14 × 560 / 640 = 12.25.
    title: 17,
    text: 14,
    small: 14,
  },
  {
    key: 'schmal',
    width: 360,
    height: 370,
    margin: { top: 70, right: 12, bottom: 104, left: 30 },
    // ≥ 12 CSS px when drawn 336 px wide (a 360 px phone): 13 × 336 / 360 = 12.1.
    title: 15,
    text: 13,
    small: 13,
  },
] as const;

/** One drawing of the roll-out chart, positioned and worded. */
export interface RolloutDrawing extends RolloutTexts {
  key: 'breit' | 'schmal';
  width: number;
  height: number;
  /** Font sizes: title, body text, small print. */
  title: number;
  text: number;
  small: number;
  heading: string;
  layout: RolloutLayout;
  /** x of the Stichtag marker, its text side and text. */
  markerX: number;
  anchor: 'start' | 'end';
  markerText: string;
  marks: ReportedMark[];
  labels: ReportedLabel[];
}

/**
 * Returns the wide and the narrow drawing of the roll-out for a Stichtag. The y axis gets headroom
 * above the last step so the labels of reported counts stay clear of the Stichtag label.
 */
export function rolloutDrawings(input: {
  zentren: readonly ZentrumDates[];
  reported: readonly ReportedPoint[];
  stichtag: IsoDate;
  stand: IsoDate;
  title: string;
  licence: string;
}): RolloutDrawing[] {
  const { from, to } = ROLLOUT_RANGE;
  const span = rolloutYearsLabel();
  const series = rolloutSeries(input.zentren, from, to);
  const [now] = rolloutSeries(input.zentren, input.stichtag, input.stichtag);
  const meta = { stand: input.stand, title: input.title, licence: input.licence, reported: input.reported.length };
  const headings = { breit: `Kommunale Integrationszentren in NRW, ${span}`, schmal: `KI in NRW, ${span}` };
  return ROLLOUT_SIZES.map((preset) => {
    // Footer lines wrapped to the drawing's width at the small size; the bottom margin grows with them.
    const texts = rolloutTexts(preset.key, meta);
    const footer = texts.footer.flatMap((line) => wrapText(line, preset.width - 4, preset.small));
    const extra = Math.max(0, footer.length - texts.footer.length) * (preset.small + 4);
    const size = {
      ...preset,
      height: preset.height + extra,
      margin: { ...preset.margin, bottom: preset.margin.bottom + extra },
    };
    const layout = layoutRollout(series, from, to, { ...size, yMax: input.zentren.length + 6 });
    const markerX = stichtagX(layout, input.stichtag);
    return {
      key: size.key,
      width: size.width,
      height: size.height,
      title: size.title,
      text: size.text,
      small: size.small,
      heading: headings[size.key],
      ...texts,
      footer,
      layout,
      markerX,
      anchor: markerAnchor(layout, markerX),
      markerText: markerLabel(input.stichtag, now?.proven ?? 0, now?.possible ?? 0),
      // Labels of reported counts closer than about two characters share one label ("50/51/52").
      ...layoutReported(layout, input.reported, Math.max(16, size.small * 2.2)),
    };
  });
}
