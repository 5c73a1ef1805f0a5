/**
 * Building blocks of the HTML validity gate (gates-html-validity.test.ts), which runs on Node alone:
 * html-validate for HTML, element metadata that teaches it ARIA (names and values from aria-query)
 * and the few valid attributes its HTML tables lack, a check of inline SVG content (which
 * html-validate skips), and resvg's strict XML parser for SVG files.
 */
import { Resvg } from '@resvg/resvg-js';
import { aria, roles } from 'aria-query';
import type { HtmlValidate, MetaDataTable, MetaAttribute } from 'html-validate';
import { scanTags } from '../../tools/bench/html.ts';

/** Returns a pattern string (html-validate reads "/…/" as a regular expression) for exactly these words. */
function oneOf(words: readonly string[]): string {
  return `/^(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})$/`;
}

/** Returns html-validate's rule for one ARIA attribute's value, from its type in aria-query. */
function ariaValue(definition: { type: string; values?: unknown[]; allowundefined?: boolean }): MetaAttribute {
  const words = (values: unknown[]) => [...values.map(String), ...(definition.allowundefined ? ['undefined'] : [])];
  switch (definition.type) {
    case 'boolean':
      return { enum: [oneOf(words(['true', 'false']))] };
    case 'tristate':
      return { enum: [oneOf(words(['true', 'false', 'mixed']))] };
    case 'token':
      return { enum: [oneOf(words(definition.values ?? []))] };
    case 'tokenlist':
      return { list: true, enum: [oneOf(words(definition.values ?? []))] };
    case 'integer':
      return { enum: ['/^-?\\d+$/'] };
    case 'number':
      return { enum: ['/^-?(\\d+|\\d*\\.\\d+)([eE][-+]?\\d+)?$/'] };
    default:
      return {}; // string, id, idlist: any text (id references are checked by no-missing-references)
  }
}

/**
 * A valid `datetime` of <time> (HTML "dates and times"): year, month, date, yearless date, week,
 * time, local or global date and time, or a duration. The site writes partial dates (2015, 2017-10).
 */
export const datetimePattern = (() => {
  const date = '\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
  const time = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?';
  const zone = '(Z|[-+]([01]\\d|2[0-3]):?[0-5]\\d)';
  const duration = 'P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,3})?S)?)?';
  const forms = [
    '\\d{4,}',
    '\\d{4,}-(0[1-9]|1[0-2])',
    date,
    '(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])',
    '\\d{4,}-W(0[1-9]|[1-4]\\d|5[0-3])',
    time,
    `${date}[T ]${time}${zone}?`,
    zone,
    duration,
  ];
  return `/^(${forms.join('|')})$/`;
})();

/**
 * Element metadata added to html-validate's HTML5 tables: ARIA attribute names and values (so an
 * unknown aria-* name, a bad token or a bad role fails like in the Nu HTML Checker), valid
 * `datetime` values, and attributes that are valid HTML but missing from html-validate's tables.
 */
export function siteElements(): MetaDataTable {
  // null removes html-validate's catch-all "aria-*", so only the names below are allowed.
  const global: Record<string, MetaAttribute | null> = { 'aria-*': null };
  for (const [name, definition] of aria.entries()) {
    // html-validate already knows the id-reference ones, with their references.
    if (definition.type === 'id' || definition.type === 'idlist') continue;
    global[name] = ariaValue(definition);
  }
  const concreteRoles = [...roles.entries()].filter(([, role]) => !role.abstract).map(([name]) => name);
  global.role = { list: true, enum: [oneOf(concreteRoles)] };
  return {
    '*': { attributes: global },
    // RDFa Lite's property, as Open Graph uses it on <meta>.
    meta: { attributes: { property: {} } },
    iframe: { attributes: { loading: { enum: ['lazy', 'eager'] } } },
    time: { attributes: { datetime: { enum: [datetimePattern] } } },
    // Presentation attributes of the SVG root (html-validate describes <svg> only as foreign content).
    svg: {
      attributes: {
        viewbox: { enum: ['/^\\s*-?[\\d.]+([\\s,]+-?[\\d.]+){3}\\s*$/'] },
        width: {},
        height: {},
        'font-family': {},
        'font-size': {},
        preserveaspectratio: {},
      },
    },
  } as MetaDataTable;
}

/** SVG 2 element names (lower case, as scanTags reports them); filter primitives match /^fe[a-z]+$/. */
const svgElements = new Set(
  (
    'a animate animatemotion animatetransform circle clippath defs desc ellipse filter foreignobject g image ' +
    'line lineargradient marker mask metadata mpath path pattern polygon polyline radialgradient rect script ' +
    'set stop style svg switch symbol text textpath title tspan use view'
  ).split(' '),
);

/**
 * Returns what html-validate cannot see because it skips the content of inline <svg>: an element
 * that SVG does not have, and an id used twice where one of the two is inside an SVG.
 */
export function svgContentFindings(html: string, file: string): string[] {
  const at = (offset: number) => {
    const lines = html.slice(0, offset).split('\n');
    return `${file}:${lines.length}:${lines[lines.length - 1]!.length + 1}`;
  };
  const blocks = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/gi)].map((m) => [m.index, m.index + m[0].length] as const);
  const inSvg = (offset: number) => blocks.some(([start, end]) => offset >= start && offset < end);
  const firstInSvg = new Map<string, boolean>();
  const findings: string[] = [];
  for (const tag of scanTags(html)) {
    const svg = inSvg(tag.offset);
    if (svg && !svgElements.has(tag.name) && !/^fe[a-z]+$/.test(tag.name))
      findings.push(`${at(tag.offset)} svg-element: <${tag.name}> is no SVG element`);
    const id = tag.attrs.get('id');
    if (id === undefined) continue;
    const first = firstInSvg.get(id);
    if (first === undefined) firstInSvg.set(id, svg);
    else if (first || svg) findings.push(`${at(tag.offset)} svg-dup-id: Duplicate ID "${id}"`);
  }
  return findings;
}

/** Returns each finding in one HTML document as "file:line:column rule: message", html-validate's first. */
export async function validateHtml(validator: HtmlValidate, html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return [
    ...report.results.flatMap((result) =>
      result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    ),
    ...svgContentFindings(html, file),
  ];
}

/**
 * Returns the findings for one standalone SVG file: whether it is well-formed XML (resvg's strict
 * parser), then html-validate's rules on it as inline SVG in a minimal page (ids, attributes).
 */
export async function validateSvg(validator: HtmlValidate, svg: string, file: string): Promise<string[]> {
  try {
    new Resvg(svg);
  } catch (error) {
    return [`${file}: kein wohlgeformtes SVG: ${(error as Error).message}`];
  }
  const page = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${file}</title></head><body><main><h1>${file}</h1>\n${svg.replace(/^<\?xml[^>]*>\s*/, '')}\n</main></body></html>\n`;
  const findings = await validateHtml(validator, page, file);
  // Line 2 of the wrapper is line 1 of the file.
  return findings.map((f) =>
    f.replace(`${file}:`, '').replace(/^(\d+):/, (_, line: string) => `${file}:${Number(line) - 1}:`),
  );
}
