/**
 * /bilder/og/*.png: the 1200 × 630 preview image of each page (src/core/views/social.ts picks which):
 * the NRW map today, the first /kosten/ chart, and per district its locator map.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atlas, zentrenByKreis } from '../../../build/site-data.ts';
import { kreisLead } from '../../../core/views/kreis-page.ts';
import { kreisPath } from '../../../core/model/routes.ts';
import { kreisMapSvg, pressGraphics } from '../_graphics.ts';
import { exportText, pngResponse } from '../_export.ts';

interface Preview {
  title: string;
  subtitle?: string;
  kind: 'karte' | 'chart';
  pagePath: string;
  svg: () => Promise<string>;
}

export const getStaticPaths = (async () => {
  const graphics = await pressGraphics();
  const map = graphics.find((g) => g.key === 'karte-heute');
  const chart = graphics.find((g) => g.kind === 'chart');
  const previews: [string, Preview][] = [];
  if (map) previews.push(['karte.png', { ...map, svg: async () => map.svg }]);
  if (chart) previews.push(['kosten.png', { ...chart, pagePath: 'kosten/', svg: async () => chart.svg }]);
  for (const kreis of atlas.kreise) {
    previews.push([
      `kreis-${kreis.ags}.png`,
      {
        title: kreis.name,
        subtitle: kreisLead(kreis, zentrenByKreis(kreis.ags)),
        kind: 'karte',
        pagePath: kreisPath(kreis),
        svg: () => kreisMapSvg(kreis.ags),
      },
    ]);
  }
  return previews.map(([file, preview]) => ({ params: { file }, props: { preview } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: Preview }> = async ({ props }) => {
  const { preview } = props;
  return pngResponse(await preview.svg(), 'social', exportText(preview));
};
