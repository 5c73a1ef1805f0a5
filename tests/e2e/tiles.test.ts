/**
 * The optional tile layer (off by default): a build with tiles switched on in src/site.config.ts,
 * pointed at a tile server on a second origin. The tiles load only once the visitor switches on the
 * interactive map, the CSP allows exactly that origin, Leaflet shows the tiles' attribution and the
 * privacy page says what happens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspMeta, scanTags } from '../../tools/bench/html.ts';
import { parseCsp } from '../../src/core/hosting/csp.ts';
import { useBrowser } from './harness.ts';
import { isolatedBuild, type IsolatedBuild } from './isolated-build.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';

// A 1×1 transparent PNG, answered for every tile.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const attribution = 'Testkacheln © Beispiel-Kartendienst';
const newPage = useBrowser();
let tileServer: Server;
let tileOrigin = '';
const tileRequests: string[] = [];
let build: IsolatedBuild;
let site: StaticServer | undefined;

beforeAll(async () => {
  tileServer = createServer((req, res) => {
    tileRequests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(png);
  });
  await new Promise<void>((resolve) => tileServer.listen(0, '127.0.0.1', resolve));
  const address = tileServer.address();
  tileOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  build = isolatedBuild({
    prepare(dir) {
      const file = join(dir, 'src', 'site.config.ts');
      const config = readFileSync(file, 'utf8');
      const off = "tiles: { enabled: false, url: '', attribution: '' }";
      if (!config.includes(off)) throw new Error(`src/site.config.ts no longer contains: ${off}`);
      const on = `tiles: { enabled: true, url: '${tileOrigin}/kacheln/{z}/{x}/{y}.png', attribution: '${attribution}' }`;
      writeFileSync(file, config.replace(off, on));
    },
  });
  if (build.status === 0) site = await serveStatic(build.dist);
});
afterAll(async () => {
  await site?.close();
  await new Promise((resolve) => tileServer?.close(resolve));
  build?.remove();
});

describe('a build with a tile layer configured', () => {
  it('succeeds and allows images from the tile origin in the CSP, nothing else new', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const html = readFileSync(join(build.dist, 'index.html'), 'utf8');
    const policy = parseCsp(cspMeta(scanTags(html)) ?? '');
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', tileOrigin]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('loads tiles only after the interactive map is switched on, and shows their attribution', async () => {
    expect(site, 'build failed').toBeDefined();
    const { page, consoleErrors } = await newPage();
    await page.goto(new URL('?stichtag=2017-10-10', site!.url).href, { waitUntil: 'networkidle' });
    await page.hover('[data-map-root]');
    await page.waitForLoadState('networkidle');
    expect(tileRequests).toEqual([]);
    await page.click('[data-map-activate]');
    await page.waitForSelector('.leaflet-tile-loaded');
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.every((url) => /^\/kacheln\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(await page.textContent('.leaflet-control-attribution')).toContain(attribution);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('says on /datenschutz/ that the interactive map loads tiles from that server', async () => {
    const { page } = await newPage();
    await page.goto(new URL('datenschutz/', site!.url).href);
    expect(await page.textContent('.lead')).toContain(
      'lädt nur dann etwas von einem fremden Server, wenn Sie die interaktive Karte einschalten',
    );
    expect(await page.textContent('main')).toContain(
      `Sobald Sie die interaktive Karte einschalten, lädt sie Hintergrundkacheln von ${tileOrigin.replace('http://', '')}`,
    );
    await page.context().close();
  });
});
