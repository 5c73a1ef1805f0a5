/**
 * The browser checker of /daten/pruefen/ as one pure step: the files a maintainer picked, checked
 * together with the published tables for the rest (so references between tables are checked too),
 * with the same messages as `npm run data:check`, a one-sentence verdict, and for each picked
 * file that is not in canonical form the bytes `npm run data:format` would write.
 */
import { readCsv } from './csv.ts';
import { countWord } from './problems.ts';
import { reportLines } from './report.ts';
import { tableSpecs, type TableName } from './schema.ts';
import type { IsoDate } from '../model/types.ts';
import { validateData, type DataFile } from './validate.ts';
import { planFormat } from './format-plan.ts';

/** The verdict of a browser check. */
export interface CheckerResult {
  /** "ok" = ready to upload, "fehler" = not yet. */
  status: 'ok' | 'fehler';
  /** One sentence that says whether the picked files are ready. */
  summary: string;
  /** The report, line by line, exactly as `npm run data:check` prints it. */
  lines: string[];
  /** Picked table files whose canonical form differs, with that form's bytes. */
  canonical: { file: string; bytes: Uint8Array<ArrayBuffer> }[];
}

/** Returns the data rows per table of the published files (what a deletion is measured against). */
function publishedRows(published: readonly DataFile[]): Partial<Record<TableName, number>> {
  const rows: Partial<Record<TableName, number>> = {};
  for (const spec of tableSpecs) {
    const file = published.find((f) => f.name === spec.file);
    const table = file?.bytes ? readCsv(file.bytes, spec.file).table : null;
    if (table) rows[spec.name] = table.rows.length;
  }
  return rows;
}

function names(files: readonly string[]): string {
  if (files.length === 1) return files[0]!;
  return `${files.slice(0, -1).join(', ')} und ${files.at(-1)}`;
}

/** Returns the check of the picked files against the published rest, as data:check would report it. */
export function checkUploads(
  picked: readonly DataFile[],
  published: readonly DataFile[],
  today: IsoDate,
): CheckerResult {
  const pickedNames = new Set(picked.map((f) => f.name));
  const files = [...published.filter((f) => !pickedNames.has(f.name)), ...picked];
  const validation = validateData(files, { today, previousRows: publishedRows(published) });
  const lines = reportLines(validation.problems, validation.stats);
  const canonical = planFormat(files, validation, 'data').flatMap((step) =>
    step.action === 'write' && pickedNames.has(step.file) ? [{ file: step.file, bytes: step.bytes }] : [],
  );
  const list = names([...pickedNames]);
  if (validation.errors > 0) {
    return {
      status: 'fehler',
      summary:
        `Noch nicht bereit: ${countWord(validation.errors, 'Fehler', 'Fehler')}. ` +
        'Bitte die Fehler in der Tabelle beheben, die Datei speichern und hier erneut prüfen.',
      lines,
      canonical,
    };
  }
  const hints = validation.hints === 0 ? '' : ` (${countWord(validation.hints, 'Hinweis', 'Hinweise')}, siehe unten)`;
  return {
    status: 'ok',
    summary: `Bereit zum Hochladen: ${list} ${pickedNames.size === 1 ? 'hat' : 'haben'} keine Fehler${hints}.`,
    lines,
    canonical,
  };
}
