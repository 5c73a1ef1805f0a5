/**
 * /bilder/presse/<name>-<w>x<h>.png: the press images made for where they are posted
 * (src/core/views/press-files.ts lists them), drawn by the same Core code as the press builder.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPng } from '../../../build/png.ts';
import { sitePosterData } from '../../../build/poster-data.ts';
import { layoutPoster } from '../../../core/charts/poster.ts';
import { renderPosterSvg } from '../../../core/charts/poster-render.ts';
import { posterFiles, type PosterFile } from '../../../core/views/press-files.ts';
import { pressTexts } from '../../../core/views/press-texts.ts';
import { KLEVE_ANTRAG } from '../../../core/views/stichtag.ts';

export const getStaticPaths = (() => {
  const data = sitePosterData(import.meta.env.SITE, import.meta.env.BASE_URL);
  return posterFiles(
    data.gebaut,
    data.charts.map((c) => c.key),
    data.kreise,
    KLEVE_ANTRAG,
  ).map((file) => ({ params: { file: file.path.slice('bilder/presse/'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PosterFile }> = ({ props }) => {
  const data = sitePosterData(import.meta.env.SITE, import.meta.env.BASE_URL);
  const texts = pressTexts(data, props.file.subject);
  if (!texts) throw new Error(`Kein Inhalt für ${props.file.path}.`);
  const png = renderPng(renderPosterSvg(layoutPoster(props.file.format, 'light', texts.content)));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
