/**
 * /daten/pruefen/: a thin shell over src/core/read/checker.ts. Reads the picked or dropped files
 * as bytes (nothing is sent anywhere), fetches this site's own /daten/<tabelle>.csv for the rest,
 * and shows the verdict and the report lines as text. Offers the canonical form as a download.
 */
import { checkUploads } from '../core/read/checker.ts';
import { isoDateIn } from '../core/model/dates.ts';
import { tableSpecs } from '../core/read/schema.ts';
import type { DataFile } from '../core/read/validate.ts';

const root = document.querySelector<HTMLElement>('[data-pruefen]');

async function toDataFile(file: File): Promise<DataFile> {
  return { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) };
}

let published: Promise<DataFile[]> | undefined;

/** Returns the site's published tables (same origin), fetched once. */
function publishedFiles(base: string): Promise<DataFile[]> {
  published ??= Promise.all(
    tableSpecs.map(async (spec) => {
      const response = await fetch(`${base}daten/${spec.file}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { name: spec.file, size: bytes.length, bytes };
    }),
  );
  return published;
}

function render(el: HTMLElement, files: readonly DataFile[], rest: readonly DataFile[]): void {
  const result = checkUploads(files, rest, isoDateIn(new Date()));
  const verdict = el.querySelector<HTMLElement>('[data-urteil]')!;
  verdict.textContent = result.summary;
  verdict.dataset.status = result.status;
  const list = el.querySelector<HTMLOListElement>('[data-zeilen]')!;
  list.replaceChildren(
    ...result.lines.map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      if (/^\S+:\d+:\d+: Fehler:/.test(line)) li.dataset.art = 'fehler';
      return li;
    }),
  );
  const downloads = el.querySelector<HTMLElement>('[data-downloads]')!;
  downloads.replaceChildren(
    ...result.canonical.map(({ file, bytes }) => {
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.className = 'button';
      a.href = URL.createObjectURL(new Blob([bytes], { type: 'text/csv;charset=utf-8' }));
      a.download = file;
      a.textContent = `${file} in der Form des Repositorys herunterladen`;
      p.append(a);
      return p;
    }),
  );
  el.querySelector<HTMLElement>('[data-ergebnis]')!.hidden = false;
}

async function check(el: HTMLElement, list: FileList | null): Promise<void> {
  if (!list || list.length === 0) return;
  const verdict = el.querySelector<HTMLElement>('[data-urteil]')!;
  el.querySelector<HTMLElement>('[data-ergebnis]')!.hidden = false;
  verdict.textContent = 'Die Dateien werden geprüft …';
  delete verdict.dataset.status;
  try {
    const [files, rest] = await Promise.all([
      Promise.all([...list].map(toDataFile)),
      publishedFiles(el.dataset.base ?? '/'),
    ]);
    render(el, files, rest);
  } catch (error) {
    verdict.dataset.status = 'fehler';
    verdict.textContent = `Die Prüfung ist unerwartet abgebrochen (${error instanceof Error ? error.message : String(error)}). Bitte die Seite neu laden; hilft das nicht, prüft npm run data:check dieselben Regeln.`;
  }
}

if (root) {
  const input = root.querySelector<HTMLInputElement>('[data-eingabe]')!;
  const target = root.querySelector<HTMLElement>('[data-ziel]')!;
  input.addEventListener('change', () => void check(root, input.files));
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    target.dataset.ueber = '';
  });
  target.addEventListener('dragleave', () => delete target.dataset.ueber);
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    delete target.dataset.ueber;
    void check(root, event.dataTransfer?.files ?? null);
  });
}
