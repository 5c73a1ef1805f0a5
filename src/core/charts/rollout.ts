/**
 * The roll-out step chart: how many KIs existed on each day from the programme start (Förderrichtlinie
 * of 25.06.2012) to the end of 2018. Where a start date
 * is vague or unknown the count is a band from "nachweislich" (proven) to "höchstens" (possible).
 * Pure: returns positioned marks; rollout-drawing.ts sizes and words the two drawings, render/rollout.ts
 * turns them into SVG, the Stichtag client moves the marker.
 */
import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { GEMELDET_HINWEIS, gemeldetArtText, type GemeldeteZahl } from '../model/reported-counts.ts';
import { PROGRAMME_START, zentrumStatusAt, type ZentrumDates } from '../model/status.ts';
import { formatDate } from '../model/format.ts';
import { dayNumber } from '../views/stichtag.ts';
import type { IsoDate } from '../model/types.ts';

/** The chart's time range: from the programme start (PROGRAMME_START) to the end of 2018, the year the last KI opened. */
export const ROLLOUT_RANGE: { from: IsoDate; to: IsoDate } = { from: PROGRAMME_START, to: '2018-12-31' };

/** Returns the chart's years as text: "2012–2018" (or "2012 bis 2018" with that separator). */
export function rolloutYearsLabel(separator = '–', range: { from: IsoDate; to: IsoDate } = ROLLOUT_RANGE): string {
  return `${range.from.slice(0, 4)}${separator}${range.to.slice(0, 4)}`;
}

/** The count of KIs on one day: proven (`ki`) and possible (`ki` or `unbekannt`). */
export interface RolloutPoint {
  date: IsoDate;
  proven: number;
  possible: number;
}

/** Returns the KI counts on `from` and on every day in [from, to] where one of them changes. */
export function rolloutSeries(zentren: readonly ZentrumDates[], from: IsoDate, to: IsoDate): RolloutPoint[] {
  const changes = new Set<IsoDate>([from]);
  for (const z of zentren) {
    // The proven count rises the day a start or spaetestens is fully past; the possible count
    // rises on the first day a start allows (or on the programme start for unknown starts, via `from`).
    for (const date of [z.start?.latest, z.spaetestens?.latest, z.start?.earliest]) {
      if (date !== undefined && date > from && date <= to) changes.add(date);
    }
  }
  return [...changes].sort().map((date) => {
    const statuses = zentren.map((z) => zentrumStatusAt(z, date));
    return {
      date,
      proven: statuses.filter((s) => s === 'ki').length,
      possible: statuses.filter((s) => s !== 'ohne-ki').length,
    };
  });
}

/** Returns the point in force on a date (the last change on or before it), or null before the series. */
export function pointAt(series: readonly RolloutPoint[], date: IsoDate): RolloutPoint | null {
  let found: RolloutPoint | null = null;
  for (const point of series) {
    if (point.date > date) break;
    found = point;
  }
  return found;
}

/** A tick of the roll-out chart: its value as text (an ISO date on the time axis, a count on the other), label and position. */
export interface RolloutTick {
  value: string;
  label: string;
  position: number;
}

/** Everything RolloutChart draws, in viewBox units. */
export interface RolloutLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The band between proven and possible counts. */
  band: string;
  /** Step lines of the proven and the possible count. */
  proven: string;
  possible: string;
  xTicks: RolloutTick[];
  yTicks: RolloutTick[];
  /** Day numbers at the plot's left and right edge (for placing the Stichtag marker). */
  firstDay: number;
  lastDay: number;
  /** The count at the top of the y axis (after rounding to nice ticks). */
  yTop: number;
}

export interface RolloutOptions {
  width?: number;
  height?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Upper end of the y axis (default: the number of KIs). */
  yMax?: number;
}

/** Returns the chart marks for the series between `from` and `to`. */
export function layoutRollout(
  series: readonly RolloutPoint[],
  from: IsoDate,
  to: IsoDate,
  options: RolloutOptions = {},
): RolloutLayout {
  const { width = 640, height = 300, margin = { top: 16, right: 16, bottom: 32, left: 40 } } = options;
  const yMax = options.yMax ?? Math.max(1, ...series.map((p) => p.possible));
  const [firstDay, lastDay] = [dayNumber(from), dayNumber(to)];
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  const x = scaleLinear().domain([firstDay, lastDay]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, yMax]).range([plot.bottom, plot.top]).nice();

  // A final point at `to` carries the last step to the right edge.
  const last = series[series.length - 1];
  const points = last && last.date < to ? [...series, { ...last, date: to }] : [...series];
  const round = (n: number) => Math.round(n * 10) / 10;
  const px = (p: RolloutPoint) => round(x(dayNumber(p.date)));
  const band = area<RolloutPoint>()
    .x(px)
    .y0((p) => round(y(p.proven)))
    .y1((p) => round(y(p.possible)))
    .curve(curveStepAfter);
  const stepLine = (value: (p: RolloutPoint) => number) =>
    line<RolloutPoint>()
      .x(px)
      .y((p) => round(y(value(p))))
      .curve(curveStepAfter);

  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const xTicks: RolloutTick[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const value = `${year}-01-01`;
    if (value < from) continue;
    xTicks.push({ value, label: String(year), position: round(x(dayNumber(value))) });
  }
  const yTicks = y.ticks(5).map((v) => ({ value: String(v), label: String(v), position: round(y(v)) }));

  return {
    width,
    height,
    plot,
    band: band(points) ?? '',
    proven: stepLine((p) => p.proven)(points) ?? '',
    possible: stepLine((p) => p.possible)(points) ?? '',
    xTicks,
    yTicks,
    firstDay,
    lastDay,
    yTop: y.domain()[1] ?? yMax,
  };
}

