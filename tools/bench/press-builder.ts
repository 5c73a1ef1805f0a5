/**
 * Benchmark figure for the press builder on /einbetten/: the time from "PNG erzeugen" to a ready
 * 1080 × 1350 PNG, with Chromium's CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate), the
 * median of a few runs. Goal (DESIGN §5): ≤ 1 s.
 */
import type { Browser } from 'playwright-core';

/** The PNG timings in milliseconds and their median. */
export interface PressPngFigure {
  format: string;
  cpuSlowdown: number;
  runsMs: number[];
  medianMs: number;
}

/** Returns the median time to a 1080 × 1350 PNG in the press builder at 4× CPU slowdown. */
export async function measurePressPng(browser: Browser, baseUrl: string, runs = 3): Promise<PressPngFigure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(new URL('einbetten/', baseUrl).href);
  await page.waitForSelector('[data-press-builder][data-ready]', { timeout: 60_000 });
  await page.check('input[name="format"][value="hochformat"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const runsMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh image each run: switching the theme re-renders and hides the previous PNG link.
      await page.check(`input[name="farbe"][value="${i % 2 === 0 ? 'dark' : 'light'}"]`);
      await page.click('[data-make-png]');
      await page.waitForSelector('[data-download-png]:not([hidden])', { timeout: 60_000 });
      runsMs.push(Number(await page.$eval('[data-press-builder]', (el) => (el as HTMLElement).dataset.pngMs)));
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { format: '1080 × 1350', cpuSlowdown: 4, runsMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}
