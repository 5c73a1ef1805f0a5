/**
 * Link checking over a built site held in memory: every internal link, asset, CSS url() and JS
 * import must point at a file of the build (and an existing id for #fragments), under the base path.
 */
import { cssUrls, ids, jsImports, references, scanTags, type HtmlTag } from './html.ts';

/** Where a reference leads, seen from the page that contains it. */
export type Target =
  | { type: 'internal'; path: string; fragment: string }
  | { type: 'external'; url: string }
  | { type: 'ignored' }
  | { type: 'forbidden'; reason: string }
  | { type: 'outside-base'; path: string };

const origin = 'http://site.invalid';

/** Returns the URL path a built file is served at: "kreis/x/index.html" → "/ki-nrw/kreis/x/". */
export function urlPathOf(file: string, base: string): string {
  if (file === 'index.html') return base;
  return base + (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** Returns the files a path inside the site may be served from, most likely first ("" → index.html). */
export function fileCandidates(path: string): string[] {
  if (path === '' || path.endsWith('/')) return [`${path}index.html`];
  return [path, `${path}/index.html`];
}

/**
 * Resolves a reference found on the page served at `pagePath` (e.g. "/ki-nrw/kosten/").
 * `siteOrigin` (SITE_URL) makes absolute links to the site itself count as internal.
 */
export function resolveReference(url: string, pagePath: string, base: string, siteOrigin?: string): Target {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript') return { type: 'forbidden', reason: `${scheme}: URL` };
  if (scheme && !['http', 'https'].includes(scheme)) return { type: 'ignored' };
  let resolved: URL;
  try {
    resolved = new URL(trimmed, origin + pagePath);
  } catch {
    return { type: 'forbidden', reason: 'not a valid URL' };
  }
  const own =
    resolved.origin === origin || (siteOrigin !== undefined && resolved.origin === new URL(siteOrigin).origin);
  if (!own) return { type: 'external', url: resolved.href };
  const pathname = decodeURIComponent(resolved.pathname);
  if (!pathname.startsWith(base)) return { type: 'outside-base', path: pathname };
  return { type: 'internal', path: pathname.slice(base.length), fragment: decodeURIComponent(resolved.hash.slice(1)) };
}

/** One reference that does not resolve. */
export interface Broken {
  from: string;
  url: string;
  problem: string;
}

/** The built site: the list of files (relative to dist/, "/" separators) and a reader for text files. */
export interface SiteFiles {
  files: ReadonlySet<string>;
  read(file: string): string;
}

/** Returns every broken reference in the site's HTML, CSS and JS files, in file order. */
export function findBrokenReferences(site: SiteFiles, base: string, siteOrigin?: string): Broken[] {
  const broken: Broken[] = [];
  const tagCache = new Map<string, HtmlTag[]>();
  const tagsOf = (file: string) => {
    let tags = tagCache.get(file);
    if (!tags) tagCache.set(file, (tags = scanTags(site.read(file))));
    return tags;
  };
  const check = (from: string, url: string, kind: 'link' | 'asset') => {
    const target = resolveReference(url, urlPathOf(from, base), base, siteOrigin);
    if (target.type === 'forbidden') broken.push({ from, url, problem: target.reason });
    else if (target.type === 'outside-base') broken.push({ from, url, problem: `outside the base path ${base}` });
    else if (target.type === 'external' && kind === 'asset') broken.push({ from, url, problem: 'third-party asset' });
    else if (target.type === 'internal') {
      const file = fileCandidates(target.path).find((candidate) => site.files.has(candidate));
      if (!file) broken.push({ from, url, problem: 'no such file in the build' });
      else if (target.fragment && file.endsWith('.html') && !ids(tagsOf(file)).has(target.fragment)) {
        broken.push({ from, url, problem: `no element with id="${target.fragment}"` });
      }
    }
  };
  for (const file of [...site.files].sort()) {
    if (file.endsWith('.html')) {
      const tags = tagsOf(file);
      for (const ref of references(tags)) check(file, ref.url, ref.kind);
      for (const tag of tags) {
        if (tag.name === 'style') for (const url of cssUrls(tag.text ?? '')) check(file, url, 'asset');
        const style = tag.attrs.get('style');
        if (style) for (const url of cssUrls(style)) check(file, url, 'asset');
      }
    } else if (file.endsWith('.css')) {
      for (const url of cssUrls(site.read(file))) check(file, url, 'asset');
    } else if (file.endsWith('.js') || file.endsWith('.mjs')) {
      for (const url of jsImports(site.read(file))) check(file, url, 'asset');
    }
  }
  return broken;
}
