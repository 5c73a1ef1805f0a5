/**
 * /bilder/<graphic>.svg and /bilder/<graphic>-<size>.png: every press-kit image, rendered at
 * build time (src/core/views/press.ts lists the files, src/pages/bilder/_graphics.ts the graphics).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFiles, type ExportFile } from '../../core/views/press.ts';
import { pressGraphics, type Graphic } from './_graphics.ts';
import { exportSvg, exportText, pngResponse, svgResponse } from './_export.ts';

export const getStaticPaths = (async () => {
  const graphics = await pressGraphics();
  return graphics.flatMap((graphic) =>
    exportFiles(graphic.key).map((file) => ({
      params: { file: file.path.slice('bilder/'.length) },
      props: { graphic, file },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ graphic: Graphic; file: ExportFile }> = ({ props }) => {
  const { graphic, file } = props;
  const text = exportText(graphic);
  return file.kind === 'svg'
    ? svgResponse(exportSvg(graphic.svg, 'print', text))
    : pngResponse(graphic.formatSvg?.[file.kind] ?? graphic.svg, file.kind, text);
};
