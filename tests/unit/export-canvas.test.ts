import { describe, expect, it } from 'vitest';
import { chartGraphic, exportFormats, wrapForExport } from '../../src/core/charts/export-canvas.ts';
import { textWidth } from '../../src/core/charts/text-metrics.ts';

const text = {
  title: 'Kommunale Integrationszentren in NRW',
  subtitle: 'Stichtag 10.10.2017: 52 von 53 Kreisen und kreisfreien Städten mit KI',
  stand: 'Stand: 25.11.2026',
  source: 'Quelle: KI-Atlas NRW; Daten: MKJFGFI NRW u. a.',
  licence: 'Lizenz: CC BY 4.0',
  attribution: 'Geometrie: © GeoBasis-DE / BKG (2024) (Daten verändert)',
  url: 'ki-atlas-nrw.example',
};

describe('wrapForExport(graphic, format, text)', () => {
  const graphic = { width: 400, height: 300, body: '<path d="M0 0h400v300z"/>' };

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

  it('nests the graphic inside the safe margin in its own coordinate system', () => {
    const svg = wrapForExport(graphic, exportFormats.square, text);
    // 6 % of 1080 = 65 px margin; content width 1080 − 130 = 950.
    expect(svg).toMatch(
      /<svg x="65" y="\d+" width="950" height="\d+" viewBox="0 0 400 300" preserveAspectRatio="xMidYMid meet"><path d="M0 0h400v300z"\/><\/svg>/,
    );
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

  it('nests a whole chart SVG unchanged, sized by its layout', () => {
    const chart =
      '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="420.4" viewBox="0 0 760 420.4"><rect/></svg>';
    const svg = wrapForExport(chartGraphic(chart, 760, 420.44), exportFormats.print, { ...text, selfLabelled: true });
    expect(svg).toContain('viewBox="0 0 760 420.4" preserveAspectRatio="xMidYMid meet">' + chart + '</svg>');
  });
});

// Kill the export mutants of issue #11: the wide format's side column switched off or resized, and a
// changed text-width factor (checked against advance widths from the font files).
describe('textWidth(text, fontSize, bold)', () => {
  it('matches the advance widths in the shipped font files, up to the table’s rounding', () => {
    // Advance widths in font units of src/assets/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf (unitsPerEm 2048),
    // read once from the fonts' hmtx tables with fontkitten (`font.glyphForCodePoint(c).advanceWidth`):
    // regular "Förderung 1.234 €" = 1178+1253+842+1300+1260+842+1298+1298+1300+651+1303+651+1303+1303+1303+651+1303
    // = 19039; bold "Kreis Kleve" = 1587+1010+1389+702+1219+713+1587+702+1389+1335+1389 = 13022.
    // The table rounds to 1/1000 em, so 17 characters at 20 px may be off by at most 0.17 px.
    expect(Math.abs(textWidth('Förderung 1.234 €', 20) - (19039 / 2048) * 20)).toBeLessThan(0.2);
    expect(Math.abs(textWidth('Kreis Kleve', 40, true) - (13022 / 2048) * 40)).toBeLessThan(0.25);
  });
});

describe('wrapForExport(graphic, format, text): layout per format', () => {
  const graphic = { width: 400, height: 300, body: '<path d="M0 0h400v300z"/>' };

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
});
