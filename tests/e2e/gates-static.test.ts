/**
 * Security gates over every built HTML file (no browser needed): page types present, a strict
 * Content-Security-Policy meta that covers every inline block, a referrer policy, no inline event
 * handlers, and every internal link and asset resolving.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cspMeta, inlineBlocks, inlineHandlers, referrerMeta, scanTags, type HtmlTag } from '../../tools/bench/html.ts';
import { findBrokenReferences, type SiteFiles } from '../../tools/bench/links.ts';
import { cspHash, elementSources, parseCsp } from '../../src/core/hosting/csp.ts';
import { htmlFiles, pageTypes, readSite } from '../../tools/bench/site-pages.ts';

let site: SiteFiles;
let pages: string[];
const tagsOf = new Map<string, HtmlTag[]>();

beforeAll(() => {
  site = readSite(inject('distDir'));
  pages = htmlFiles(site);
  for (const file of pages) tagsOf.set(file, scanTags(site.read(file)));
});

/** Returns "file: finding" lines for every page where `check` finds something. */
function everyPage(check: (tags: HtmlTag[], file: string) => string[] | Promise<string[]>): Promise<string[]> {
  return Promise.all(
    pages.map(async (file) => (await check(tagsOf.get(file)!, file)).map((finding) => `${file}: ${finding}`)),
  ).then((lists) => lists.flat());
}

describe('the build', () => {
  it('has every page type of the public contract (DESIGN §4)', () => {
    expect(pageTypes(site).missing).toEqual([]);
  });

  it('has all 53 district pages and their embeds', () => {
    expect(pages.filter((file) => /^kreis\/\d{5}-[^/]+\/index\.html$/.test(file))).toHaveLength(53);
    expect(pages.filter((file) => /^embed\/kreis\/\d{5}\/index\.html$/.test(file))).toHaveLength(53);
  });
});

describe('Content-Security-Policy', () => {
  it('is a meta tag on every page, with default-src self and no unsafe script sources', async () => {
    const findings = await everyPage((tags) => {
      const content = cspMeta(tags);
      if (!content) return ['no <meta http-equiv="content-security-policy">'];
      const policy = parseCsp(content);
      const problems: string[] = [];
      if (policy.get('default-src')?.join(' ') !== "'self'")
        problems.push(`default-src is "${policy.get('default-src')?.join(' ')}"`);
      for (const [name, sources] of policy) {
        for (const source of sources) {
          if (name.startsWith('script-src') && /^'unsafe-(inline|eval|hashes)'$|^'wasm-unsafe-eval'$/.test(source))
            problems.push(`${name} allows ${source}`);
          // Only our own origin: no hosts, no schemes that load from elsewhere (data: only for images).
          if (/^(https?:|wss?:|\*)/.test(source) || source === 'blob:' || (source === 'data:' && name !== 'img-src'))
            problems.push(`${name} allows ${source}`);
        }
      }
      return problems;
    });
    expect(findings).toEqual([]);
  });

  it('comes before every script, so no script on the page runs outside the policy', async () => {
    const findings = await everyPage((tags) => {
      const meta = tags.findIndex(
        (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      const firstScript = tags.findIndex((t) => t.name === 'script');
      return firstScript !== -1 && (meta === -1 || firstScript < meta) ? ['a <script> precedes the CSP meta'] : [];
    });
    expect(findings).toEqual([]);
  });

  it('allows every inline <script> and <style> by hash (so none of them is silently blocked)', async () => {
    const findings = await everyPage(async (tags) => {
      const policy = parseCsp(cspMeta(tags) ?? '');
      const problems: string[] = [];
      for (const block of inlineBlocks(tags)) {
        const hash = `'${await cspHash(block.text)}'`;
        if (!elementSources(policy, block.kind).includes(hash))
          problems.push(`inline <${block.kind}> ${hash} is not in the policy: "${block.text.slice(0, 60)}"`);
      }
      return problems;
    });
    expect(findings).toEqual([]);
  });
});

describe('referrer policy and inline handlers', () => {
  it('sets a referrer policy that never sends full URLs to other sites', async () => {
    const allowed = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
    const findings = await everyPage((tags) => {
      const value = referrerMeta(tags);
      return value !== undefined && allowed.includes(value)
        ? []
        : [`referrer meta is ${value === undefined ? 'missing' : `"${value}"`}`];
    });
    expect(findings).toEqual([]);
  });

  it('has no inline event handler attribute (onclick=, onerror=, …) in any HTML or SVG file', () => {
    const files = [...site.files].filter((file) => file.endsWith('.html') || file.endsWith('.svg')).sort();
    const findings = files.flatMap((file) =>
      inlineHandlers(tagsOf.get(file) ?? scanTags(site.read(file))).map((h) => `${file}: ${h}`),
    );
    expect(findings).toEqual([]);
  });
});

describe('links and assets', () => {
  it('resolve: every internal link, asset, CSS url() and JS import points at a built file (base /)', () => {
    const broken = findBrokenReferences(site, '/').map((b) => `${b.from}: ${b.url} (${b.problem})`);
    expect(broken).toEqual([]);
  });
});
