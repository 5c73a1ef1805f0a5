/**
 * /bilder/<graphic>.svg and /bilder/<graphic>-<size>.png: every press-kit image, rendered at
 * build time (src/core/views/press.ts lists the files, src/build/press-graphics.ts the graphics).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFiles, type ExportFile } from '../../core/views/press.ts';
import { pressGraphics, type Graphic } from '../../build/press-graphics.ts';
import { exportSvg, exportText, pngResponse, svgResponse } from '../../build/image-export.ts';

export const getStaticPaths = (() =>
  pressGraphics().flatMap((graphic) =>
    exportFiles(graphic.key).map((file) => ({
      params: { file: file.path.slice('bilder/'.length) },
      props: { graphic, file },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ graphic: Graphic; file: ExportFile }> = ({ props }) => {
  const { graphic, file } = props;
  const text = exportText(graphic);
  return file.kind === 'svg'
    ? svgResponse(exportSvg(graphic.graphic, 'print', text))
    : pngResponse(graphic.formatGraphic?.[file.kind] ?? graphic.graphic, file.kind, text);
};
