/** A temporary git repository for history tests: commit files with fixed dates, make it shallow. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const identity = ['-c', 'user.name=Redaktion', '-c', 'user.email=redaktion@example.org', '-c', 'commit.gpgsign=false'];

export function git(dir: string, args: string[], date?: string): string {
  const env = date ? { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : process.env;
  return execFileSync('git', [...identity, ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Initialises a repository in dir with `data/` copied from a folder, committed on the given date. */
export function initDataRepo(dir: string, from: string, date: string, message: string): void {
  mkdirSync(join(dir, 'data'), { recursive: true });
  cpSync(from, join(dir, 'data'), { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', 'data']);
  git(dir, ['commit', '-q', '-m', message], date);
}

/** Writes a file below dir and commits it on the given date. */
export function commitFile(dir: string, path: string, text: string, date: string, message: string): string {
  writeFileSync(join(dir, path), text);
  git(dir, ['add', path]);
  git(dir, ['commit', '-q', '-m', message], date);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

/** Makes the repository look like a `--depth 1` clone: HEAD is a shallow commit. */
export function makeShallow(dir: string): void {
  writeFileSync(join(dir, '.git', 'shallow'), `${git(dir, ['rev-parse', 'HEAD']).trim()}\n`);
}
