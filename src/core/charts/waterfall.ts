/**
 * Waterfall: components added step by step to a total, with subtotal columns (e.g. "laut
 * Pressemitteilung") that start at zero. Pure layout with d3-scale.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { frameLayout, valueTicks, type Box, type ChartText, type Tick } from './axis.ts';
import { wrapText } from './text-metrics.ts';
import { BASIS_MARKER } from '../model/betrag.ts';

export interface WaterfallStep {
  key: string;
  label: string;
  /** For kind "add": the amount added; for "total": ignored (the running sum is drawn). */
  value: number;
  kind: 'add' | 'total';
  color: string;
}

export interface WaterfallInput {
  width: number;
  plotHeight: number;
  text: ChartText;
  steps: WaterfallStep[];
  format: (value: number) => string;
}

export interface WaterfallBar {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  kind: 'add' | 'total';
  value: number;
  /** Running total after this step. */
  total: number;
  valueLabel: string;
  labelY: number;
  title: string;
}

export interface WaterfallLayout {
  width: number;
  height: number;
  footerY: number;
  box: Box;
  text: ChartText;
  bars: WaterfallBar[];
  connectors: { x1: number; x2: number; y: number }[];
  yTicks: Tick[];
  xLabels: { x: number; lines: string[] }[];
}

/** Returns the positioned columns, connectors and labels of a waterfall. */
export function layoutWaterfall(input: WaterfallInput): WaterfallLayout {
  const { box, height, footerY } = frameLayout(input.width, input.plotHeight, input.text, {
    left: 78,
    right: 12,
    top: 24,
    bottom: 44,
  });
  let running = 0;
  const spans = input.steps.map((step) => {
    const from = step.kind === 'total' ? 0 : running;
    running = step.kind === 'total' ? running : running + step.value;
    return { step, from, to: running };
  });
  const top = Math.max(1, ...spans.map((s) => s.to));
  const x = scaleBand<string>()
    .domain(input.steps.map((s) => s.key))
    .range([box.x, box.x + box.width])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, top])
    .nice(5)
    .range([box.y + box.height, box.y]);
  const bars = spans.map(({ step, from, to }) => {
    const amount = step.kind === 'total' ? to : step.value;
    return {
      key: step.key,
      x: x(step.key) ?? 0,
      width: x.bandwidth(),
      y: y(Math.max(from, to)),
      height: Math.abs(y(from) - y(to)),
      color: step.color,
      kind: step.kind,
      value: amount,
      total: to,
      // Steps are the sources' amounts; totals are computed ("¹", Modellrechnung), in every export too.
      valueLabel: `${step.kind === 'add' ? '+ ' : '= '}${input.format(amount)}${step.kind === 'total' ? BASIS_MARKER.modell : ''}`,
      labelY: y(Math.max(from, to)) - 6,
      title: `${step.label}: ${input.format(amount)}`,
    };
  });
  const connectors = bars
    .slice(0, -1)
    .map((bar, i) => ({ x1: bar.x + bar.width, x2: bars[i + 1]?.x ?? bar.x, y: y(bar.total) }));
  return {
    width: input.width,
    height,
    footerY,
    box,
    text: input.text,
    bars,
    connectors,
    yTicks: valueTicks(y, 5, input.format),
    xLabels: input.steps.map((s) => ({
      x: (x(s.key) ?? 0) + x.bandwidth() / 2,
      lines: wrapLabel(s.label, Math.max(56, x.bandwidth())),
    })),
  };
}

/** Font size of the step labels under the columns (svg.ts draws them at this size). */
export const STEP_LABEL_SIZE = 11.5;

/** Returns a label broken at spaces into at most three lines no wider than `maxWidth` (the rest joins the third). */
export function wrapLabel(label: string, maxWidth: number): string[] {
  const lines = wrapText(label, maxWidth, STEP_LABEL_SIZE);
  return lines.length <= 3 ? lines : [...lines.slice(0, 2), lines.slice(2).join(' ')];
}
