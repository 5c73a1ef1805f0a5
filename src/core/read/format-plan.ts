/**
 * What `npm run data:format` does with each file of a checked folder, as one pure decision:
 * rewrite it in canonical form, leave it (already canonical), or refuse it because it has errors
 * (an unreadable cell has no canonical spelling, and a value must never change).
 */
import { canonicalBytes, toCanonicalCsv } from './canonical-csv.ts';
import { formatNumber } from '../model/format.ts';
import { filePath, type DataFile, type Validation } from './validate.ts';
import { tableSpecs } from './schema.ts';

/** The outcome for one table file: new bytes to write, or why nothing is written. */
export type FormatStep =
  | { file: string; path: string; action: 'write'; bytes: Uint8Array<ArrayBuffer>; line: string }
  | { file: string; path: string; action: 'keep' | 'refuse' | 'missing'; line: string };

function sameBytes(a: Uint8Array, b: Uint8Array | null): boolean {
  return b !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Returns one step per table file, in schema order, with the German line to print. */
export function planFormat(files: readonly DataFile[], validation: Validation, dir: string): FormatStep[] {
  return tableSpecs.map((spec) => {
    const path = filePath(dir, spec.file);
    const table = validation.tables[spec.name];
    const file = files.find((f) => f.name === spec.file);
    const errors = validation.problems
      .filter((p) => p.file === path && p.severity === 'error')
      .reduce((n, p) => n + (p.count ?? 1), 0);
    if (!file || !table) {
      return {
        file: spec.file,
        path,
        action: 'missing',
        line: `${path}: nicht umgeschrieben (nicht lesbar, siehe oben).`,
      };
    }
    if (errors > 0) {
      const count = errors === 1 ? '1 Fehler' : `${formatNumber(errors, 0)} Fehler`;
      return {
        file: spec.file,
        path,
        action: 'refuse',
        line: `${path}: nicht umgeschrieben, weil die Datei ${count} enthält (siehe oben). Bitte zuerst die Fehler beheben.`,
      };
    }
    const bytes = canonicalBytes(toCanonicalCsv(table, { keepUnknown: true }));
    if (sameBytes(bytes, file.bytes))
      return { file: spec.file, path, action: 'keep', line: `${path}: bereits in Form.` };
    return {
      file: spec.file,
      path,
      action: 'write',
      bytes,
      line: `${path}: umgeschrieben (UTF-8 mit BOM, „;“, ISO-Daten, Dezimalpunkt, fünfstellige AGS).`,
    };
  });
}
