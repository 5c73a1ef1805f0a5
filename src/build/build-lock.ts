/**
 * Keeps two builds from mixing: a build holds a lock file (with its process id) while it writes
 * src/generated/ and runs Astro, so a second build stops with a German message instead of
 * publishing pages from one data set and downloads from the other. A lock or a temporary
 * dist-tmp-<pid>/dist-old-<pid> folder whose process no longer runs is a leftover of a killed
 * build and is removed.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Returns true when a process with this id runs (EPERM: it runs, but belongs to someone else). */
export function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock of a running build, or the German line that says why none was granted. */
export type LockResult = { ok: true; release: () => void } | { ok: false; message: string };

function lockOwner(path: string): { pid: number; since: string } | null {
  try {
    const [pid, since] = readFileSync(path, 'utf8').split('\n');
    return { pid: Number(pid), since: since ?? '' };
  } catch {
    return null;
  }
}

/**
 * Takes the lock file at path for this process; a lock left by a process that no longer runs is
 * taken over. `now` is the time written into the lock (for the message a second build prints).
 */
export function acquireBuildLock(path: string, now: Date = new Date(), pid = process.pid): LockResult {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${pid}\n${now.toISOString()}\n`);
      closeSync(fd);
      return {
        ok: true,
        release: () => {
          if (lockOwner(path)?.pid === pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = lockOwner(path);
      if (owner && processRuns(owner.pid) && owner.pid !== pid) {
        const since = owner.since ? `, gestartet ${owner.since.slice(11, 16)} UTC` : '';
        return {
          ok: false,
          message:
            `Fehler: Ein anderer Build läuft bereits (Prozess ${owner.pid}${since}). Zwei Builds gleichzeitig würden Seiten ` +
            'und Downloads aus verschiedenen Daten mischen. Bitte warten, bis er fertig ist, und dann erneut bauen.',
        };
      }
      rmSync(path, { force: true });
    }
  }
  return { ok: false, message: `Fehler: Die Sperrdatei ${path} lässt sich nicht anlegen.` };
}

/** Returns the temporary folders next to outDir (OUT-tmp-<pid>, OUT-old-<pid>) whose build process no longer runs. */
export function staleBuildFolders(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(tmp|old)-(\\d+)$`);
  return readdirSync(parent)
    .filter((name) => {
      const match = pattern.exec(name);
      return match !== null && !processRuns(Number(match[2])) && statSync(join(parent, name)).isDirectory();
    })
    .map((name) => join(parent, name));
}

/** Removes the stale temporary folders next to outDir; returns their names. */
export function removeStaleBuildFolders(outDir: string): string[] {
  const stale = staleBuildFolders(outDir);
  for (const dir of stale) rmSync(dir, { recursive: true, force: true });
  return stale.map((dir) => basename(dir));
}
