/** /daten/stand/<JJJJ-MM-TT>/<tabelle>.csv and datapackage.json: one citable data state's files. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { standDataPackage } from '../../../../core/views/aenderungen.ts';
import { site } from '../../../../site.config.ts';
import { citableStates, type CitableState } from '../../../../build/citable-states.ts';
import { base } from '../../../../components/base-url.ts';

export const getStaticPaths = (() =>
  citableStates.flatMap((state) => [
    ...state.files.map((f) => ({ params: { stand: state.stand, file: f.file }, props: { state, file: f.file } })),
    { params: { stand: state.stand, file: 'datapackage.json' }, props: { state, file: 'datapackage.json' } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ state: CitableState; file: string }> = ({ props, site: origin }) => {
  const { state, file } = props;
  if (file === 'datapackage.json') {
    const path = `${base}daten/stand/${state.stand}/`;
    const descriptor = standDataPackage({
      title: site.title,
      stand: state.stand,
      hash: state.hash,
      homepage: origin ? new URL(path, origin).href : path,
      files: state.files.map((f) => ({ file: f.file, bytes: f.bytes.byteLength, sha256: f.sha256 })),
    });
    return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const bytes = state.files.find((f) => f.file === file)!.bytes;
  return new Response(bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