/** A count a source reports, as the chart needs it. */
export interface ReportedPoint {
  date: IsoDate;
  count: number;
}

/** One reported count drawn as a point. */
export interface ReportedMark extends ReportedPoint {
  x: number;
  y: number;
}

/** The label over one point or over a few close ones ("51/52"). */
export interface ReportedLabel {
  text: string;
  x: number;
  y: number;
}

/**
 * Returns the marks of reported counts inside the chart's time range and their labels: points within
 * `minGap` of the first point of a group, across and up, share one label ("51/52") over the highest one.
 */
export function layoutReported(
  layout: Pick<RolloutLayout, 'plot' | 'firstDay' | 'lastDay' | 'yTop'>,
  points: readonly ReportedPoint[],
  minGap = 16,
): { marks: ReportedMark[]; labels: ReportedLabel[] } {
  const round = (n: number) => Math.round(n * 10) / 10;
  const { plot, firstDay, lastDay, yTop } = layout;
  const marks = points
    .filter((p) => dayNumber(p.date) >= firstDay && dayNumber(p.date) <= lastDay)
    .map((p) => ({
      ...p,
      x: round(plot.left + ((dayNumber(p.date) - firstDay) / (lastDay - firstDay)) * (plot.right - plot.left)),
      y: round(plot.bottom - (p.count / yTop) * (plot.bottom - plot.top)),
    }));
  // Points close in both directions share a label; close in time but far apart in height they do not collide.
  const groups: ReportedMark[][] = [];
  for (const mark of marks) {
    const group = groups[groups.length - 1];
    if (group && mark.x - group[0]!.x < minGap && Math.abs(mark.y - group[0]!.y) < minGap) group.push(mark);
    else groups.push([mark]);
  }
  const labels = groups.map((group) => ({
    text: group.map((m) => m.count).join('/'),
    x: round(group.reduce((sum, m) => sum + m.x, 0) / group.length),
    y: round(Math.min(...group.map((m) => m.y)) - 7),
  }));
  return { marks, labels };
}

/** Returns the x position of a Stichtag in the chart, clamped to the plot (dates after `to` sit at the right edge). */
export function stichtagX(layout: Pick<RolloutLayout, 'plot' | 'firstDay' | 'lastDay'>, date: IsoDate): number {
  const day = Math.min(Math.max(dayNumber(date), layout.firstDay), layout.lastDay);
  const share = (day - layout.firstDay) / (layout.lastDay - layout.firstDay);
  return Math.round((layout.plot.left + share * (layout.plot.right - layout.plot.left)) * 10) / 10;
}

/** Returns the counts at the end of each year, for the table under the chart. */
export function yearEndCounts(series: readonly RolloutPoint[], fromYear: number, toYear: number): RolloutPoint[] {
  const rows: RolloutPoint[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const date = `${year}-12-31`;
    const point = pointAt(series, date);
    rows.push({ date, proven: point?.proven ?? 0, possible: point?.possible ?? 0 });
  }
  return rows;
}

/**
 * Returns the chart's description from its year-end rows: "Treppenkurve der Zahl der KI. Ende 2012
 * nachweislich 11, höchstens 23; Ende 2013 nachweislich 34, höchstens 44; Ende 2018 54. …"; the
 * first two year ends and the last one (one count once proven and possible agree); with reported
 * counts drawn, also why they differ from the band.
 */
export function rolloutDescription(years: readonly RolloutPoint[], reported = 0): string {
  const end = (p: RolloutPoint) =>
    `Ende ${p.date.slice(0, 4)} ${p.proven === p.possible ? p.proven : `nachweislich ${p.proven}, höchstens ${p.possible}`}`;
  const shown = years.length > 3 ? [years[0]!, years[1]!, years[years.length - 1]!] : years;
  const text = `Treppenkurve der Zahl der KI. ${shown.map(end).join('; ')}. Wo Startdaten fehlen, liegt die wahre Zahl im Band dazwischen.`;
  return reported > 0 ? `${text} ${GEMELDET_HINWEIS}` : text;
}

/** Returns the marker text for the Stichtag: "10.10.2017: 53 KI" or, while unknown, "01.07.2013: 12–40 KI". */
export function markerLabel(date: IsoDate, proven: number, possible: number): string {
  const count = proven === possible ? `${proven}` : `${proven}–${possible}`;
  return `${formatDate(date)}: ${count} KI`;
}

/** Returns which side of the marker line its text goes: left of the line in the right half of the plot. */
export function markerAnchor(layout: Pick<RolloutLayout, 'plot'>, x: number): 'start' | 'end' {
  return x > (layout.plot.left + layout.plot.right) / 2 ? 'end' : 'start';
}

/** One row of the reported-counts table: the count, what it counts, the model on that day and the sources. */
export interface ReportedRow {
  datum: IsoDate;
  anzahl: number;
  was: string;
  /** The modelled count on that day: "30–44" or "53". */
  modell: string;
  quelle: string[];
}

/** Returns the table rows for reported counts next to the modelled count (proven–possible) on the same day. */
export function reportedRows(zahlen: readonly GemeldeteZahl[], series: readonly RolloutPoint[]): ReportedRow[] {
  return zahlen.map((z) => {
    const point = pointAt(series, z.datum);
    const [proven, possible] = [point?.proven ?? 0, point?.possible ?? 0];
    return {
      datum: z.datum,
      anzahl: z.anzahl,
      was: gemeldetArtText(z.art),
      modell: proven === possible ? String(proven) : `${proven}–${possible}`,
      quelle: z.quelle,
    };
  });
}
