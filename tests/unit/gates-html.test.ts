import { describe, expect, it } from 'vitest';
import {
  cspMeta,
  cssUrls,
  ids,
  inlineBlocks,
  inlineHandlers,
  jsImports,
  references,
  referrerMeta,
  scanTags,
} from '../../tools/bench/html.ts';
import { cspHash, elementSources, parseCsp } from '../../src/core/hosting/csp.ts';

const page = `<!DOCTYPE html><html lang="de"><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">
<meta name="referrer" content="no-referrer">
<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.org/">
<style>body{background:url("/img/bg.png")}</style>
<script type="module">import "./x.js"; if (1 < 2) document.title = "<a href='/nope/'>";</script>
<script type="application/json" id="daten">{"a":"<b>"}</script>
</head><body>
<!-- <a href="/in-comment/"> -->
<a href="/kosten/#summe" class=x>Kosten</a> <a href='mailto:a@b.de'>Mail</a>
<p>Text mit onerror=alert(1) ist kein Attribut &amp; bleibt Text.</p>
<img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">
<svg><use href="#icon"/></svg>
<div id="summe" title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" onclick="go()"></div>
</body></html>`;

describe('scanTags(html)', () => {
  const tags = scanTags(page);

  it('returns start tags in order and skips comments and end tags', () => {
    const names = tags.map((t) => t.name);
    expect(names.slice(0, 4)).toEqual(['html', 'head', 'meta', 'meta']);
    expect(names).not.toContain('/a');
    expect(references(tags).map((r) => r.url)).not.toContain('/in-comment/');
  });

  it('keeps the raw text of script and style without reading tags inside it', () => {
    const script = tags.find((t) => t.name === 'script' && t.attrs.get('type') === 'module');
    expect(script?.text).toBe(`import "./x.js"; if (1 < 2) document.title = "<a href='/nope/'>";`);
    expect(references(tags).map((r) => r.url)).not.toContain('/nope/');
  });

  it('decodes entities in attribute values, so escaped markup stays one harmless value', () => {
    const div = tags.find((t) => t.attrs.get('id') === 'summe');
    expect(div?.attrs.get('title')).toBe('"><img src=x onerror=alert(1)>');
  });
});

describe('references(tags)', () => {
  it('classifies navigation as links and loaded files as assets, srcset split per URL', () => {
    expect(references(scanTags(page))).toEqual([
      { kind: 'asset', url: '/_astro/a.css', tag: 'link', attr: 'href' },
      { kind: 'link', url: 'https://example.org/', tag: 'link', attr: 'href' },
      { kind: 'link', url: '/kosten/#summe', tag: 'a', attr: 'href' },
      { kind: 'link', url: 'mailto:a@b.de', tag: 'a', attr: 'href' },
      { kind: 'asset', url: '/a.png', tag: 'img', attr: 'src' },
      { kind: 'asset', url: '/a-1x.png', tag: 'img', attr: 'srcset' },
      { kind: 'asset', url: '/a-2x.png', tag: 'img', attr: 'srcset' },
      { kind: 'asset', url: '#icon', tag: 'use', attr: 'href' },
    ]);
  });
});

describe('inlineHandlers(tags)', () => {
  it('finds on*= attributes but not the text "onerror=" in content', () => {
    expect(inlineHandlers(scanTags(page))).toEqual(['div@onclick']);
  });
});

describe('meta helpers', () => {
  it('reads the CSP and referrer meta tags', () => {
    const tags = scanTags(page);
    expect(cspMeta(tags)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(referrerMeta(tags)).toBe('no-referrer');
  });

  it('lists executable inline scripts and styles, not JSON data blocks', () => {
    expect(inlineBlocks(scanTags(page)).map((b) => b.kind)).toEqual(['style', 'script']);
  });

  it('collects ids', () => {
    expect([...ids(scanTags(page))]).toEqual(['daten', 'summe']);
  });
});

describe('cssUrls(css) and jsImports(js)', () => {
  it('returns url() targets without data: URLs', () => {
    expect(
      cssUrls(
        `@font-face{src:url(/fonts/a.woff2) format("woff2"),url('b.ttf')}a{background:url(data:image/png;base64,AA)}`,
      ),
    ).toEqual(['/fonts/a.woff2', 'b.ttf']);
  });

  it('returns relative static and dynamic imports of a chunk', () => {
    expect(
      jsImports(
        `import{a as b}from"./chunk.B1.js";const l=()=>import("./leaflet.C2.js");import"../x.js";import y from "left-pad";`,
      ),
    ).toEqual(['./chunk.B1.js', './leaflet.C2.js', '../x.js']);
  });
});

describe('cspHash(text) and parseCsp(policy)', () => {
  it('hashes like the browser: SHA-256 of the UTF-8 text, base64', async () => {
    // Reference values: printf '' (and 'ä') | openssl dgst -sha256 -binary | base64
    expect(await cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(await cspHash('ä')).toBe('sha256-M+bXP+6CkEyNevt43hFU0ejcKg7bCBIOY99bk4XC2cw=');
  });

  it('parses directives and follows the element fallback chain', () => {
    const policy = parseCsp("default-src 'self'; script-src 'self' 'sha256-a'; style-src-attr 'unsafe-inline';");
    expect(elementSources(policy, 'script')).toEqual(["'self'", "'sha256-a'"]);
    expect(elementSources(policy, 'style')).toEqual(["'self'"]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });
});
