/**
 * /bilder/og/*.png: the 1200 × 630 preview image of each page (src/core/views/social.ts picks which):
 * the NRW map today, the first /kosten/ chart, and per district its locator map.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atlas, zentrenByKreis } from '../../../build/site-data.ts';
import { kreisLead } from '../../../core/views/kreis-page.ts';
import { kreisPath } from '../../../core/model/routes.ts';
import { kreisLocatorGraphic, pressGraphics } from '../../../build/press-graphics.ts';
import { exportText, pngResponse } from '../../../build/image-export.ts';
import type { ExportGraphic } from '../../../core/charts/export-canvas.ts';

interface Preview {
  title: string;
  subtitle?: string;
  kind: 'karte' | 'chart';
  pagePath: string;
  graphic: () => ExportGraphic;
}

export const getStaticPaths = (() => {
  const graphics = pressGraphics();
  const map = graphics.find((g) => g.key === 'karte-heute');
  const chart = graphics.find((g) => g.kind === 'chart');
  const previews: [string, Preview][] = [];
  if (map) previews.push(['karte.png', { ...map, graphic: () => map.graphic }]);
  if (chart) previews.push(['kosten.png', { ...chart, pagePath: 'kosten/', graphic: () => chart.graphic }]);
  for (const kreis of atlas.kreise) {
    previews.push([
      `kreis-${kreis.ags}.png`,
      {
        title: kreis.name,
        subtitle: kreisLead(kreis, zentrenByKreis(kreis.ags)),
        kind: 'karte',
        pagePath: kreisPath(kreis),
        graphic: () => kreisLocatorGraphic(kreis.ags),
      },
    ]);
  }
  return previews.map(([file, preview]) => ({ params: { file }, props: { preview } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: Preview }> = ({ props }) => {
  const { preview } = props;
  return pngResponse(preview.graphic(), 'social', exportText(preview));
};
