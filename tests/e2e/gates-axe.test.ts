/**
 * Accessibility gate in Debian Chromium: axe-core finds no serious or critical violation on every
 * page type and embed (see gate-pages.ts), in light and dark mode, also with the interactive map loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { gatePages, interact } from './gate-pages.ts';
import { siteUrl, useBrowser } from './harness.ts';
import { readSite } from '../../tools/bench/site-pages.ts';

const pages = gatePages(readSite(inject('distDir')));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const newPage = useBrowser();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the loaded page and returns serious and critical violations as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5})` : ''}`,
    );
}

const axePages = pages.filter((p) => ['home', 'kreis', 'kosten', 'daten', 'einbetten'].includes(p.name) || p.embed);

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(axePages.map((p) => [p.name, p.path]))(
      `%s (/%s) in ${colorScheme} mode: no serious or critical violation`,
      async (_name, path) => {
        // bypassCSP only so that axe can be injected; the CSP itself is checked in gates-browser.test.ts.
        const { page } = await newPage({
          colorScheme,
          bypassCSP: true,
          viewport: { width: 390, height: 844 },
        });
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        expect(await seriousViolations(page)).toEqual([]);
        await page.context().close();
      },
    );
  }

  it('home with the interactive map loaded, light and dark: no serious or critical violation', async () => {
    const home = pages.find((p) => p.name === 'home');
    expect(home).toBeDefined();
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await newPage({ colorScheme, bypassCSP: true });
      await page.goto(siteUrl(home!.path), { waitUntil: 'networkidle' });
      await interact(page);
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});
