/**
 * What the gates and the benchmark read from built pages: the URLs a page refers to, inline handlers,
 * meta tags, inline blocks and ids – all from the start tags that src/core/hosting/html.ts (parse5)
 * returns; plus the url() targets of style sheets and the imports of JS chunks.
 */

import type { HtmlTag } from '../../src/core/hosting/html.ts';

export { cspMeta, scanTags, type HtmlTag } from '../../src/core/hosting/html.ts';

/** A URL a page refers to: `link` (navigation: a, area) or `asset` (loaded with the page). */
export interface Reference {
  kind: 'link' | 'asset';
  url: string;
  tag: string;
  attr: string;
}

const assetAttrs: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  input: ['src'],
};
// <link rel=…> values that make the browser fetch something (canonical/alternate only name a URL).
const fetchingRels = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'mask-icon',
]);

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Returns every URL the tags refer to, classified as navigation link or loaded asset. */
export function references(tags: readonly HtmlTag[]): Reference[] {
  const found: Reference[] = [];
  for (const tag of tags) {
    if (tag.name === 'a' || tag.name === 'area') {
      const href = tag.attrs.get('href');
      if (href !== undefined) found.push({ kind: 'link', url: href, tag: tag.name, attr: 'href' });
    } else if (tag.name === 'link') {
      const href = tag.attrs.get('href');
      const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (href !== undefined) {
        found.push({
          kind: rels.some((rel) => fetchingRels.has(rel)) ? 'asset' : 'link',
          url: href,
          tag: 'link',
          attr: 'href',
        });
      }
    } else if (tag.name === 'form') {
      const action = tag.attrs.get('action');
      if (action !== undefined) found.push({ kind: 'link', url: action, tag: 'form', attr: 'action' });
    } else {
      for (const attr of assetAttrs[tag.name] ?? []) {
        const value = tag.attrs.get(attr);
        if (value === undefined) continue;
        const urls = attr === 'srcset' ? srcsetUrls(value) : [value];
        for (const url of urls) found.push({ kind: 'asset', url, tag: tag.name, attr });
      }
    }
  }
  return found;
}

/** Returns the url(…) targets in a style sheet (fonts, images), without data: URLs. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const url = m[1] ?? m[2] ?? m[3] ?? '';
    if (url && !url.startsWith('data:') && !url.startsWith('#')) urls.push(url);
  }
  return urls;
}

/** Returns the relative module specifiers a JS chunk imports ("./leaflet.abc.js"), static and dynamic. */
export function jsImports(js: string): string[] {
  const specifiers = new Set<string>();
  for (const m of js.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g))
    specifiers.add(m[1]!);
  return [...specifiers];
}

/** Returns attributes that are inline event handlers (onclick=, onerror=, …) as "tag@attr". */
export function inlineHandlers(tags: readonly HtmlTag[]): string[] {
  const found: string[] = [];
  for (const tag of tags) {
    for (const name of tag.attrs.keys()) if (/^on[a-z]+$/.test(name)) found.push(`${tag.name}@${name}`);
  }
  return found;
}

/** Returns the content of `<meta name="referrer">`, if any. */
export function referrerMeta(tags: readonly HtmlTag[]): string | undefined {
  return tags.find((t) => t.name === 'meta' && t.attrs.get('name')?.toLowerCase() === 'referrer')?.attrs.get('content');
}

const dataScriptTypes = new Set(['application/json', 'application/ld+json', 'importmap', 'speculationrules']);

/** Returns the inline <script> (executable) and <style> blocks with their text. */
export function inlineBlocks(tags: readonly HtmlTag[]): { kind: 'script' | 'style'; text: string }[] {
  const blocks: { kind: 'script' | 'style'; text: string }[] = [];
  for (const tag of tags) {
    if (tag.name === 'style') blocks.push({ kind: 'style', text: tag.text ?? '' });
    if (tag.name === 'script' && !tag.attrs.has('src')) {
      const type = (tag.attrs.get('type') ?? '').toLowerCase();
      // JSON data blocks are not executed, so CSP does not apply to them (importmap/speculationrules do count).
      if (type === 'application/json' || type === 'application/ld+json') continue;
      if (dataScriptTypes.has(type) || type === '' || type === 'module' || type.includes('javascript')) {
        blocks.push({ kind: 'script', text: tag.text ?? '' });
      }
    }
  }
  return blocks;
}

/** Returns every id="" value in the tags (targets for #fragment links). */
export function ids(tags: readonly HtmlTag[]): Set<string> {
  const found = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) found.add(id);
    // Old-style anchors still work as fragment targets.
    if (tag.name === 'a' && tag.attrs.get('name')) found.add(tag.attrs.get('name')!);
  }
  return found;
}
