/**
 * Resolves `quelle` references (ids from data/quellen.csv) to the sources themselves.
 */
import type { Quelle } from './types.ts';

export interface ResolvedQuelle {
  id: string;
  /** The source, or null when no row of quellen.csv has this id (validation reports that case). */
  quelle: Quelle | null;
}

/** Returns the sources behind `ids` in their first-mentioned order, each id once; blanks are skipped. */
export function resolveQuellen(ids: readonly string[], quellen: readonly Quelle[]): ResolvedQuelle[] {
  const byId = new Map(quellen.map((quelle) => [quelle.id, quelle]));
  const seen = new Set<string>();
  const resolved: ResolvedQuelle[] = [];
  for (const raw of ids) {
    const id = raw.trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    resolved.push({ id, quelle: byId.get(id) ?? null });
  }
  return resolved;
}

/** Returns every distinct source id the rows refer to, in first-mentioned order. */
export function collectQuelleIds(rows: readonly { quelle: readonly string[] }[]): string[] {
  return [...new Set(rows.flatMap((row) => row.quelle.map((id) => id.trim())).filter((id) => id !== ''))];
}

/**
 * Returns a source URL safe for an href: characters RFC 3986 does not allow (`[`, `]` in a query,
 * spaces, `|` …) percent-encoded, everything else (including existing %XX escapes) unchanged.
 */
export function hrefFor(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/g, (c) => encodeURIComponent(c));
}
