import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pinComments, workflowProblems } from './workflow-rules.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('workflowProblems(deploy.yml)', () => {
  it('finds every gap in the workflow as it was before hardening', () => {
    expect(workflowProblems(read('tests/fixtures/workflow/deploy-unhardened.yml'))).toEqual([
      'Oberste Ebene: permissions muss genau „contents: read“ sein.',
      'Oberste Ebene: „pages: write“ gilt für jeden Job.',
      'Oberste Ebene: „id-token: write“ gilt für jeden Job.',
      'Job „build“: „actions/checkout@v5“ ist nicht auf einen vollständigen Commit-SHA festgelegt.',
      'Job „build“: „actions/setup-node@v5“ ist nicht auf einen vollständigen Commit-SHA festgelegt.',
      'Job „build“: „actions/configure-pages@v5“ ist nicht auf einen vollständigen Commit-SHA festgelegt.',
      'Job „build“: „actions/upload-pages-artifact@v4“ ist nicht auf einen vollständigen Commit-SHA festgelegt.',
      'Job „build“: Container-Image „debian:bookworm“ ist nicht per Digest festgelegt.',
      'Job „deploy“: „actions/deploy-pages@v4“ ist nicht auf einen vollständigen Commit-SHA festgelegt.',
      'Job „deploy“ veröffentlicht, hat aber kein eigenes „pages: write“.',
    ]);
  });

  it('finds nothing in .github/workflows/deploy.yml', () => {
    expect(workflowProblems(read('.github/workflows/deploy.yml'))).toEqual([]);
  });

  it('reports a deploy job that runs npm or does not wait for the tests', () => {
    const yaml = `
permissions: { contents: read }
jobs:
  test: { steps: [{ run: npm test }] }
  deploy:
    permissions: { pages: write, id-token: write }
    steps:
      - run: npm ci
      - uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e
`;
    expect(workflowProblems(yaml)).toEqual([
      'Job „deploy“ darf veröffentlichen und führt trotzdem npm oder Node aus.',
      'Job „deploy“ veröffentlicht, ohne den Test-Job (test) abzuwarten.',
    ]);
  });

  it('names the version of every pinned action in a comment', () => {
    const comments = pinComments(read('.github/workflows/deploy.yml'));
    expect([...comments]).toEqual([
      ['actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b', 'v5'],
      ['actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', 'v5.0.0'],
      ['actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444', 'v5.0.0'],
      ['actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b', 'v4'],
      ['actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e', 'v4.0.5'],
    ]);
  });
});

describe('.github/dependabot.yml', () => {
  it('watches the GitHub Actions and the npm dependencies weekly', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
      ['github-actions', '/', 'weekly'],
      ['npm', '/', 'weekly'],
    ]);
  });
});
