/**
 * Code style gates, the same commands `npm run lint` and `npm run format:check` run: ESLint with
 * zero warnings and Prettier's formatting. They live here so that `npm run check` and `npm test`
 * (and therefore CI) fail on them, with ESLint's and Prettier's own file:line output as the message.
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

describe('code style', () => {
  it('ESLint reports no error and no warning', { timeout: 120_000 }, () => {
    expect(run('eslint/bin/eslint.js', ['--max-warnings', '0', '.'])).toEqual({ status: 0, output: '' });
  });

  it('every source file is formatted as Prettier writes it', { timeout: 120_000 }, () => {
    expect(run('prettier/bin/prettier.cjs', ['--list-different', '.'])).toEqual({ status: 0, output: '' });
  });
});
