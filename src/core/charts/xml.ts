/**
 * The one XML/HTML escaper of the code base and a tiny element builder for the chart renderers.
 * Markup made here is valid XML and parses to the same DOM in HTML: every element has a closing
 * tag, every attribute a quoted value (a flag attribute is written `name=""`).
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Returns text safe for XML/HTML content and quoted attribute values (& < > " ' escaped). */
export function escapeXml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Attribute values: null, undefined and false leave the attribute out; true writes `name=""`. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Returns ` name="value"` pairs in the given order, values escaped. */
export function attrs(values: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}=""` : ` ${name}="${escapeXml(value)}"`;
  }
  return out;
}

/** Returns `<name …>children</name>`; children are markup (escape text with `escapeXml` or use `textEl`). */
export function el(name: string, values: Attrs = {}, ...children: string[]): string {
  return `<${name}${attrs(values)}>${children.join('')}</${name}>`;
}

/** Returns an element whose only child is the escaped text. */
export function textEl(name: string, values: Attrs, text: string | number): string {
  return el(name, values, escapeXml(text));
}

/** The SVG namespace, on the root of every standalone SVG document. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
