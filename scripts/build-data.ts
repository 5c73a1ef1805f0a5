/**
 * `npm run data:build [-- --data DIR] [--out DIR]`: checks the data and, only when there is no
 * error, writes the site's data (OUT/data.json, type AtlasData), the normalised copies for
 * machines (OUT/csv/<table>.csv) and the maintainers' files in canonical form, known columns
 * only (OUT/original/<table>.csv, what `npm run data:format` would write minus unknown columns).
 * OUT defaults to src/generated. On errors it prints them and writes nothing (exit 1).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireBuildLock } from '../src/build/build-lock.ts';
import { runPipeline, type PipelineResult } from '../src/core/read/pipeline.ts';
import { formatProblem } from '../src/core/read/problems.ts';
import { formatSuccess, reportLines } from '../src/core/read/report.ts';
import { tableSpecs } from '../src/core/read/schema.ts';
import { dataStand, parseDataFlags, readDataDir, type DataFlags } from '../src/build/data-dir.ts';

/** Writes a file via a temporary name, so a reader never sees half of it. */
function writeAtomic(path: string, text: string | Uint8Array): void {
  writeFileSync(`${path}.tmp-${process.pid}`, text);
  renameSync(`${path}.tmp-${process.pid}`, path);
}

/** Writes the pipeline's output below outDir (the caller made sure it has no errors). */
export function writeGenerated(result: PipelineResult, outDir: string): void {
  mkdirSync(join(outDir, 'csv'), { recursive: true });
  mkdirSync(join(outDir, 'original'), { recursive: true });
  for (const spec of tableSpecs) {
    writeAtomic(join(outDir, 'csv', spec.file), result.machineCsv![spec.file]!);
    writeAtomic(join(outDir, 'original', spec.file), result.tableCsv![spec.file]!);
  }
  writeAtomic(join(outDir, 'data.json'), `${JSON.stringify(result.atlas, null, 1)}\n`);
}

/** Runs check and pipeline on the flagged data folder; returns the result without writing. */
export function runDataPipeline(flags: DataFlags): PipelineResult {
  return runPipeline(readDataDir(flags.dataDir), flags.validate, {
    stand: dataStand(flags.dataDir),
    gebaut: flags.validate.today,
  });
}

if (import.meta.main) {
  const flags = parseDataFlags(process.argv.slice(2), ['out']);
  const outDir = (flags.rest['out'] as string | undefined) ?? join('src', 'generated');
  const result = runDataPipeline(flags);
  const { problems, stats } = result.validation;
  if (!result.atlas) {
    console.error(reportLines(problems, stats).join('\n'));
    process.exit(1);
  }
  for (const p of problems) console.log(formatProblem(p));
  // A running build reads src/generated/: writing other data into it now would mix the two.
  mkdirSync(outDir, { recursive: true });
  const lock = acquireBuildLock(join(outDir, '.build-lock'));
  if (!lock.ok) {
    console.error(lock.message);
    process.exit(1);
  }
  try {
    writeGenerated(result, outDir);
  } finally {
    lock.release();
  }
  console.log(
    `${formatSuccess(stats, result.validation.hints)} Geschrieben: ${join(outDir, 'data.json')} (Stand ${result.atlas.stand}).`,
  );
}
