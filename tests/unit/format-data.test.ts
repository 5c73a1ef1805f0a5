import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planFormat } from '../../src/core/read/format-plan.ts';
import { validateData } from '../../src/core/read/validate.ts';
import { readDataDir } from '../../src/build/data-dir.ts';
import { excelRoundTrip } from '../fixtures/roundtrip.ts';
import { fixtureOptions, loadCase, loadDir, okDir } from '../fixtures/load.ts';

const today = '2026-11-25';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('planFormat(files, validation, dir)', () => {
  it('leaves the real data untouched: data/ is already canonical', () => {
    const files = readDataDir('data');
    const steps = planFormat(files, validateData(files, { today }), 'data');
    expect(steps.map((s) => s.line)).toEqual([
      'data/kreise.csv: bereits in Form.',
      'data/zentren.csv: bereits in Form.',
      'data/foerderung.csv: bereits in Form.',
      'data/landesmittel.csv: bereits in Form.',
      'data/chronik.csv: bereits in Form.',
      'data/quellen.csv: bereits in Form.',
    ]);
  });

  it('refuses a file with errors and names the count', () => {
    const files = loadCase('51-formula-cells');
    const steps = planFormat(files, validateData(files, fixtureOptions), 'data');
    expect(steps.find((s) => s.file === 'zentren.csv')!.line).toBe(
      'data/zentren.csv: nicht umgeschrieben, weil die Datei 2 Fehler enthält (siehe oben). Bitte zuerst die Fehler beheben.',
    );
    expect(steps.find((s) => s.file === 'zentren.csv')!.action).toBe('refuse');
  });

  it('rewrites unneeded quotes in the ok fixture, keeping every value', () => {
    const files = loadDir(okDir);
    const steps = planFormat(files, validateData(files, fixtureOptions), 'data');
    const chronik = steps.find((s) => s.file === 'chronik.csv')!;
    expect(chronik.line).toBe(
      'data/chronik.csv: umgeschrieben (UTF-8 mit BOM, „;“, ISO-Daten, Dezimalpunkt, fünfstellige AGS).',
    );
    const rewritten = chronik.action === 'write' ? chronik.bytes : new Uint8Array();
    const again = files.map((f) => (f.name === 'chronik.csv' ? { ...f, bytes: rewritten, size: rewritten.length } : f));
    expect(validateData(again, fixtureOptions).data).toEqual(validateData(files, fixtureOptions).data);
  });
});

describe('npm run data:format after an Excel save', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ki-atlas-format-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('leaves a git diff of exactly the one edited line of zentren.csv', () => {
    const dir = join(tmp, 'data');
    cpSync('data', dir, { recursive: true });
    git(tmp, 'init', '-q');
    git(tmp, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
    git(tmp, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'data');
    const checked = validateData(readDataDir(dir), { today, dir });
    const zentren = checked.tables.zentren!;
    // The maintainer changes one cell (fachstellen of the third KI) and saves as German Excel does.
    const row = zentren.rows[2]!;
    const edited = {
      ...zentren,
      rows: zentren.rows.map((r) =>
        r === row ? { ...r, machine: { ...r.machine, fachstellen: '4.5' }, written: { ...r.written } } : r,
      ),
    };
    const [excel] = excelRoundTrip([edited]);
    writeFileSync(join(dir, 'zentren.csv'), excel!.bytes!);
    // The save rewrote (nearly) every line: Windows-1252, CRLF, German dates, AGS without zero.
    expect(Number(git(tmp, 'diff', '--numstat').split('\t')[0])).toBeGreaterThan(50);
    const run = spawnSync(process.execPath, ['scripts/format-data.ts', '--data', dir, '--today', today], {
      encoding: 'utf8',
    });
    expect(run.stdout.split('\n')).toContain(
      `${dir}/zentren.csv: umgeschrieben (UTF-8 mit BOM, „;“, ISO-Daten, Dezimalpunkt, fünfstellige AGS).`,
    );
    expect(run.status).toBe(0);
    expect(git(tmp, 'diff', '--numstat')).toBe('1\t1\tdata/zentren.csv\n');
    const diff = git(tmp, 'diff', '-U0')
      .split('\n')
      .filter((l) => /^[-+][^-+]/.test(l));
    expect(diff).toHaveLength(2);
    expect(diff[1]).toContain(';4.5;');
    expect(readFileSync(join(dir, 'zentren.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
