/**
 * Content-Security-Policy helpers: hashes for inline <style>/<script> text and a parser for the
 * policy string, used by layouts (to allow their own inline CSS) and by the security gates.
 */

/** Returns the CSP source expression for a text's SHA-256, e.g. "sha256-47DEQpj8…=" (no quotes). */
export async function cspHash(text: string): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}

/** Returns the policy as a map from directive name to its source list: "a b; c" → {a: ["b"], c: []}. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * Returns the sources that govern an element kind: `script-src-elem` if present, else `script-src`,
 * else `default-src` (the CSP fallback chain). `kind` is "script" or "style".
 */
export function elementSources(policy: Map<string, string[]>, kind: 'script' | 'style'): string[] {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
}

/** The optional tile layer of the interactive map, as src/site.config.ts states it. */
export interface TileConfig {
  enabled: boolean;
  url: string;
}

/**
 * Returns the CSP source a Leaflet tile URL template loads from, or null when tiles are off:
 * "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org" (Leaflet fills
 * {s} with a subdomain, so the host becomes a wildcard). Throws on a template that is not http(s).
 */
export function tileSource(tiles: TileConfig): string | null {
  if (!tiles.enabled || !tiles.url) return null;
  // Placeholders outside the host ({z}, {x}, {y}, {r}) do not matter for the origin.
  const url = new URL(tiles.url.replace(/\{s\}/g, 'subdomain-placeholder'));
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`site.config.ts: tiles.url „${tiles.url}“ muss mit https:// oder http:// beginnen.`);
  return `${url.protocol}//${url.host.replace('subdomain-placeholder', '*')}`;
}

/** Returns the img-src directive: own origin and data: URLs, plus the tile server when tiles are on. */
export function imgSrcDirective(tiles: TileConfig): `img-src ${string}` {
  const source = tileSource(tiles);
  return source ? `img-src 'self' data: ${source}` : "img-src 'self' data:";
}
