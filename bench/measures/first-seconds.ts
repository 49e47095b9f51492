/**
 * What the app fetches in its first seconds, not only by the idle instant:
 * chunks loaded once the map is idle (the detail panel, messages, anything
 * prefetched) arrive then too, and count for a user on a slow line. Every
 * request of one cold load (the page's and its workers', as the browser's
 * network layer reports them) that finished within `windowMs` of navigation.
 */
import type { Browser } from '@playwright/test';
import { newContext } from '../browser';
import type { FileSize } from './bytes';

/** JS and all bytes (gzip, on the wire) finished within `windowMs` ms of navigation start. */
export async function measureFirstSeconds(browser: Browser, origin: string, windowMs: number) {
  const { context, outside } = await newContext(browser, { guard: 'observe' });
  const finished: Array<{ url: string; endedAt: number; bodyBytes: Promise<number> }> = [];
  context.on('requestfinished', (request) => {
    finished.push({
      url: request.url(),
      endedAt: Date.now(),
      bodyBytes: request.sizes().then((sizes) => sizes.responseBodySize),
    });
  });
  try {
    const page = await context.newPage();
    const startedAt = Date.now();
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.waitForFunction((ms) => performance.now() >= ms, windowMs, {
      timeout: windowMs + 60_000,
      polling: 100,
    });
    const within = finished.filter((entry) => entry.endedAt - startedAt <= windowMs);
    const files: Array<FileSize & { isJs: boolean }> = await Promise.all(
      within.map(async (entry) => {
        const pathname = new URL(entry.url).pathname;
        return {
          name: pathname.slice(pathname.lastIndexOf('/') + 1) || pathname,
          gzipBytes: await entry.bodyBytes,
          isJs: /\.m?js$/.test(pathname),
        };
      }),
    );
    const js = files.filter((file) => file.isJs).sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      windowMs,
      jsBytes: js.reduce((total, file) => total + file.gzipBytes, 0),
      allBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
      js: js.map(({ name, gzipBytes }) => ({ name, gzipBytes })),
      outside,
    };
  } finally {
    await context.close();
  }
}
