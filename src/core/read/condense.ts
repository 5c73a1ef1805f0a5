/**
 * Makes a long problem list readable: errors first, then hints; many hints of one kind in one
 * file collapsed into one line with a count and the lines they occur on; and at most
 * `perKind` lines of one kind per file, the rest summed up in one
 * "… und 9.812 weitere Probleme dieser Art in data/zentren.csv." line.
 * Counts survive: each collapsed or summing line carries how many problems it stands for.
 */
import { formatNumber } from '../model/format.ts';
import type { Problem } from './problems.ts';

/** Lines of one kind per file shown before the rest is summed up. */
export const perKind = 20;
/** Hints of one kind per file shown one by one; more are collapsed into one line. */
export const collapseAbove = 3;

/** Returns line numbers as short ranges: [2,3,4,9] → "2–4, 9"; after `max` ranges "…". */
export function lineRanges(lines: readonly number[], max = 5): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j;
  }
  return ranges.length > max ? `${ranges.slice(0, max).join(', ')}, …` : ranges.join(', ');
}

/** Returns the one line that stands for many hints of a kind. */
function collapsedMessage(kind: string, group: readonly Problem[]): string {
  const lines = group.map((p) => p.line);
  const rows = `${formatNumber(new Set(lines).size, 0)} Zeilen (${lineRanges(lines)})`;
  if (kind === 'ags-ohne-null') {
    return (
      `AGS ohne führende Null in ${rows} – automatisch ergänzt, z. B. ${group[0]!.message.replace(/^AGS („[^“]*“).*(„[^“]*“).*$/, '$1 → $2')}. ` +
      '„npm run data:format“ schreibt die Datei mit fünfstelligen AGS zurück.'
    );
  }
  return `${group[0]!.message} (gleicher Hinweis in ${rows})`;
}

function groupKey(p: Problem): string {
  return `${p.file}\u0000${p.severity}\u0000${p.kind ?? `spalte-${p.column}`}`;
}

/** Returns the problems in reading order (sorted input), errors first, hints collapsed, every kind capped. */
export function condenseProblems(sorted: readonly Problem[]): Problem[] {
  const out: Problem[] = [];
  for (const severity of ['error', 'hint'] as const) {
    const groups = new Map<string, { p: Problem; rank: number }[]>();
    sorted.forEach((p, rank) => {
      if (p.severity !== severity) return;
      const key = groupKey(p);
      const group = groups.get(key);
      if (group) group.push({ p, rank });
      else groups.set(key, [{ p, rank }]);
    });
    const shown: { p: Problem; rank: number }[] = [];
    for (const group of groups.values()) {
      const first = group[0]!;
      if (severity === 'hint' && first.p.kind !== undefined && group.length > collapseAbove) {
        const all = group.map((g) => g.p);
        shown.push({
          p: { ...first.p, message: collapsedMessage(first.p.kind, all), count: all.length },
          rank: first.rank,
        });
        continue;
      }
      for (const g of group.slice(0, perKind)) shown.push(g);
      if (group.length > perKind) {
        const rest = group.length - perKind;
        const last = group[perKind - 1]!;
        const message = `… und ${formatNumber(rest, 0)} weitere ${rest === 1 ? 'Problem' : 'Probleme'} dieser Art in ${first.p.file}.`;
        // Right after the last line shown of its kind.
        shown.push({ p: { ...last.p, message, count: rest, more: true }, rank: last.rank + 0.5 });
      }
    }
    for (const { p } of shown.sort((a, b) => a.rank - b.rank)) out.push(p);
  }
  return out;
}
