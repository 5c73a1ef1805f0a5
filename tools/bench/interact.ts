/** What a visitor does first with a page's map, shared by the gates and the benchmark. */
import type { Page } from 'playwright-core';

/**
 * Hovers and focuses the map (Leaflet's code loads then), switches on the interactive map where a
 * button offers it (geometry and any tiles load then), and waits until the network is quiet.
 */
export async function interactWithMap(page: Page): Promise<void> {
  const map = page.locator('[data-stichtag]').first();
  if ((await map.count()) === 0) return;
  await map.scrollIntoViewIfNeeded();
  await map.hover();
  await map.dispatchEvent('pointerdown');
  const activate = page.locator('[data-map-activate]').first();
  if ((await activate.count()) > 0 && (await activate.isEnabled())) {
    await activate.click();
    await page
      .locator('.leaflet-container')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
  }
  await page.waitForLoadState('networkidle');
}
