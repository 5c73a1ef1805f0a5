import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  exportFormats,
  htmlSvgToXml,
  resolveColorVariables,
  viewBoxOf,
  wrapForExport,
  fitText,
  textWidth,
  wrapParts,
  wrapText,
} from '../../src/lib/export-svg.ts';

const text = {
  title: 'Kommunale Integrationszentren in NRW',
  subtitle: 'Stichtag 10.10.2017: 52 von 53 Kreisen und kreisfreien Städten mit KI',
  stand: 'Stand: 25.11.2026',
  source: 'Quelle: KI-Atlas NRW; Daten: MKJFGFI NRW u. a.',
  licence: 'Lizenz: CC BY 4.0',
  attribution: 'Geometrie: © GeoBasis-DE / BKG (2024) (Daten verändert)',
  url: 'ki-atlas-nrw.example',
};

describe('htmlSvgToXml(html)', () => {
  it('extracts the svg, drops Astro scope attributes and adds the namespace', () => {
    const html =
      '<figure><svg viewBox="0 0 10 10" class="map" data-astro-cid-abc12><path d="M0 0h1" data-astro-cid-abc12></path></svg></figure>';
    expect(htmlSvgToXml(html)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" class="map"><path d="M0 0h1"></path></svg>',
    );
  });

  it('gives valueless attributes an empty value and quotes unquoted ones', () => {
    expect(htmlSvgToXml('<svg viewBox="0 0 1 1" hidden><rect width=1 inert></rect></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" hidden=""><rect width="1" inert=""></rect></svg>',
    );
  });

  it('keeps attribute values containing ">" and replaces &nbsp;', () => {
    expect(htmlSvgToXml('<svg viewBox="0 0 1 1"><text aria-label="a > b">1&nbsp;€</text></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><text aria-label="a > b">1&#160;€</text></svg>',
    );
  });

  it('throws a German message when there is no svg', () => {
    expect(() => htmlSvgToXml('<p>leer</p>')).toThrow('Im gerenderten HTML steht kein <svg>-Element.');
  });
});

describe('resolveColorVariables(svg)', () => {
  it('replaces theme variables with the light colour, also with a fallback', () => {
    expect(resolveColorVariables('<path fill="var(--color-ki)" stroke="var(--color-ohne-ki, #000)"/>')).toBe(
      '<path fill="#1f6f8b" stroke="#d9480f"/>',
    );
  });

  it('uses the fallback for an unknown variable and leaves others alone', () => {
    expect(resolveColorVariables('fill="var(--color-nope, #123456)" x="var(--color-nix)"')).toBe(
      'fill="#123456" x="var(--color-nix)"',
    );
  });
});

describe('viewBoxOf(svg)', () => {
  it('reads viewBox, else width and height', () => {
    expect(viewBoxOf('<svg viewBox="0,10 300 200"><g/></svg>')).toEqual([0, 10, 300, 200]);
    expect(viewBoxOf('<svg width="640" height="480"></svg>')).toEqual([0, 0, 640, 480]);
  });

  it('throws when the size is unknown', () => {
    expect(() => viewBoxOf('<svg></svg>')).toThrow(
      'Das SVG hat weder viewBox noch width/height; seine Größe ist unbekannt.',
    );
  });
});

describe('textWidth(text, fontSize, bold)', () => {
  it('sums the DejaVu Sans advance widths', () => {
    // a = 0.613 em, b = 0.635 em; bold a = 0.675 em.
    expect(textWidth('ab', 10)).toBeCloseTo(12.48, 5);
    expect(textWidth('a', 10, true)).toBeCloseTo(6.75, 5);
  });

  it('matches the advance widths in the shipped font files, up to the table’s rounding', () => {
    // Advance widths in font units of src/assets/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf (unitsPerEm 2048),
    // read once from the fonts' hmtx tables with fontkitten (`font.glyphForCodePoint(c).advanceWidth`):
    // regular "Förderung 1.234 €" = 1178+1253+842+1300+1260+842+1298+1298+1300+651+1303+651+1303+1303+1303+651+1303
    // = 19039; bold "Kreis Kleve" = 1587+1010+1389+702+1219+713+1587+702+1389+1335+1389 = 13022.
    // The table rounds to 1/1000 em, so 17 characters at 20 px may be off by at most 0.17 px.
    expect(Math.abs(textWidth('Förderung 1.234 €', 20) - (19039 / 2048) * 20)).toBeLessThan(0.2);
    expect(Math.abs(textWidth('Kreis Kleve', 40, true) - (13022 / 2048) * 40)).toBeLessThan(0.25);
  });

  it('counts a character missing from the table as 1 em', () => {
    expect(textWidth('😀', 10)).toBe(10);
  });
});

describe('wrapText(text, maxWidth, fontSize)', () => {
  it('breaks at spaces so no line is wider than maxWidth', () => {
    expect(wrapText('Stand 25.11.2026 Quelle KI-Atlas', 60, 10)).toEqual(['Stand', '25.11.2026', 'Quelle', 'KI-Atlas']);
    // "ab cd ef" = 40.4 px, "ab cd ef gh" = 56.2 px.
    expect(wrapText('ab cd ef gh', 50, 10)).toEqual(['ab cd ef', 'gh']);
    expect(wrapText('ab cd ef gh', 60, 10)).toEqual(['ab cd ef gh']);
  });

  it('keeps an overlong word on its own line instead of dropping it', () => {
    expect(wrapText('Integrationszentrumsfinanzierung', 60, 10)).toEqual(['Integrationszentrumsfinanzierung']);
  });
});

describe('wrapParts(parts, maxWidth, fontSize)', () => {
  it('breaks between parts before breaking inside one', () => {
    expect(wrapParts(['Stand: 25.11.2026', 'Lizenz: CC BY 4.0'], 200, 10)).toEqual([
      'Stand: 25.11.2026 · Lizenz: CC BY 4.0',
    ]);
    expect(wrapParts(['Stand: 25.11.2026', 'Lizenz: CC BY 4.0'], 120, 10)).toEqual([
      'Stand: 25.11.2026',
      'Lizenz: CC BY 4.0',
    ]);
  });
});

describe('fitText(text, maxWidth, fontSize, maxLines)', () => {
  it('shrinks the font until the text fits the lines instead of cutting it', () => {
    const title = 'Kommunale Integrationszentren in NRW am 25.11.2026';
    const fitted = fitText(title, 459, 40, 3, true);
    expect(fitted.lines.join(' ')).toBe(title);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.size).toBeLessThan(40);
    expect(fitted.size).toBeGreaterThanOrEqual(28);
  });

  it('keeps the size when the text fits and cuts with "…" only below 70 %', () => {
    expect(fitText('Kreis Kleve', 459, 40, 1, true)).toEqual({ lines: ['Kreis Kleve'], size: 40 });
    // At 7 px "ab cd ef" is 28,3 px wide.
    expect(fitText('ab cd ef gh ij kl mn op', 30, 10, 1)).toEqual({ lines: ['ab cd ef …'], size: 7 });
  });
});

describe('escapeXml(text)', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});

