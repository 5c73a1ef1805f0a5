import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataHistory, reasons } from '../../src/build/data-history.ts';
import { okDir } from '../fixtures/load.ts';
import { commitFile, initDataRepo, makeShallow } from './git-fixture.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ki-nrw-history-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('readDataHistory(dataDir) on a repository with two data commits', () => {
  let dir: string;
  let changed: string;
  let hash: string;

  beforeAll(() => {
    dir = tempDir();
    initDataRepo(dir, okDir, '2026-11-20T10:00:00+01:00', 'Daten angelegt');
    const zentren = readFileSync(join(dir, 'data', 'zentren.csv'), 'utf8');
    changed = zentren.replace(
      'duesseldorf;05111;05111;Stadt Düsseldorf;kreisfreie Stadt;;;2017-10-05;',
      'duesseldorf;05111;05111;Stadt Düsseldorf;kreisfreie Stadt;2013-08-01;;2017-10-05;',
    );
    expect(changed).not.toBe(zentren);
    hash = commitFile(dir, 'data/zentren.csv', changed, '2026-11-25T09:30:00+01:00', 'Düsseldorf: Start belegt');
  });

  it('lists the commits newest first with the German sentence for the changed cell', () => {
    const history = readDataHistory(join(dir, 'data'));
    expect(history.status).toBe('ok');
    expect(history.commits.map((c) => [c.date, c.subject])).toEqual([
      ['2026-11-25', 'Düsseldorf: Start belegt'],
      ['2026-11-20', 'Daten angelegt'],
    ]);
    expect(history.commits[0]!.tables).toEqual([
      {
        table: 'zentren',
        file: 'zentren.csv',
        sentences: ['Stadt Düsseldorf: Start von unbekannt auf 01.08.2013 gesetzt, Quelle mkffi-2017-10-05.'],
      },
    ]);
    expect(history.commits[1]!.tables.map((t) => t.sentences[0])).toEqual([
      'Datei kreise.csv angelegt.',
      'Datei zentren.csv angelegt.',
      'Datei foerderung.csv angelegt.',
      'Datei landesmittel.csv angelegt.',
      'Datei chronik.csv angelegt.',
      'Datei quellen.csv angelegt.',
    ]);
  });

  it('keeps each day’s state with the files exactly as committed', () => {
    const history = readDataHistory(join(dir, 'data'));
    expect(history.states.map((s) => [s.stand, s.files.length])).toEqual([
      ['2026-11-25', 6],
      ['2026-11-20', 6],
    ]);
    expect(history.states[0]!.hash).toBe(hash);
    const zentren = history.states[0]!.files.find((f) => f.file === 'zentren.csv')!;
    expect(Buffer.from(zentren.base64, 'base64').toString('utf8')).toBe(changed);
    const before = history.states[1]!.files.find((f) => f.file === 'zentren.csv')!;
    expect(Buffer.from(before.base64, 'base64').toString('utf8')).toBe(
      readFileSync(join(okDir, 'zentren.csv'), 'utf8'),
    );
  });

  it('gives no list at all in a shallow clone, only the German reason', () => {
    const shallow = tempDir();
    initDataRepo(shallow, okDir, '2026-11-20T10:00:00+01:00', 'Daten angelegt');
    makeShallow(shallow);
    expect(readDataHistory(join(shallow, 'data'))).toEqual({
      status: 'unavailable',
      reason: reasons.shallow,
      commits: [],
      states: [],
    });
    expect(reasons.shallow).toBe(
      'Die Liste der Änderungen fehlt in diesem Build: Die Kopie des Repositorys enthält nicht die ganze ' +
        'Versionsgeschichte (flacher Klon). Mit „git fetch --unshallow“ die Geschichte holen und neu bauen.',
    );
  });

  it('says why there is no list for a data folder outside git', () => {
    expect(readDataHistory(tempDir()).status).toBe('unavailable');
    expect(readDataHistory(tempDir())).toMatchObject({ reason: reasons.noGit });
  });
});
