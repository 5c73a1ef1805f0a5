/**
 * "Meinten Sie …?" for mistyped ids, fixed-list values and column names: the closest known
 * value by edit distance, when it is close enough to be the one meant.
 */

/**
 * Returns the edit distance between two strings: insert, delete, substitute and swapping two
 * neighbours each cost 1 (a swapped pair of digits is one typo). Capped at limit + 1.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/**
 * Returns the known value closest to what was written (ignoring case), or null when none is
 * close: at most 1 edit for short words, up to a third of the length for long ids (max 4).
 */
export function closest(written: string, known: Iterable<string>): string | null {
  const value = written.toLowerCase();
  const limit = Math.min(4, Math.max(1, Math.floor(value.length / 3)));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = editDistance(value, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Returns " Meinten Sie „x“?" for the closest known value, or "" when none is close. */
export function didYouMean(written: string, known: Iterable<string>): string {
  const match = closest(written, known);
  return match === null ? '' : ` Meinten Sie „${match}“?`;
}