describe('wrapForExport(svg, format, text)', () => {
  const graphic =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" class="map" role="img" data-stichtag="2017-10-10"><path d="M0 0h400v300z"/></svg>';

  it('produces a canvas of exactly the format size with the font the renderer ships', () => {
    const svg = wrapForExport(graphic, exportFormats.social, text);
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans">',
      ),
    ).toBe(true);
  });

  it('draws title, subtitle, Stand, source, licence, attribution and URL as text', () => {
    const svg = wrapForExport(graphic, exportFormats.print, text);
    // Lines wrap at spaces: the drawn text, joined with spaces, holds every part unbroken.
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    for (const part of [
      'Kommunale Integrationszentren in NRW',
      'Stand: 25.11.2026',
      'Quelle: KI-Atlas NRW; Daten: MKJFGFI NRW u. a.',
      'Lizenz: CC BY 4.0',
      '© GeoBasis-DE / BKG (2024) (Daten verändert)',
      'ki-atlas-nrw.example',
    ]) {
      expect(drawn).toContain(part);
    }
  });

  it('nests the graphic inside the safe margin, keeping its viewBox and data attributes', () => {
    const svg = wrapForExport(graphic, exportFormats.square, text);
    // 6 % of 1080 = 65 px margin; content width 1080 − 130 = 950.
    expect(svg).toMatch(
      /<svg x="65" y="\d+" width="950" height="\d+" viewBox="0 0 400 300" preserveAspectRatio="xMidYMid meet" data-stichtag="2017-10-10"><path d="M0 0h400v300z"\/><\/svg>/,
    );
    expect(svg).not.toContain('class="map"');
  });

  it('keeps every text line inside the canvas minus the margin', () => {
    for (const format of Object.values(exportFormats)) {
      const svg = wrapForExport(graphic, format, text);
      const margin = Math.round(Math.min(format.width, format.height) * 0.06);
      const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.max(...ys)).toBeLessThanOrEqual(format.height - margin);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(margin);
    }
  });

  it('puts title, legend and foot in a left column beside the graphic on the wide social format', () => {
    // Social 1200 × 630 and a 4:3 graphic: margin 6 % of 630 = 38; content 1124 wide; the column takes
    // 42 % of it = 472; gap 0.75 × 38 = 29, so the graphic starts at 38 + 472 + 29 = 539 and fills the
    // remaining 1200 − 38 − 539 = 623 × (630 − 2 × 38 = 554). Body text 18 px, legend swatch 22 px, label indent 33 px.
    const legend = [
      { fill: '#1f6f8b', label: 'KI vorhanden: 52 von 53 Kreisen und kreisfreien Städten, 53 KI' },
      { fill: '#d9480f', label: 'ohne KI: Kreis Kleve' },
    ];
    const svg = wrapForExport(graphic, exportFormats.social, { ...text, legend });
    expect(svg).toContain('<svg x="539" y="38" width="623" height="554" viewBox="0 0 400 300"');
    const swatches = [
      ...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="(\d+)" height="\d+" fill="#(?:1f6f8b|d9480f)"/g),
    ];
    expect(swatches.map((m) => [m[1], m[2]])).toEqual([
      ['38', '22'],
      ['38', '22'],
    ]);
    const lines = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g)].map(
      (m) => ({ x: Number(m[1]), size: Number(m[2]), bold: m[3]!.includes('font-weight="700"'), text: m[4]! }),
    );
    // Every line starts at the margin or, for legend labels, at the label indent, and ends inside the 472 px column.
    expect([...new Set(lines.map((l) => l.x))].sort((a, b) => a - b)).toEqual([38, 71]);
    const widest = Math.max(...lines.map((l) => l.x - 38 + textWidth(l.text.replace(/&amp;/g, '&'), l.size, l.bold)));
    expect(widest).toBeLessThanOrEqual(472);
    expect(widest).toBeGreaterThan(400);
    // The legend labels wrap in the column (472 − 33 = 439 px), not under the graphic: in DejaVu Sans at 18 px
    // "KI vorhanden: 52 von 53 Kreisen und kreisfreien" is 435.9 px, one more word would be 517.8 px.
    expect(lines.filter((l) => l.x === 71).map((l) => l.text)).toEqual([
      'KI vorhanden: 52 von 53 Kreisen und kreisfreien',
      'Städten, 53 KI',
      'ohne KI: Kreis Kleve',
    ]);
  });

  it('runs text above and below the graphic on the square format', () => {
    // Square 1080 × 1080: margin 65, the graphic spans the full content width 950.
    const svg = wrapForExport(graphic, exportFormats.square, text);
    expect(svg).toMatch(/<svg x="65" y="\d+" width="950" height="\d+" viewBox="0 0 400 300"/);
    expect([...svg.matchAll(/<text x="([\d.]+)"/g)].map((m) => m[1])).not.toContain('71');
  });

  it('adds only margin and URL to a graphic that labels itself', () => {
    const svg = wrapForExport(graphic, exportFormats.social, { ...text, selfLabelled: true });
    expect(svg).not.toContain('Stand: 25.11.2026');
    expect(svg).not.toContain('>Kommunale Integrationszentren in NRW</text>');
    expect(svg).toContain('>ki-atlas-nrw.example</text>');
    // 6 % of 630 = 38 px margin on every side; the URL line (16 px here) takes 26 px above the bottom margin.
    expect(svg).toContain('<svg x="38" y="38" width="1124" height="528" viewBox="0 0 400 300"');
  });

  it('escapes text', () => {
    expect(wrapForExport(graphic, exportFormats.social, { ...text, title: 'A & B <C>' })).toContain(
      'A &amp; B &lt;C&gt;',
    );
  });
});
