import { describe, expect, it } from 'vitest';
import {
  chartGraphic,
  exportFormats,
  wrapForExport,
  type ExportFormatKey,
  type ExportGraphic,
} from '../../src/core/charts/export-canvas.ts';
import { layoutRanking } from '../../src/core/charts/ranking.ts';
import { rankingSvg } from '../../src/core/charts/svg.ts';
import {
  EINWOHNER_EXPORT_LAYOUTS,
  einwohnerExportSvgs,
  einwohnerRanking,
  kostenFrame,
  KOSTEN_QUELLE,
} from '../../src/core/views/kosten/charts.ts';
import { atlas } from '../../src/build/site-data.ts';
import { kostenSeite } from '../../src/core/views/kosten/seite.ts';

const meta = { stand: '2026-11-25', licence: 'CC BY 4.0' };
const input = einwohnerRanking(kostenSeite(atlas), meta);
const exportText = { title: 't', stand: 's', source: 'q', licence: 'l', selfLabelled: true };

/** Returns the pixel size the ranking's 12-unit row labels get when the SVG is placed in an image format. */
function labelPx(graphic: ExportGraphic, format: ExportFormatKey): number {
  const placed =
    /<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)" viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(
      wrapForExport(graphic, exportFormats[format], exportText),
    );
  const [w, h, vw, vh] = (placed?.slice(1) ?? []).map(Number) as [number, number, number, number];
  return Math.round(12 * Math.min(w / vw, h / vh) * 10) / 10;
}

describe('kostenFrame(meta, title, unit, notes)', () => {
  it('states the German Stand, the licence and the one source line of /kosten/', () => {
    expect(kostenFrame(meta, 'T', 'U', ['n'])).toEqual({
      title: 'T',
      unit: 'U',
      stand: '25.11.2026',
      licence: 'CC BY 4.0',
      notes: ['n'],
      source: KOSTEN_QUELLE,
    });
  });
});

describe('einwohnerExportSvgs(input, id)', () => {
  it('keeps the ranking’s row labels at 11 px or more in the social and square images', () => {
    // One row per district (both KIs of the Städteregion Aachen count together).
    expect(input.rows).toHaveLength(atlas.kreise.length);
    const svgs = einwohnerExportSvgs(input, 'x');
    const graphic = (format: keyof typeof EINWOHNER_EXPORT_LAYOUTS) => {
      const layout = layoutRanking({ ...input, ...EINWOHNER_EXPORT_LAYOUTS[format], columns: 2 });
      return chartGraphic(svgs[format], layout.width, layout.height);
    };
    expect(labelPx(graphic('social'), 'social')).toBeGreaterThanOrEqual(11);
    expect(labelPx(graphic('square'), 'square')).toBeGreaterThanOrEqual(11);
    // The page's single column would be unreadable there: that is why the images get their own layout.
    const layout = layoutRanking({ ...input, width: 760 });
    const single = rankingSvg(layout, { id: 'p', description: '' });
    expect(labelPx(chartGraphic(single, layout.width, layout.height), 'social')).toBeLessThan(7);
  });

  it('draws every row once, with the same value labels as the page', () => {
    const { social } = einwohnerExportSvgs(input, 'x');
    const page = rankingSvg(layoutRanking({ ...input, width: 760 }), { id: 'p', description: '' });
    const titles = (svg: string) =>
      [...svg.matchAll(/<rect\b[^>]*data-key="[^"]+"[^>]*><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles(social)).toEqual(titles(page));
    expect(titles(social)).toHaveLength(input.rows.length);
  });
});
