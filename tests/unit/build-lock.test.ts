import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acquireBuildLock,
  processRuns,
  removeStaleBuildFolders,
  staleBuildFolders,
} from '../../src/build/build-lock.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ki-atlas-lock-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Returns the id of a process that has just ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('acquireBuildLock(path)', () => {
  it('stops a second build while the first runs, with a German line', () => {
    const path = join(tmp, 'a.lock');
    const first = acquireBuildLock(path, new Date('2026-12-05T15:31:00Z'));
    expect(first.ok).toBe(true);
    // A running process other than this one holds it: the parent of this test process.
    writeFileSync(path, `${process.ppid}\n2026-12-05T15:31:00.000Z\n`);
    expect(acquireBuildLock(path)).toEqual({
      ok: false,
      message: `Fehler: Ein anderer Build läuft bereits (Prozess ${process.ppid}, gestartet 15:31 UTC). Zwei Builds gleichzeitig würden Seiten und Downloads aus verschiedenen Daten mischen. Bitte warten, bis er fertig ist, und dann erneut bauen.`,
    });
  });

  it('takes over the lock of a build that was killed, and releases it', async () => {
    const path = join(tmp, 'b.lock');
    writeFileSync(path, `${await deadPid()}\n2026-12-05T15:00:00.000Z\n`);
    const lock = acquireBuildLock(path);
    expect(lock.ok).toBe(true);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(String(process.pid));
    if (lock.ok) lock.release();
    expect(existsSync(path)).toBe(false);
  });
});

describe('staleBuildFolders(outDir)', () => {
  it('finds dist-tmp-*/dist-old-* of dead processes only, and removes them', async () => {
    const dead = await deadPid();
    const out = join(tmp, 'site', 'dist');
    for (const name of [`dist-tmp-${dead}`, `dist-old-${dead}`, `dist-tmp-${process.pid}`, 'dist-tmp-x', 'dist']) {
      mkdirSync(join(tmp, 'site', name), { recursive: true });
    }
    expect(processRuns(dead)).toBe(false);
    expect(
      staleBuildFolders(out)
        .map((d) => d.split('/').pop())
        .sort(),
    ).toEqual([`dist-old-${dead}`, `dist-tmp-${dead}`]);
    expect(removeStaleBuildFolders(out).sort()).toEqual([`dist-old-${dead}`, `dist-tmp-${dead}`]);
    expect(existsSync(join(tmp, 'site', `dist-tmp-${process.pid}`))).toBe(true);
    expect(existsSync(join(tmp, 'site', `dist-tmp-${dead}`))).toBe(false);
  });
});
