/**
 * Embeds on a foreign host page: /embed.js sizes each iframe[data-ki-nrw] to its document,
 * also after the viewport narrows, and ignores height messages from any other origin.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/server.ts';

let browser: Browser;
let host: StaticServer;
let foreign: StaticServer;

const embeds = [
  { id: 'karte', path: '/embed/karte/?stichtag=2017-10-10' },
  { id: 'kreis-05154', path: '/embed/kreis/05154/' },
];

beforeAll(async () => {
  browser = await launchBrowser();
  // A page on a third origin that pretends to be an embed and claims a height of 999 px.
  const foreignDir = mkdtempSync(join(tmpdir(), 'ki-nrw-foreign-'));
  writeFileSync(
    join(foreignDir, 'index.html'),
    `<!doctype html><title>fremd</title><script>
      parent.postMessage({ type: 'ki-nrw:height', id: 'karte', height: 999 }, '*');
      parent.postMessage({ type: 'test:done' }, '*');
    </script>`,
  );
  foreign = await serveStatic(foreignDir);
  const hostDir = mkdtempSync(join(tmpdir(), 'ki-nrw-host-'));
  const frames = embeds
    .map(
      (e) =>
        `<iframe id="${e.id}" src="${siteUrl(e.path)}" data-ki-nrw="${e.id}" title="${e.id}" style="display:block;width:100%;height:150px;border:0"></iframe>`,
    )
    .join('\n');
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gastseite</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
    <body style="margin:0"><h1>Zeitung</h1>${frames}
    <script src="${siteUrl('/embed.js')}"></script></body></html>`,
  );
  host = await serveStatic(hostDir);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await foreign?.close();
});

/** Returns [iframe height on the host page, document height inside the frame] for each embed. */
async function heights(page: Page): Promise<[number, number][]> {
  return Promise.all(
    embeds.map(async ({ id }) => {
      const element = await page.$(`iframe#${id}`);
      const frame = (await element?.contentFrame()) as Frame;
      const outer = await page.$eval(`iframe#${id}`, (el) => el.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return [outer, inner] as [number, number];
    }),
  );
}

async function expectFitted(page: Page): Promise<[number, number][]> {
  await expect
    .poll(
      async () =>
        (await heights(page)).map(([outer, inner]) =>
          outer === 150 ? 'not resized' : Math.abs(outer - inner) <= 3 ? 'fits' : `${outer} px for ${inner} px`,
        ),
      { timeout: 20_000 },
    )
    .toEqual(embeds.map(() => 'fits'));
  return heights(page);
}

describe('embeds on a host page from another origin', () => {
  it('serves the host from a different origin than the site', () => {
    expect(new URL(host.url).origin).not.toBe(new URL(siteUrl('/')).origin);
  });

  it('sizes each iframe to its document, also after narrowing to 360 px', async () => {
    const { page, consoleErrors } = await openPage(browser, { viewport: { width: 1024, height: 900 } });
    await page.goto(host.url);
    const wide = await expectFitted(page);
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await expectFitted(page);
    // The district card wraps onto more lines at 360 px: the height really followed the content.
    expect(narrow[1]![0]).toBeGreaterThan(wide[1]![0]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('ignores height messages from a foreign origin, even from a data-ki-nrw frame that was navigated away', async () => {
    const { page } = await openPage(browser);
    await page.goto(host.url);
    await expectFitted(page);
    const before = await page.$eval('iframe#karte', (el) => (el as HTMLIFrameElement).style.height);
    // Each foreign page posts a fake height, then "test:done"; messages from one source arrive in
    // order, so once both "test:done" are in, both fakes have been handled.
    const done = page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let count = 0;
          window.addEventListener('message', (e) => e.data?.type === 'test:done' && ++count === 2 && resolve());
        }),
    );
    await page.evaluate(
      async ({ embed, fake }) => {
        window.postMessage({ type: 'ki-nrw:height', id: 'karte', height: 999 }, '*');
        const foreignFrame = document.createElement('iframe');
        foreignFrame.src = fake;
        foreignFrame.dataset.kiNrw = 'karte';
        document.body.append(foreignFrame);
        // A frame on the site's address whose content later comes from elsewhere: only the origin check stops it.
        const hijacked = document.createElement('iframe');
        hijacked.id = 'hijacked';
        hijacked.src = embed;
        hijacked.dataset.kiNrw = 'kreis-05154';
        document.body.append(hijacked);
        await new Promise((resolve) => hijacked.addEventListener('load', resolve, { once: true }));
        hijacked.contentWindow!.location.href = fake;
      },
      { embed: siteUrl('/embed/kreis/05154/'), fake: foreign.url },
    );
    await done;
    const styles = await page.$$eval('iframe', (els) => els.map((el) => (el as HTMLIFrameElement).style.height));
    expect(styles).not.toContain('999px');
    expect(await page.$eval('iframe#karte', (el) => (el as HTMLIFrameElement).style.height)).toBe(before);
    await page.context().close();
  });
});

describe('embed pages', () => {
  it('keep the map embed within 30 kB gzip, set no cookies and use no storage or third party', async () => {
    const { page, requests } = await openPage(browser);
    const bytes: number[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes.push(gzipSync(body, { level: 9 }).length);
    });
    await page.goto(siteUrl('/embed/karte/'), { waitUntil: 'networkidle' });
    const origin = new URL(siteUrl('/')).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30 * 1024);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    await page.context().close();
  });

  it('shows the static map with its Stichtag, the credit line and a link to the full page in a new tab', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/embed/karte/?stichtag=2017-10-10'));
    await expect.poll(() => page.$eval('[data-stichtag]', (el) => el.getAttribute('data-stichtag'))).toBe('2017-10-10');
    expect(await page.$eval('[data-ags="05154"]', (el) => el.getAttribute('data-status'))).toBe('ohne-ki');
    expect(await page.textContent('.embed-credit')).toMatch(
      /Quelle: KI-Atlas NRW · Daten: .+ · Stand: \d{2}\.\d{2}\.\d{4} · Lizenz: CC BY 4\.0/,
    );
    const link = await page.$eval('.embed-credit a', (a) => [a.getAttribute('target'), a.getAttribute('rel')]);
    expect(link).toEqual(['_blank', 'noopener']);
    await page.context().close();
  });

  it('applies ?theme=dark and defaults to light', async () => {
    const { page } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(siteUrl('/embed/kreis/05154/?theme=dark'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 25)');
    await page.goto(siteUrl('/embed/kreis/05154/'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.goto(siteUrl('/embed/kreis/05154/?theme=auto'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 25)');
    await page.context().close();
  });

  it('has no inline scripts', async () => {
    const { page } = await openPage(browser);
    for (const path of ['/embed/karte/', '/embed/kosten/', '/embed/kreis/05154/']) {
      await page.goto(siteUrl(path));
      const inline = await page.$$eval(
        'script:not([src])',
        (els) => els.filter((el) => (el as HTMLScriptElement).type !== 'application/json').length,
      );
      expect(inline, path).toBe(0);
    }
    await page.context().close();
  });
});
