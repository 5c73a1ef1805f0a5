/**
 * Open Graph / Twitter preview images: which image a page shows when shared, and its URL.
 * Pure; src/components/SocialMeta.astro renders the tags, src/pages/bilder/ renders the images.
 */

/** Size of every Open Graph image in pixels (the "social" export format). */
export const ogImageSize = { width: 1200, height: 630 } as const;

/**
 * Returns the site-relative path of a page's preview image, from its path below the base: a district
 * page (and its embed) is shared with the district's press card ("bilder/presse/kreis-05154-1200x630.png":
 * when its KI started, how long without one, what that cost); /kosten/ with its chart, the rest with the map.
 * bilder/og/kreis-<ags>.png (the locator map) stays published for links to it.
 */
export function ogImageFor(pagePath: string): string {
  const path = `/${pagePath.replace(/^\/+/, '')}`;
  const kreis = /^\/(?:embed\/)?kreis\/(\d{5})(?:-[^/]*)?\/?$/.exec(path);
  if (kreis) return `bilder/presse/kreis-${kreis[1]}-1200x630.png`;
  if (/^\/(?:embed\/)?kosten(?:\/|$)/.test(path)) return 'bilder/og/kosten.png';
  return 'bilder/og/karte.png';
}

/** Returns `path` below `base`, without the base: ("/ki-nrw/kosten/", "/ki-nrw/") → "kosten/". */
export function pathBelowBase(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (pathname.startsWith(prefix)) return pathname.slice(prefix.length);
  return pathname.replace(/^\/+/, '');
}

/**
 * Returns the URL of a site-relative path: absolute on the configured site origin when there is one
 * (SITE_URL), else root-relative below the base — never guessed, so never a wrong host.
 */
export function siteHref(path: string, base: string, site?: URL | string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const relative = `${prefix}${path.replace(/^\/+/, '')}`;
  return site ? new URL(relative, site).href : relative;
}
