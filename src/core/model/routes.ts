/**
 * Site-relative paths of generated pages (public contract, DESIGN §4). Callers prefix the
 * deploy base (import.meta.env.BASE_URL), so sub-path deploys keep working.
 */
import type { Kreis } from './types.ts';

/** Returns the path of a district page relative to the site base: "kreis/05154-kreis-kleve/". */
export function kreisPath(kreis: Pick<Kreis, 'ags' | 'slug'>): string {
  return `kreis/${kreis.ags}-${kreis.slug}/`;
}
