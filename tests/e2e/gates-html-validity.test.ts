/**
 * HTML validity gate, on Node alone: every built page passes html-validate with its
 * `recommended` and `document` presets plus the stricter rules below (unknown elements and
 * attributes, ARIA names and values, `datetime` values), and every SVG file is well-formed XML
 * and passes the same rules. Each rule that is switched off or narrowed says why, next to it.
 * The second block proves the gate fails on each kind of defect it guards against.
 *
 * Compared with the Nu HTML Checker it replaces (which needed Java), it does not check CSS inside
 * style attributes and <style>, URL syntax, calendar dates such as 2026-02-30, and attribute names
 * inside SVG (element names and ids there are checked); the site's SVG comes from one renderer with
 * its own unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { siteElements, validateHtml, validateSvg } from './html-validity.ts';
import { htmlFiles, readSite } from '../../tools/bench/site-pages.ts';

const rules: ConfigData['rules'] = {
  // Stricter than the presets: what the Nu HTML Checker also rejects.
  'no-unknown-elements': 'error',
  'no-unknown-attributes': 'error',

  // Style attributes are valid HTML. The site's policy allows them on purpose
  // (style-src-attr 'unsafe-inline': aspect ratios, iframe heights, font sizes of inline SVG), and
  // gates-static.test.ts checks every <style> block by hash.
  'no-inline-style': 'off',

  // A limit for search-result snippets (70 characters), not validity; the Nu HTML Checker has no
  // such rule. Embed pages are noindex and their <title> names the chart in full, like its heading.
  'long-title': 'off',

  // Subresource Integrity protects files from other servers; every script is served by the site
  // itself, so demand it only where a crossorigin resource appears.
  'require-sri': ['error', { target: 'crossorigin' }],

  // The scrollable table and chart wrappers are <div tabindex="0" role="region" aria-labelledby>:
  // a named region, exactly what a named <section> would be, as axe asks for scrollable content.
  // „Kreis finden“ is the WAI-ARIA 1.2 combobox pattern: an <input role="combobox"> with a role="listbox" of
  // role="option" items; a native <select> cannot filter by typing, so these two roles are the pattern itself.
  // All other ARIA roles that have a native element still must use it.
  'prefer-native-element': ['error', { exclude: ['region', 'listbox', 'option'] }],
};

const config: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  elements: ['html5', siteElements()],
  rules,
};

const validator = new HtmlValidate(config);

describe('HTML validity (html-validate, Node only)', () => {
  it('finds nothing in any built page', { timeout: 240_000 }, async () => {
    const dist = inject('distDir');
    const files = htmlFiles(readSite(dist));
    expect(files.length).toBeGreaterThan(100);
    const findings: string[] = [];
    for (const file of files)
      findings.push(...(await validateHtml(validator, readFileSync(join(dist, file), 'utf8'), file)));
    expect(findings).toEqual([]);
  });

  it('finds nothing in any SVG file, each well-formed XML', async () => {
    const site = readSite(inject('distDir'));
    const svgs = [...site.files].filter((file) => file.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThanOrEqual(8);
    const findings: string[] = [];
    for (const file of svgs) findings.push(...(await validateSvg(validator, site.read(file), file)));
    expect(findings).toEqual([]);
  });
});

/** A valid page with `body` in <main>, on line 3. */
const page = (body: string) =>
  `<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Probe</title></head><body><main><h1>Probe</h1>\n${body}\n</main></body></html>\n`;

describe('the validity gate fails on', () => {
  it('nothing in a valid page, so each row below fails for its own reason', async () => {
    expect(
      await validateHtml(validator, page('<p id="a">Text <time datetime="2017-10">Oktober 2017</time></p>'), 'p.html'),
    ).toEqual([]);
  });

  it.each([
    ['a duplicate id', '<p id="x">a</p><p id="x">b</p>', ['p.html:3:23 no-dup-id: Duplicate ID "x"']],
    [
      'a block inside a list',
      '<ul><div>x</div></ul>',
      ['p.html:3:6 element-permitted-content: <div> element is not permitted as content under <ul>'],
    ],
    [
      'interactive content inside a link',
      '<a href="/"><button type="button">x</button></a>',
      ['p.html:3:14 element-permitted-content: <button> element is not permitted as a descendant of <a>'],
    ],
    ['a stray end tag', '<p>x</p></span>', ["p.html:3:10 close-order: Stray end tag '</span>'"]],
    [
      'a duplicate id inside inline SVG, which html-validate skips',
      '<p id="k">x</p><svg viewBox="0 0 2 2" aria-hidden="true"><g id="k"></g></svg>',
      ['p.html:3:58 svg-dup-id: Duplicate ID "k"'],
    ],
    [
      'an element SVG does not have',
      '<svg viewBox="0 0 2 2" aria-hidden="true"><rec width="1" height="1"/></svg>',
      ['p.html:3:43 svg-element: <rec> is no SVG element'],
    ],
    ['an obsolete element', '<center>x</center>', ['p.html:3:2 deprecated: <center> is deprecated: use CSS instead']],
    [
      'an obsolete attribute',
      '<div align="center">x</div>',
      ['p.html:3:6 no-deprecated-attr: Attribute "align" is deprecated on <div> element'],
    ],
    [
      'an unknown attribute',
      '<div foo="1">x</div>',
      ['p.html:3:6 no-unknown-attributes: Attribute "foo" is not allowed on <div> element'],
    ],
    [
      'an unknown ARIA attribute',
      '<div aria-fooo="x">x</div>',
      ['p.html:3:6 no-unknown-attributes: Attribute "aria-fooo" is not allowed on <div> element'],
    ],
    [
      'an unknown role',
      '<div role="knopf">x</div>',
      ['p.html:3:12 attribute-allowed-values: Attribute "role" has invalid value "knopf"'],
    ],
    [
      'a bad ARIA value',
      '<div aria-hidden="vielleicht">x</div>',
      ['p.html:3:19 attribute-allowed-values: Attribute "aria-hidden" has invalid value "vielleicht"'],
    ],
    [
      'a bad datetime',
      '<time datetime="2017-13">x</time>',
      ['p.html:3:17 attribute-allowed-values: Attribute "datetime" has invalid value "2017-13"'],
    ],
  ])('%s', async (_, body, expected) => {
    expect(await validateHtml(validator, page(body), 'p.html')).toEqual(expected);
  });

  it('an SVG file that is not well-formed XML', async () => {
    expect(await validateSvg(validator, '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'b.svg')).toEqual([
      "b.svg: kein wohlgeformtes SVG: SVG data parsing failed cause expected 'g' tag, not 'svg' at 1:44",
    ]);
  });

  it('a duplicate id in an SVG file, reported at its own line', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2">\n<g id="k"></g><g id="k"></g>\n</svg>';
    expect(await validateSvg(validator, svg, 'b.svg')).toEqual(['b.svg:2:15 svg-dup-id: Duplicate ID "k"']);
  });
});
