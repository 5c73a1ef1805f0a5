/**
 * The built site as the gates see it: every file under a dist directory, and one representative
 * page per page type (DESIGN §4), discovered from the files rather than hard-coded slugs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteFiles } from './links.ts';

/** Returns every file under dir (relative, "/" separators) and a cached UTF-8 reader. */
export function readSite(dir: string): SiteFiles {
  const files = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.add(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  const cache = new Map<string, string>();
  return {
    files,
    read(file) {
      let text = cache.get(file);
      if (text === undefined) cache.set(file, (text = readFileSync(join(dir, file), 'utf8')));
      return text;
    },
  };
}

/** Returns the HTML files of the site, sorted. */
export function htmlFiles(site: SiteFiles): string[] {
  return [...site.files].filter((file) => file.endsWith('.html')).sort();
}

/** A page type and the path (relative to the base, e.g. "kosten/") of one page of that type. */
export interface PageType {
  name: string;
  path: string;
  embed: boolean;
}

const fixed: { name: string; file: string; embed: boolean }[] = [
  { name: 'home', file: 'index.html', embed: false },
  { name: 'kosten', file: 'kosten/index.html', embed: false },
  { name: 'daten', file: 'daten/index.html', embed: false },
  { name: 'daten-aenderungen', file: 'daten/aenderungen/index.html', embed: false },
  { name: 'einbetten', file: 'einbetten/index.html', embed: false },
  { name: 'embed-karte', file: 'embed/karte/index.html', embed: true },
  { name: 'embed-kosten', file: 'embed/kosten/index.html', embed: true },
];
const patterns: { name: string; pattern: RegExp; embed: boolean }[] = [
  { name: 'kreis', pattern: /^kreis\/\d{5}-[a-z0-9-]+\/index\.html$/, embed: false },
  { name: 'embed-kreis', pattern: /^embed\/kreis\/\d{5}\/index\.html$/, embed: true },
  { name: 'stichtag', pattern: /^stichtag\/2017-10-10\/index\.html$/, embed: false },
  { name: 'daten-stand', pattern: /^daten\/stand\/\d{4}-\d{2}-\d{2}\/index\.html$/, embed: false },
];

/**
 * Returns one page per page type, and the names of page types the build lacks (a gate fails on those).
 * For /kreis/ and /embed/kreis/ it picks Kleve (05154, the district with a dated start) when built.
 */
export function pageTypes(site: SiteFiles): { pages: PageType[]; missing: string[] } {
  const pages: PageType[] = [];
  const missing: string[] = [];
  const toPath = (file: string) => file.slice(0, -'index.html'.length);
  for (const { name, file, embed } of fixed) {
    if (site.files.has(file)) pages.push({ name, path: toPath(file), embed });
    else missing.push(name);
  }
  const sorted = [...site.files].sort();
  for (const { name, pattern, embed } of patterns) {
    const matches = sorted.filter((file) => pattern.test(file));
    const file = matches.find((f) => f.includes('05154')) ?? matches[0];
    if (file) pages.push({ name, path: toPath(file), embed });
    else missing.push(name);
  }
  return { pages, missing };
}
