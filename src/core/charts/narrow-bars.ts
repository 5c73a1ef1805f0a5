/**
 * Phone layouts of the waterfall, the ranking and the grouped bars: horizontal bars, each labelled
 * directly with its name and amount (the same value labels as the wide charts, markers included),
 * so they need no value axis and no legend.
 */
import { NARROW_LINE, NARROW_PAD, NARROW_TEXT, NARROW_WIDTH, narrowFooter, narrowHeader } from './narrow-frame.ts';
import { labelledRows, type LabelledRow } from './narrow-rows.ts';
import { waterfallSpans, waterfallValueLabel, type WaterfallInput } from './waterfall.ts';
import { rankingValueLabel, type RankingInput } from './ranking.ts';
import { barTexts, type BarInput } from './bar.ts';
import type { ChartText } from './axis.ts';
import type { MarkLayout, RectMark, TextMark } from './marks.ts';

function assemble(
  text: ChartText,
  width: number,
  body: (top: number) => { texts: TextMark[]; rects: RectMark[]; bottom: number },
): MarkLayout {
  const header = narrowHeader(text, [], width);
  const plot = body(header.bottom);
  const footer = narrowFooter(text, plot.bottom, width);
  return {
    width,
    height: footer.height,
    title: text.title,
    texts: [...header.texts, ...plot.texts, ...footer.texts],
    rects: [...header.rects, ...plot.rects],
    lines: [],
  };
}

/** Returns the phone waterfall: one row per step, the bar running from the sum before to the sum after. */
export function layoutWaterfallNarrow(
  input: Omit<WaterfallInput, 'width' | 'plotHeight'>,
  width = NARROW_WIDTH,
): MarkLayout {
  const spans = waterfallSpans(input.steps);
  const rows: LabelledRow[] = spans.map(({ step, from, to }) => {
    const amount = step.kind === 'total' ? to : step.value;
    return {
      label: step.label,
      value: waterfallValueLabel(step, amount, input.format),
      from,
      to,
      color: step.color,
      bold: step.kind === 'total',
      title: `${step.label}: ${input.format(amount)}`,
      data: { step: step.key },
    };
  });
  const max = Math.max(1, ...spans.map((s) => s.to));
  return assemble(input.text, width, (top) => labelledRows(rows, top, max, { barHeight: 14, gap: 10, width }));
}

/** Returns the phone ranking: name and amount on one line, the bar under them, highlighted rows bold. */
export function layoutRankingNarrow(input: Omit<RankingInput, 'width'>, width = NARROW_WIDTH): MarkLayout {
  const rows: LabelledRow[] = input.rows.map((row) => ({
    label: row.label,
    value: rankingValueLabel(input, row),
    from: 0,
    to: row.value ?? 0,
    color: row.color,
    bold: row.highlight ?? false,
    title: `${row.label}: ${rankingValueLabel(input, row)}`,
    data: { key: row.key },
  }));
  const max = Math.max(0, ...input.rows.map((r) => r.value ?? 0)) || 1;
  return assemble(input.text, width, (top) => labelledRows(rows, top, max, { barHeight: 8, gap: 6, width }));
}

/** Returns the phone grouped bars: per group a bold heading, then each bar with its series name and value label. */
export function layoutBarsNarrow(input: Omit<BarInput, 'width' | 'plotHeight'>, width = NARROW_WIDTH): MarkLayout {
  const max = Math.max(0, ...input.groups.flatMap((g) => g.bars.map((b) => b.value ?? 0))) || 1;
  return assemble(input.text, width, (top) => {
    const texts: TextMark[] = [];
    const rects: RectMark[] = [];
    let y = top;
    for (const group of input.groups) {
      texts.push({
        x: NARROW_PAD,
        y: y + NARROW_TEXT,
        text: group.label,
        size: NARROW_TEXT,
        anchor: 'start',
        bold: true,
        tone: 'text',
      });
      const rows: LabelledRow[] = group.bars.map((bar) => {
        const { valueLabel, title } = barTexts(input, group, bar);
        return {
          label: bar.label,
          value: valueLabel,
          from: 0,
          to: bar.value ?? 0,
          color: bar.color,
          pattern: bar.pattern ?? 'solid',
          title,
          ...(bar.basis ? { basis: bar.basis } : {}),
          data: { group: group.key, key: bar.key },
        };
      });
      const part = labelledRows(rows, y + NARROW_LINE + 2, max, { barHeight: 10, gap: 6, width });
      texts.push(...part.texts);
      rects.push(...part.rects);
      y = part.bottom + 8;
    }
    return { texts, rects, bottom: y };
  });
}
