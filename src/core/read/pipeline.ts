/**
 * The data pipeline as one pure step: files in, validated AtlasData and the normalised
 * download copies out, or nothing but the problems. scripts/build-data.ts writes the result.
 */
import { canonicalBytes, toCanonicalCsv } from './canonical-csv.ts';
import { toMachineCsv } from './machine-csv.ts';
import { tableSpecs } from './schema.ts';
import type { AtlasData, IsoDate } from '../model/types.ts';
import { validateData, type DataFile, type ValidateOptions, type Validation } from './validate.ts';

/** Dates the build stamps on the data. */
export interface BuildDates {
  /** Date of the newest data change (git), shown as "Stand". */
  stand: IsoDate;
  /** Date of the build. */
  gebaut: IsoDate;
}

/** The check, and when it found no error: the site's data and one normalised CSV text per table file. */
export interface PipelineResult {
  validation: Validation;
  atlas: AtlasData | null;
  /** Normalised CSV text by file name ("kreise.csv"), for machines. */
  machineCsv: Record<string, string> | null;
  /** The maintainers' file in canonical form (UTF-8 with BOM, `;`, known columns only) by file name. */
  tableCsv: Record<string, Uint8Array<ArrayBuffer>> | null;
}

/** Returns the validated data and its normalised CSV copies, or only the validation when there are errors. */
export function runPipeline(files: readonly DataFile[], options: ValidateOptions, dates: BuildDates): PipelineResult {
  const validation = validateData(files, options);
  if (!validation.data) return { validation, atlas: null, machineCsv: null, tableCsv: null };
  const atlas: AtlasData = { stand: dates.stand, gebaut: dates.gebaut, ...validation.data };
  const machineCsv = Object.fromEntries(
    tableSpecs.map((spec) => [spec.file, toMachineCsv(validation.tables[spec.name]!)]),
  );
  // Unknown columns are left out: only checked columns are ever published.
  const tableCsv = Object.fromEntries(
    tableSpecs.map((spec) => [
      spec.file,
      canonicalBytes(toCanonicalCsv(validation.tables[spec.name]!, { keepUnknown: false })),
    ]),
  );
  return { validation, atlas, machineCsv, tableCsv };
}
