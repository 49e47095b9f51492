import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = path.resolve('tests/output/screenshots');

/** Every test runs offline: requests that leave localhost are counted and aborted unless a test routes them. */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: async ({ page }, use) => {
    const external: string[] = [];
    await page.route(
      /^(?!https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/)(https?|wss?):\/\//,
      (route) => {
        external.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    await use(external);
  },
});
export { expect };

export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', {
    timeout: 45_000,
  });
}

/** Waits until the map has finished rendering after a change (two animation frames without movement). */
export async function waitForMapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__lishuiMap?.isSettled() ?? false, null, {
    timeout: 20_000,
  });
}

export async function keepScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * How much of a map picture is really drawn: the share of opaque pixels and the
 * number of distinct colours in its top `rows` rows. A capture taken after
 * the WebGL buffer was cleared is transparent or a single colour.
 */
export function pictureContent(png: PNG, rows = png.height): { opaque: number; colours: number } {
  const colours = new Set<number>();
  let opaque = 0;
  const height = Math.min(rows, png.height);
  for (let index = 0; index < png.width * height; index += 1) {
    const offset = index * 4;
    if (png.data[offset + 3]! > 0) opaque += 1;
    colours.add((png.data[offset]! << 16) | (png.data[offset + 1]! << 8) | png.data[offset + 2]!);
  }
  return { opaque: opaque / (png.width * height), colours: colours.size };
}
