/**
 * The generated dist/_headers, applied by a server as Netlify or Cloudflare Pages would: a normal
 * page refuses to be framed by another site, an embed page loads in that site's iframe.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { matchHeaders, parseHeadersFile } from '../../src/core/hosting/headers.ts';
import { useBrowser } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';

const newPage = useBrowser();
let site: StaticServer;
let host: Server;
let hostUrl = '';

beforeAll(async () => {
  const rules = parseHeadersFile(readFileSync(join(inject('distDir'), '_headers'), 'utf8'));
  site = await serveStatic(inject('distDir'), { headers: (path) => matchHeaders(rules, path) });
  // A newspaper's page on another origin that frames one normal page and one embed.
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="de"><title>Zeitung</title>` +
        `<iframe id="seite" src="${site.url}methodik/" title="Seite"></iframe>` +
        `<iframe id="embed" src="${site.url}embed/karte/" title="Karte"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  await site?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe('dist/_headers served as a host applies it', () => {
  it('sends frame-ancestors none, nosniff, the referrer and permissions policies for a page', async () => {
    const response = await fetch(`${site.url}methodik/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/; frame-ancestors 'none'$/);
    expect(csp).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const embed = await fetch(`${site.url}embed/karte/`);
    expect(embed.headers.get('content-security-policy')).toMatch(/; frame-ancestors \*$/);
    expect(embed.headers.get('x-frame-options')).toBeNull();
  });

  it('lets another site frame an embed but not a normal page', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(hostUrl);
    const embed = page.frameLocator('#embed');
    await expect(embed.locator('[data-stichtag]').first().getAttribute('data-stichtag')).resolves.toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    // The refused frame holds Chromium's error page instead of the document: no <main>, no title.
    const seite = page.frames().find((frame) => frame !== page.mainFrame() && !frame.url().includes('/embed/'));
    expect(seite).toBeDefined();
    await expect(seite!.locator('main').count()).resolves.toBe(0);
    expect(consoleErrors.join('\n')).toContain("frame-ancestors 'none'");
    await page.context().close();
  });

  it('still shows the normal page when it is opened directly', async () => {
    const { page, consoleErrors } = await newPage();
    await page.goto(`${site.url}methodik/`);
    await expect(page.locator('main h1').count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
