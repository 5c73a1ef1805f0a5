import { describe, expect, it } from 'vitest';
import { chartGraphic, exportFormats, wrapForExport } from '../../src/core/charts/export-canvas.ts';

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
