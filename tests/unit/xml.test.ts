import { describe, expect, it } from 'vitest';
import { attrs, el, escapeXml, textEl } from '../../src/core/charts/xml.ts';

describe('escapeXml(text)', () => {
  it('escapes the five XML specials, the apostrophe as a numeric reference HTML and XML both read', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect(escapeXml(12.5)).toBe('12.5');
  });
});

describe('attrs(values) and el(name, values, ...children)', () => {
  it('writes attributes in order, leaves out null, undefined and false, and writes a flag as name=""', () => {
    expect(attrs({ a: 1, b: null, c: undefined, d: false, e: true, f: 'x"y' })).toBe(' a="1" e="" f="x&quot;y"');
  });

  it('closes every element, so the markup is XML and parses to the same DOM in HTML', () => {
    expect(el('g', { class: 'k' }, el('path', { d: 'M0 0z' }), textEl('text', { x: 2 }, 'A & B'))).toBe(
      '<g class="k"><path d="M0 0z"></path><text x="2">A &amp; B</text></g>',
    );
  });
});
