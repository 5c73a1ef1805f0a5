/**
 * Code gates, the same commands `astro check`, `npm run lint` and `npm run format:check` run: type
 * errors and warnings in .ts and .astro files, ESLint with zero warnings, Prettier's formatting.
 * They live here so that `npm run check` and `npm test` (and therefore CI) fail on them, with the
 * tools' own file:line output as the message.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function run(bin: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe('code gates', () => {
  it('astro check finds no type error and no warning', { timeout: 240_000 }, () => {
    const { status, output } = run('astro/bin/astro.mjs', ['check']);
    const summary = /- (\d+) errors?\n- (\d+) warnings?/.exec(output);
    expect({ status, errors: summary?.[1], warnings: summary?.[2] }, output.slice(-4000)).toEqual({
      status: 0,
      errors: '0',
      warnings: '0',
    });
  });

  it('ESLint reports no error and no warning', { timeout: 120_000 }, () => {
    expect(run('eslint/bin/eslint.js', ['--max-warnings', '0', '.'])).toEqual({ status: 0, output: '' });
  });

  it('every source file is formatted as Prettier writes it', { timeout: 120_000 }, () => {
    expect(run('prettier/bin/prettier.cjs', ['--list-different', '.'])).toEqual({ status: 0, output: '' });
  });
});
