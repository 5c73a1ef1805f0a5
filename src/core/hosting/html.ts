/**
 * Reads built HTML with a real HTML parser (parse5, the WHATWG parsing algorithm): every start tag
 * in the file with its attributes (decoded as a browser decodes them) and, for <script>/<style>, the
 * raw text. The security gates (CSP hashes, inline handlers, links) and the header step use it, so
 * they see the document exactly as a browser would – no regular expressions over markup.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One start tag: lower-case name, attributes (entity-decoded), raw text for script/style, offset in the file. */
export interface HtmlTag {
  name: string;
  attrs: Map<string, string>;
  text?: string;
  offset: number;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): Node[] {
  const list = 'childNodes' in node ? [...node.childNodes] : [];
  // <template> keeps its children in a separate fragment.
  if (isElement(node) && node.tagName === 'template' && 'content' in node) list.push(...node.content.childNodes);
  return list;
}

function toTag(element: Element): HtmlTag {
  const attrs = new Map<string, string>();
  for (const attr of element.attrs) {
    const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
    if (!attrs.has(name)) attrs.set(name, attr.value);
  }
  const tag: HtmlTag = { name: element.tagName.toLowerCase(), attrs, offset: element.sourceCodeLocation!.startOffset };
  if (tag.name === 'script' || tag.name === 'style') {
    tag.text = element.childNodes
      .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
      .join('');
  }
  return tag;
}

/**
 * Returns every start tag written in the file, in document order. Elements the parser only implies
 * (an <html>, <head> or <body> the file leaves out) are not listed: they have no place in the file.
 */
export function scanTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  const walk = (node: Node): void => {
    if (isElement(node) && node.sourceCodeLocation) tags.push(toTag(node));
    for (const child of children(node)) walk(child);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return tags.sort((a, b) => a.offset - b.offset);
}

/** Returns the content of `<meta http-equiv="content-security-policy">`, if any. */
export function cspMeta(tags: readonly HtmlTag[]): string | undefined {
  return tags
    .find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    ?.attrs.get('content');
}
