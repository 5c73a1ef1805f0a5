/**
 * Supply chain: npm (11.x) runs a dependency's install script only when package.json's
 * allowScripts approves it. Every package in the lock file that has an install script is either
 * approved here for a stated reason or stays blocked for a stated reason; nothing is approved blindly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

/** Packages whose install script runs, and why it may. */
const approved: Record<string, string> = {
  esbuild:
    'postinstall checks that the platform binary from @esbuild/<platform> (a locked, integrity-checked package) runs',
};
/** Packages whose install script stays blocked, and why the project works without it. */
const blocked: Record<string, string> = {
  'vnu-jar':
    'postinstall downloads a Java runtime without checksum when Java is missing; the HTML gate uses the system Java (.ci/run installs it)',
};

describe('package.json allowScripts', () => {
  it('approves exactly the packages listed here, by name', () => {
    expect(pkg.allowScripts).toEqual(Object.fromEntries(Object.keys(approved).map((name) => [name, true])));
  });

  it('covers every package with an install script in package-lock.json, approved or knowingly blocked', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    const unreviewed = withScripts.filter((name) => !(name in approved) && !(name in blocked));
    expect(unreviewed).toEqual([]);
  });
});
