/**
 * Builds the site from a temporary copy of the project (sources, public/, scripts, config; the
 * same node_modules via a symlink), so a gate can build with other data or another SITE_BASE
 * without touching the working tree's dist/ or src/generated/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
// Build output, caches and local state never belong in the copy.
const skipped = new Set([
  'node_modules',
  '.git',
  'dist',
  '.astro',
  '.cache',
  'bench-results',
  join('src', 'generated'),
]);

/**
 * Returns this process's environment without what vitest adds for Vite (BASE_URL=/, MODE, NODE_ENV=test, …):
 * a child Astro build would take BASE_URL over SITE_BASE and build for the wrong base path.
 */
function cleanEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) ||
      key.startsWith('VITEST') ||
      key.startsWith('VITE_')
    )
      delete env[key];
  }
  return env;
}

/** A finished isolated build: the copy's folder, its dist/, the exit status and the build output. */
export interface IsolatedBuild {
  dir: string;
  dist: string;
  status: number | null;
  output: string;
  remove(): void;
}

/**
 * Copies the project to a temporary folder, lets `prepare` change it (e.g. replace data/ files),
 * then runs `node scripts/build.ts` there with the extra environment (e.g. SITE_BASE).
 */
export function isolatedBuild(options: {
  env?: Record<string, string>;
  prepare?: (dir: string) => void;
  args?: string[];
}): IsolatedBuild {
  const dir = mkdtempSync(join(tmpdir(), 'ki-nrw-build-'));
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => {
      const path = relative(root, source);
      return !skipped.has(path) && !path.split(sep)[0]!.startsWith('dist-');
    },
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  options.prepare?.(dir);
  const run = spawnSync(process.execPath, [join(dir, 'scripts', 'build.ts'), ...(options.args ?? [])], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...cleanEnv(), CI: 'true', ...options.env },
  });
  return {
    dir,
    dist: join(dir, 'dist'),
    status: run.status,
    output: `${run.stdout}${run.stderr}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
