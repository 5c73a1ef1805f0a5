/**
 * DESIGN §4 "Money": in every built HTML page and embed, each euro amount a reader sees sits inside an
 * element with data-basis ∈ {belegt, modell, fortgeschrieben, unbekannt}; exported SVGs (the sources of
 * the PNGs) show the marker of carried-forward amounts visibly, with its legend line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, inject, it } from 'vitest';

const BASEN = new Set(['belegt', 'modell', 'fortgeschrieben', 'unbekannt']);
/** "597.500 €", "18,5 Mio. €", "1,19 €", "10 Mio. Euro" – with normal or no-break spaces. */
const AMOUNT = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?[\s\u00a0]?(?:Mio\.|Mrd\.)?[\s\u00a0]?(?:€|EUR\b|Euro\b)/;
const SKIPPED = new Set(['script', 'style', 'title', 'template']);

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Returns the euro amounts in a document's text that no ancestor marks with a valid data-basis, and invalid values. */
function unmarked(html: string): { missing: string[]; invalid: string[] } {
  const missing: string[] = [];
  const invalid: string[] = [];
  const walk = (node: Node, basis: string | null, skip: boolean) => {
    const own = node.attrs?.find((a) => a.name === 'data-basis')?.value;
    if (own !== undefined && !BASEN.has(own)) invalid.push(own);
    const here = own ?? basis;
    if (node.nodeName === '#text') {
      if (!skip && !here && AMOUNT.test(node.value ?? '')) missing.push((node.value ?? '').trim().slice(0, 80));
      return;
    }
    const skipHere = skip || SKIPPED.has(node.nodeName);
    for (const child of node.childNodes ?? []) walk(child, here, skipHere);
    if (node.content) walk(node.content, here, skipHere);
  };
  walk(parse(html) as unknown as Node, null, false);
  return { missing, invalid };
}

describe('every euro amount on every page and embed carries its basis (DESIGN §4)', () => {
  const dist = inject('distDir');

  it('finds no euro amount outside an element with data-basis, and only the four values', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    let amounts = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      amounts += (html.match(new RegExp(AMOUNT.source, 'g')) ?? []).length;
      const { missing, invalid } = unmarked(html);
      for (const m of missing) problems.push(`${relative(dist, file)}: ${m}`);
      for (const v of invalid) problems.push(`${relative(dist, file)}: data-basis="${v}"`);
    }
    expect(amounts).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('the walker itself notices an unmarked amount and an invalid basis', () => {
    expect(unmarked('<p>Das Land zahlt 270.000 € je KI.</p>').missing).toEqual(['Das Land zahlt 270.000 € je KI.']);
    expect(unmarked('<p data-basis="modell">18,5 Mio. €</p><span data-basis="sicher">1 €</span>')).toEqual({
      missing: [],
      invalid: ['sicher'],
    });
  });

  it('shows the marker and its legend line in every exported chart image with carried-forward amounts', () => {
    const bilder = join(dist, 'bilder');
    const svgs = readdirSync(bilder).filter((f) => f.endsWith('.svg'));
    const carried = svgs.filter((f) => readFileSync(join(bilder, f), 'utf8').includes('data-basis="fortgeschrieben"'));
    expect(carried.length).toBeGreaterThan(0);
    for (const file of carried) {
      const svg = readFileSync(join(bilder, file), 'utf8');
      expect(svg, file).toContain(
        '² fortgeschrieben: Betrag einer Regel über das letzte belegte Jahr hinaus angenommen',
      );
      expect(svg, file).toMatch(/>[^<]*²<\/text>/);
    }
  });
});
