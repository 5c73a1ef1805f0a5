/**
 * Phone layout of a stacked chart: one horizontal stacked bar per year, the year left, its total
 * (with basis marker, a range where the start month or the reading is open) right after the bar,
 * the legend above. No value axis: every bar carries its amount.
 */
import { textWidth } from './text-metrics.ts';
import { NARROW_PAD, NARROW_TEXT, NARROW_WIDTH, narrowFooter, narrowHeader } from './narrow-frame.ts';
import {
  categoryBasis,
  stackedLegendItems,
  stackSegments,
  type StackedCategory,
  type StackedInput,
} from './stacked.ts';
import { betrag, formatBetrag, type Basis, type BetragText } from '../model/betrag.ts';
import type { MarkLayout, RectMark, TextMark } from './marks.ts';

const ROW = 24;
const BAR = 14;
/** From one million euros on, totals are spelled in millions ("18,8 Mio. €"). */
const MIO_FROM_CENT = 100_000_000;

/** Returns a category's drawn total as an amount with its basis: the stack (plus its range) or the two readings. */
export function categoryTotal(
  input: Pick<StackedInput, 'series'>,
  c: StackedCategory,
  stil: 'mio' | 'euro',
): BetragText {
  const basis: Basis = categoryBasis(c);
  if (c.unknown || basis === 'unbekannt') return formatBetrag({ basis: 'unbekannt' }, stil);
  if (c.lesarten) return formatBetrag(betrag(basis, c.lesarten.von, c.lesarten.bis), stil);
  const sum = input.series.reduce((total, s) => total + (c.values[s.key] ?? 0), 0);
  return formatBetrag(betrag(basis, sum, sum + (c.range ?? 0)), stil);
}

/** Returns the phone layout of a stacked chart as marks, `width` units wide. */
export function layoutStackedNarrow(
  input: Omit<StackedInput, 'width' | 'plotHeight'>,
  width = NARROW_WIDTH,
): MarkLayout {
  const header = narrowHeader(input.text, stackedLegendItems(input), width);
  const { segments } = stackSegments(input);
  const high = (key: string) => Math.max(0, ...segments.filter((s) => s.categoryKey === key).map((s) => s.to));
  const stil = Math.max(0, ...input.categories.map((c) => high(c.key))) >= MIO_FROM_CENT ? 'mio' : 'euro';
  const rows = input.categories.map((c) => ({ c, total: categoryTotal(input, c, stil), high: high(c.key) }));
  const labelWidth = Math.max(...rows.map((r) => textWidth(r.c.label, NARROW_TEXT)));
  const x0 = NARROW_PAD + labelWidth + 8;
  // One scale for all rows, as wide as the longest bar plus its label allows.
  const k = Math.min(
    ...rows
      .filter((r) => r.high > 0)
      .map((r) => (width - NARROW_PAD - x0 - 6 - textWidth(r.total.text, NARROW_TEXT)) / r.high),
  );
  const top = header.bottom;
  const rowTop = (key: string) => top + input.categories.findIndex((c) => c.key === key) * ROW;
  const rects: RectMark[] = [
    ...header.rects,
    ...segments.map((s) => ({
      x: x0 + s.from * k,
      y: rowTop(s.categoryKey) + (ROW - BAR) / 2,
      // Two readings that coincide still show as a line.
      width: Math.max((s.to - s.from) * k, 1),
      height: BAR,
      color: s.color,
      pattern: s.pattern,
      basis: s.basis,
      title: s.title,
      data: { series: s.seriesKey, category: s.categoryKey },
    })),
  ];
  const texts: TextMark[] = [...header.texts];
  rows.forEach(({ c, total, high: end }, i) => {
    const baseline = top + i * ROW + ROW / 2 + 4.5;
    texts.push({ x: NARROW_PAD, y: baseline, text: c.label, size: NARROW_TEXT, anchor: 'start', tone: 'text' });
    texts.push({
      x: x0 + end * (Number.isFinite(k) ? k : 0) + 6,
      y: baseline,
      text: total.text,
      size: NARROW_TEXT,
      anchor: 'start',
      tone: total.basis === 'unbekannt' ? 'muted' : 'text',
      basis: total.basis,
    });
  });
  const bottom = top + rows.length * ROW;
  const footer = narrowFooter(input.text, bottom + 6, width);
  return {
    width,
    height: footer.height,
    title: input.text.title,
    texts: [...texts, ...footer.texts],
    rects,
    lines: [{ x1: x0, x2: x0, y1: top, y2: bottom, tone: 'axis' }],
  };
}
