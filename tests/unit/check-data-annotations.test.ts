import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticData } from '../../tools/bench/synthetic.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ki-nrw-annotations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkData(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    ['scripts/check-data.ts', '--data', dir, '--expect-kreise', '400', '--ags-prefix', '', '--today', '2026-01-01'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    },
  );
}

describe('npm run data:check in GitHub Actions', () => {
  // A synthetic data set with one bad date in line 3, column 6 ("start") of zentren.csv.
  const tables = syntheticData(1);
  const lines = tables['zentren.csv']!.split('\n');
  const cells = lines[2]!.split(';');
  cells[5] = '31.02.2017';
  lines[2] = cells.join(';');
  for (const [name, text] of Object.entries({ ...tables, 'zentren.csv': lines.join('\n') }))
    writeFileSync(join(dir, name), text);

  it('prints each problem as an ::error annotation on the file, line and column when GITHUB_ACTIONS=true', () => {
    const run = checkData({ GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      `::error file=${dir}/zentren.csv,line=3,col=6,title=Datenfehler::Spalte „start“: „31.02.2017“ ist kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT).`,
    ]);
  });

  it('prints no workflow commands outside GitHub Actions', () => {
    const run = checkData({});
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('::error');
    expect(run.stdout).toContain(
      `${dir}/zentren.csv:3:6: Fehler: Spalte „start“: „31.02.2017“ ist kein gültiges Datum`,
    );
  });
});
