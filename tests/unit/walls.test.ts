/**
 * The walls between the layers of src/ (eslint.config.js): a planted violation of each kind must fail
 * the lint with the rule and reason a developer will read, and the same code in a layer that may do
 * it must pass. Runs ESLint's own API on code at virtual paths, so nothing is written to src/.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** Returns "rule: message" for every problem ESLint reports for code at filePath. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const imp = (spec: string) => `import x from '${spec}';\nexport default x;\n`;

describe('walls: a planted violation fails the lint', () => {
  it.each([
    ['src/core/model/planted.ts', imp('node:fs'), 'Node APIs belong in src/build/, scripts/ or tools/.'],
    ['src/core/views/planted.ts', imp('astro:content'), 'Astro APIs belong in pages, components and layouts.'],
    ['src/core/charts/planted.ts', imp('leaflet'), 'Leaflet belongs in src/client/.'],
    [
      'src/core/views/planted.ts',
      imp('../../generated/data.json'),
      'Generated data is loaded by src/build/site-data.ts',
    ],
    ['src/core/charts/planted.ts', imp('../../../public/geo/nrw-kreise.topo.json'), 'Files in public/ are served'],
    ['src/core/read/planted.ts', imp('../../../scripts/build.ts'), 'scripts/ are entry points'],
    ['src/core/read/planted.ts', imp('../../build/site-data.ts'), 'Build-time code (src/build/) is not available'],
    ['src/core/views/planted.ts', imp('../../components/Betrag.astro'), 'Core does not render'],
    ['src/core/views/planted.ts', imp('../../site.config.ts'), 'Core gets operator settings as arguments.'],
    ['src/pages/planted.astro', `---\n${imp('node:fs')}---\n<p>x</p>\n`, 'Node APIs belong in src/build/'],
    ['src/pages/daten/planted.ts', imp('../kosten.astro'), 'A page does not import another page.'],
    ['src/pages/embed/planted.ts', imp('../bilder/_graphics.ts'), "A page folder's private helper (_name.ts)"],
    [
      'src/components/Planted.astro',
      `---\n${imp('../build/site-data.ts')}---\n<p>x</p>\n`,
      'Build-time code (src/build/)',
    ],
    ['src/components/Planted.astro', `---\n${imp('node:path')}---\n<p>x</p>\n`, 'Node APIs belong in src/build/'],
    ['src/client/planted.ts', imp('../../scripts/build.ts'), 'scripts/ are entry points'],
    ['src/client/planted.ts', imp('../build/site-data.ts'), 'Build-time code (src/build/) is not available'],
    ['src/client/planted.ts', imp('node:fs'), 'Node APIs belong in src/build/'],
    ['src/build/planted.ts', imp('../client/map.ts'), 'Browser islands (src/client/) are loaded by pages'],
    ['scripts/planted.ts', imp('../src/pages/kosten.astro'), 'Nothing imports a page.'],
  ])('%s importing: %s', async (file, code, reason) => {
    const found = await problems(file, code);
    expect(
      found.some((p) => p.startsWith('no-restricted-imports:') && p.includes(reason)),
      found.join('\n'),
    ).toBe(true);
  });

  it.each([
    [
      'src/core/model/planted.ts',
      'export const w = document.title;\n',
      'document is not available in src/core (pure functions).',
    ],
    [
      'src/core/model/planted.ts',
      'export const e = process.env.CI;\n',
      'process is not available in src/core (pure functions).',
    ],
    ['src/client/planted.ts', 'export const e = process.env.CI;\n', 'process is not available in browser code.'],
    ['src/build/planted.ts', 'export const w = window.innerWidth;\n', 'window is not available in build-time code.'],
  ])('%s using a global: %s', async (file, code, message) => {
    const name = message.split(' ')[0];
    expect(await problems(file, code)).toContain(`no-restricted-globals: Unexpected use of '${name}'. ${message}`);
  });
});

describe('walls: allowed where the layer may do it', () => {
  it.each([
    ['src/build/planted.ts', imp('node:fs')],
    ['src/build/planted.ts', imp('../generated/data.json')],
    ['src/client/planted.ts', imp('leaflet')],
    ['src/pages/planted.ts', imp('../build/site-data.ts')],
    ['src/pages/daten/planted.ts', imp('./_helper.ts')],
    ['src/pages/planted.astro', `---\n${imp('../components/Betrag.astro')}---\n<p>x</p>\n`],
    ['src/core/views/planted.ts', imp('../model/format.ts')],
    ['tools/bench/planted.ts', imp('node:fs')],
  ])('%s: %s', async (file, code) => {
    expect((await problems(file, code)).filter((p) => /no-restricted-(imports|globals)/.test(p))).toEqual([]);
  });

  it('client code may use browser globals', async () => {
    expect(
      await problems('src/client/planted.ts', 'export const w = window.innerWidth + document.title.length;\n'),
    ).toEqual([]);
  });
});
