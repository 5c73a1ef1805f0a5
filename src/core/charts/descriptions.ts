/**
 * Accessible descriptions of the charts, generated from the same data the charts draw: for
 * screen readers (<desc>, figcaption) and as plain sentences for press copy.
 */
import { formatList } from '../model/format.ts';
import { sum } from '../foerderung/land.ts';
import { categoryBasis, type StackedCategory, type StackedSeries } from './stacked.ts';
import { BASIS_LABEL } from '../model/betrag.ts';
import type { WaterfallStep } from './waterfall.ts';
import type { RankingRow } from './ranking.ts';
import type { BarGroup } from './bar.ts';

type Format = (value: number) => string;

/** Returns a description of stacked columns: span, highest and lowest total, ranges and gaps. */
export function describeStacked(
  title: string,
  series: readonly StackedSeries[],
  categories: readonly StackedCategory[],
  format: Format,
): string {
  const known = categories.filter((c) => !c.unknown);
  // Years with two readings have no single total: they are described with their range below.
  const totals = known
    .filter((c) => !c.lesarten)
    .map((c) => ({ c, total: sum(series.map((s) => c.values[s.key] ?? 0)) }));
  const first = categories[0]?.label ?? '';
  const last = categories[categories.length - 1]?.label ?? '';
  const parts = [
    `Gestapeltes Säulendiagramm „${title}“ für ${categories.length} Jahre von ${first} bis ${last}, Teile: ${formatList(series.map((s) => s.label))}.`,
  ];
  const basisText = (c: StackedCategory) => {
    const basis = categoryBasis(c);
    return basis === 'modell' ? 'Modellrechnung' : BASIS_LABEL[basis];
  };
  const highest = [...totals].sort((a, b) => b.total - a.total)[0];
  const lowest = [...totals].sort((a, b) => a.total - b.total)[0];
  if (highest && lowest)
    parts.push(
      `Höchster Wert ${highest.c.label}: ${format(highest.total)} (${basisText(highest.c)}); niedrigster ${lowest.c.label}: ${format(lowest.total)} (${basisText(lowest.c)}).`,
    );
  const ranged = known.filter((c) => (c.range ?? 0) > 0);
  if (ranged.length > 0) {
    parts.push(
      `Spanne wegen unbekannter Startdaten in ${formatList(ranged.map((c) => `${c.label} (bis zu ${format(c.range ?? 0)} mehr)`))}.`,
    );
  }
  const marked = known.filter((c) => categoryBasis(c) === 'fortgeschrieben');
  if (marked.length > 0)
    parts.push(
      `Fortgeschrieben (Annahme: für diese Jahre ist kein Förderbetrag je KI belegt): ${formatList(marked.map((c) => c.label))}.`,
    );
  const lesarten = known.filter((c) => c.lesarten);
  if (lesarten.length > 0)
    parts.push(
      `Zwei Lesarten in ${formatList(lesarten.map((c) => `${c.label} (${format(c.lesarten?.von ?? 0)} bis ${format(c.lesarten?.bis ?? 0)})`))}.`,
    );
  const gaps = categories.filter((c) => c.unknown);
  if (gaps.length > 0) parts.push(`Unbekannt: ${formatList(gaps.map((c) => c.label))}.`);
  return parts.join(' ');
}

/** Returns a description of a waterfall as a sum written out: "270.000 € … plus … ergibt …". */
export function describeWaterfall(title: string, steps: readonly WaterfallStep[], format: Format): string {
  const sentences: string[] = [];
  let pending: string[] = [];
  let running = 0;
  for (const step of steps) {
    if (step.kind === 'add') {
      running += step.value;
      pending.push(`${step.label} ${format(step.value)}`);
      continue;
    }
    sentences.push(`${pending.join(' plus ')} ergibt ${step.label} ${format(running)}.`);
    pending = [];
  }
  if (pending.length > 0) sentences.push(`${pending.join(' plus ')}.`);
  return `Wasserfalldiagramm „${title}“: ${sentences.join(' Dazu ')}`;
}

/** Returns a description of a ranking: count, top three, bottom, and highlighted rows with their rank. */
export function describeRanking(title: string, rows: readonly RankingRow[], format: Format): string {
  const valued = rows.filter((r) => r.value !== null);
  const top = valued.slice(0, 3).map((r) => `${r.label} (${format(r.value ?? 0)})`);
  const bottom = valued[valued.length - 1];
  const parts = [`Rangfolge „${title}“ mit ${rows.length} Einträgen. Am höchsten: ${formatList(top)}.`];
  if (bottom) parts.push(`Am niedrigsten: ${bottom.label} (${format(bottom.value ?? 0)}).`);
  for (const row of rows.filter((r) => r.highlight)) {
    parts.push(
      `${row.label}: Platz ${valued.indexOf(row) + 1} von ${valued.length}${row.value === null ? ', keine Angabe' : ` mit ${format(row.value)}`}.`,
    );
  }
  const missing = rows.filter((r) => r.value === null);
  if (missing.length > 0) parts.push(`Ohne Angabe: ${formatList(missing.map((r) => r.label))}.`);
  return parts.join(' ');
}

/** Returns a description of grouped columns, group by group. */
export function describeBars(title: string, groups: readonly BarGroup[], format: Format): string {
  const lines = groups.map(
    (g) =>
      `${g.label}: ${g.bars.map((b) => `${b.label} ${b.value === null ? 'keine Angabe' : format(b.value)}`).join(', ')}.`,
  );
  return `Säulendiagramm „${title}“. ${lines.join(' ')}`;
}
