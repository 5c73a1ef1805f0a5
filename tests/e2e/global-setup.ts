/**
 * Builds the site once (unless E2E_SKIP_BUILD=1 and dist/ exists) and serves dist/ for all browser tests.
 * Tests read the address with `inject('baseUrl')`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { describeBrowser, findChromium } from '../../tools/bench/browser-path.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';

const root = join(import.meta.dirname, '..', '..');
let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  // Fail early, before a long build, and say once which browser this run uses.
  console.log(describeBrowser(await findChromium()));
  const dist = join(root, 'dist');
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync(dist))) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('Der Build für die Browser-Tests ist fehlgeschlagen (siehe Ausgabe oben).');
  }
  server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  project.provide('distDir', dist);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
