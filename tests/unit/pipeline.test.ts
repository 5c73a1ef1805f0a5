import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDateIn } from '../../src/core/model/dates.ts';
import { formatProblem } from '../../src/core/read/problems.ts';
import { runPipeline } from '../../src/core/read/pipeline.ts';
import { validateData } from '../../src/core/read/validate.ts';
import { readDataDir } from '../../src/build/data-dir.ts';
import { fixtureOptions, fixtures, loadDir, okDir } from '../fixtures/load.ts';
import { excelRoundTrip, libreOfficeRoundTrip, throughWindows1252 } from '../fixtures/roundtrip.ts';

const dates = { stand: '2026-11-20', gebaut: '2026-11-25' };
const expectedDir = join(fixtures, 'expected');
const variantsDir = join(fixtures, 'variants');

describe('runPipeline on tests/fixtures/ok (golden files)', () => {
  const result = runPipeline(loadDir(okDir), fixtureOptions, dates);

  it('yields exactly tests/fixtures/expected/data.json', () => {
    const expected = JSON.parse(readFileSync(join(expectedDir, 'data.json'), 'utf8'));
    expect(result.atlas).toEqual(expected);
  });

  it.each(readdirSync(join(expectedDir, 'csv')))('yields exactly expected/csv/%s as normalised copy', (file) => {
    expect(result.machineCsv![file]).toBe(readFileSync(join(expectedDir, 'csv', file), 'utf8'));
  });

  it('keeps money in integer cents and dates at their precision', () => {
    const pauschale = result.atlas!.foerderung.find((f) => f.id === 'pauschale-2017')!;
    expect(pauschale.betragCent).toBe(1_416_750);
    expect(pauschale.gueltigAb).toEqual({
      value: '2017',
      precision: 'jahr',
      earliest: '2017-01-01',
      latest: '2017-12-31',
    });
  });

  it('gives nothing but the problems when the data has errors', () => {
    const broken = loadDir(okDir).filter((f) => f.name !== 'quellen.csv');
    const failed = runPipeline(broken, fixtureOptions, dates);
    expect(failed.atlas).toBeNull();
    expect(failed.machineCsv).toBeNull();
    expect(failed.validation.errors).toBe(1);
  });
});

describe('good variants (tests/fixtures/variants) read as the same data', () => {
  const canonical = runPipeline(loadDir(okDir), fixtureOptions, dates);

  it.each(['excel-windows-1252', 'libreoffice-utf8-comma', 'bom-crlf', 'german-spellings-quoted'])(
    '%s: identical data and normalised copies, no problem',
    (variant) => {
      const result = runPipeline(loadDir(join(variantsDir, variant)), fixtureOptions, dates);
      expect(result.validation.problems.map(formatProblem)).toEqual([]);
      expect(result.atlas).toEqual(canonical.atlas);
      expect(result.machineCsv).toEqual(canonical.machineCsv);
    },
  );

  it('excel-windows-1252 really is Windows-1252 with ; and CRLF', () => {
    const v = validateData(loadDir(join(variantsDir, 'excel-windows-1252')), fixtureOptions);
    const kreise = v.tables.kreise!;
    expect(kreise.rows.length).toBe(5);
    const raw = readFileSync(join(variantsDir, 'excel-windows-1252', 'kreise.csv'));
    expect(raw.includes(0xfc) || raw.includes(0xf6)).toBe(true); // ü/ö as single Windows-1252 bytes
    expect(raw.includes(Buffer.from('\r\n'))).toBe(true);
  });

  it('ags-without-leading-zero: identical data, hints per restored AGS collapsed per file', () => {
    const result = runPipeline(loadDir(join(variantsDir, 'ags-without-leading-zero')), fixtureOptions, dates);
    expect(result.atlas).toEqual(canonical.atlas);
    expect(result.validation.errors).toBe(0);
    expect(result.validation.problems.map(formatProblem)).toEqual([
      'data/kreise.csv:2:1: Hinweis: AGS ohne führende Null in 5 Zeilen (2–5, 7) – automatisch ergänzt, z. B. „5111“ → „05111“. „npm run data:format“ schreibt die Datei mit fünfstelligen AGS zurück.',
      'data/zentren.csv:2:2: Hinweis: AGS ohne führende Null in 6 Zeilen (2–6, 8) – automatisch ergänzt, z. B. „5111“ → „05111“. „npm run data:format“ schreibt die Datei mit fünfstelligen AGS zurück.',
      'data/chronik.csv:2:2: Hinweis: AGS „5154“ hat 4 Stellen; gelesen als „05154“ (Excel entfernt führende Nullen).',
      'data/chronik.csv:3:2: Hinweis: AGS „5154“ hat 4 Stellen; gelesen als „05154“ (Excel entfernt führende Nullen).',
      'data/chronik.csv:5:2: Hinweis: AGS „5154“ hat 4 Stellen; gelesen als „05154“ (Excel entfernt führende Nullen).',
    ]);
    // 5 Kreise + 6 Zentren × 2 columns + 3 Chronik rows with a district (one is "NRW"), counted one by one.
    expect(result.validation.hints).toBe(5 + 12 + 3);
  });
});

const realData = join(fixtures, '..', '..', 'data');
const hasRealData = existsSync(join(realData, 'kreise.csv')) && existsSync(join(realData, 'zentren.csv'));

/** Returns a copy of a value with every string passed through a function (deep). */
function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  return value;
}

describe.runIf(hasRealData)('the real data in data/', () => {
  const today = isoDateIn(new Date());
  const real = runPipeline(readDataDir(realData), { today }, dates);
  const tables = Object.values(real.validation.tables);

  it('passes with zero errors and yields 53 Kreise and 54 Zentren', () => {
    expect(real.validation.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(real.atlas!.kreise.length).toBe(53);
    expect(real.atlas!.zentren.length).toBe(54);
  });

  it('reads a German Excel round-trip as the same data, with one hint per AGS that lost its zero', () => {
    const result = runPipeline(excelRoundTrip(tables), { today }, dates);
    expect(result.validation.errors).toBe(0);
    const agsCells = 53 + 54 * 2 + real.atlas!.chronik.filter((c) => c.kreisAgs !== 'NRW').length;
    // One collapsed line per file, but every restored AGS counted.
    expect(
      result.validation.problems.filter((p) => p.message.startsWith('AGS ohne führende Null')).map((p) => p.count),
    ).toEqual([53, 108, agsCells - 53 - 108]);
    expect(result.validation.hints).toBe(real.validation.hints + agsCells);
    // Windows-1252 cannot hold every character (e.g. "≈"); Excel writes "?" for those.
    expect(result.atlas).toEqual(mapStrings(real.atlas, throughWindows1252));
  });

  it('reads a LibreOffice round-trip (UTF-8, comma) as exactly the same data', () => {
    const result = runPipeline(libreOfficeRoundTrip(tables), { today }, dates);
    expect(result.validation.problems).toEqual(real.validation.problems);
    expect(result.atlas).toEqual(real.atlas);
    expect(result.machineCsv).toEqual(real.machineCsv);
  });
});
