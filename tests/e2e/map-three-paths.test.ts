/**
 * One map, three paths: the page (/stichtag/2017-10-10/), the embed (/embed/karte/) and the press
 * image (/bilder/karte-2017-10-10.svg, /bilder/karte-heute.svg) all come from the same layout and
 * renderer (src/core/charts/render/map.ts), so each district has the same outline everywhere and
 * the same status wherever the date is the same. Parsed with parse5 (no regex over HTML).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, inject, it } from 'vitest';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function attr(node: Element, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content);
}

/** Returns AGS → {d, status, classes} of every district path inside the first `.kreis-map__svg` (or the whole tree). */
function districts(root: Node): Map<string, { d: string; status: string; classes: string }> {
  const svg = [...elements(root)].find((e) => e.tagName === 'svg' && attr(e, 'class') === 'kreis-map__svg') ?? root;
  const out = new Map<string, { d: string; status: string; classes: string }>();
  for (const e of elements(svg)) {
    const ags = attr(e, 'data-ags');
    if (e.tagName !== 'path' || ags === undefined) continue;
    out.set(ags, { d: attr(e, 'd') ?? '', status: attr(e, 'data-status') ?? '', classes: attr(e, 'class') ?? '' });
  }
  return out;
}

let dist: string;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
  dist = inject('distDir');
});

describe('the NRW map through page, embed and image export', () => {
  let page: ReturnType<typeof districts>;
  let embed: ReturnType<typeof districts>;
  let image2017: ReturnType<typeof districts>;
  let imageToday: ReturnType<typeof districts>;

  beforeAll(() => {
    page = districts(parse(read('stichtag/2017-10-10/index.html')));
    embed = districts(parse(read('embed/karte/index.html')));
    // The export SVG is XML; parse5's fragment parser reads its foreign (SVG) content the same way.
    image2017 = districts(parseFragment(read('bilder/karte-2017-10-10.svg')));
    imageToday = districts(parseFragment(read('bilder/karte-heute.svg')));
  });

  it('draws all 53 districts in each path', () => {
    for (const map of [page, embed, image2017, imageToday]) expect(map.size).toBe(53);
  });

  it('draws every district with the same path data in page, embed and images', () => {
    for (const [ags, mark] of page) {
      expect(embed.get(ags)?.d, ags).toBe(mark.d);
      expect(image2017.get(ags)?.d, ags).toBe(mark.d);
      expect(imageToday.get(ags)?.d, ags).toBe(mark.d);
    }
  });

  it('gives each district the same status and class on the page and in the image of the same day', () => {
    for (const [ags, mark] of page) {
      expect(image2017.get(ags)?.status, ags).toBe(mark.status);
      expect(image2017.get(ags)?.classes, ags).toBe(mark.classes);
    }
    // The embed is built for the build day, like the "heute" image.
    for (const [ags, mark] of embed) expect(imageToday.get(ags)?.status, ags).toBe(mark.status);
    // 10.10.2017: the day of the Kleve motion, when Kleve was the one district without a KI.
    expect([...page].filter(([, m]) => m.status === 'ohne-ki').map(([ags]) => ags)).toEqual(['05154']);
  });
});
