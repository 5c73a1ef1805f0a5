/**
 * Build-time access to the data history (src/generated/history.json, written by the build from
 * git) for /daten/aenderungen/ and /daten/stand/<JJJJ-MM-TT>/. The current state is always
 * citable: it is added from the published files when git has no state of that day.
 */
import { loadDataHistory, type DataHistory } from './data-history.ts';
import { atlas } from './site-data.ts';
import { tableSpecs } from '../core/read/schema.ts';
import { maintainerCsv, sha256Hex } from './published-files.ts';

export const history: DataHistory = loadDataHistory();

export interface CitableState {
  stand: string;
  hash: string | null;
  files: { file: string; bytes: Uint8Array<ArrayBuffer>; sha256: string }[];
}

const withHash = (file: string, bytes: Uint8Array<ArrayBuffer>) => ({
  file,
  bytes,
  sha256: sha256Hex(bytes),
});

/** Every citable data state, newest first; the published one (atlas.stand) from the published files. */
export const citableStates: CitableState[] = (() => {
  const current: CitableState = {
    stand: atlas.stand,
    hash: history.states.find((s) => s.stand === atlas.stand)?.hash ?? null,
    files: tableSpecs.map((spec) => withHash(spec.file, maintainerCsv(spec.name))),
  };
  const older = history.states
    .filter((s) => s.stand !== atlas.stand)
    .map((s) => ({
      stand: s.stand,
      hash: s.hash,
      files: s.files.map((f) => withHash(f.file, new Uint8Array(Buffer.from(f.base64, 'base64')))),
    }));
  return [current, ...older].sort((a, b) => b.stand.localeCompare(a.stand));
})();
