/**
 * What the app fetches in its first seconds, not only by the idle instant:
 * chunks loaded once the map is idle (the detail panel, messages, anything
 * prefetched) arrive then too, and count for a user on a slow line. Every
 * request of one cold load (the page's and its workers', as the browser's
 * network layer reports them) that finished within `windowMs` of navigation.
 *
 * The service worker's own requests (Workbox precaching the whole build for
 * offline use, which starts once the map is idle) are counted apart: they are
 * bytes on the wire, but no code the page runs or waits for.
 */
import type { Browser } from '@playwright/test';
import { newContext, waitForReady } from '../browser';
import type { FileSize } from './bytes';

/**
 * JS and all bytes (gzip, on the wire) of requests finished within `windowMs` ms of
 * navigation start, and the JS finished within `windowMs` of the map going idle (on a slow
 * machine the first window can close before idle, before the chunks fetched then).
 */
export async function measureFirstSeconds(browser: Browser, origin: string, windowMs: number) {
  const { context, outside } = await newContext(browser, { guard: 'observe' });
  const finished: Array<{
    url: string;
    endedAt: number;
    bySw: boolean;
    bodyBytes: Promise<number>;
  }> = [];
  context.on('requestfinished', (request) => {
    finished.push({
      url: request.url(),
      endedAt: Date.now(),
      bySw: request.serviceWorker() !== null,
      bodyBytes: request.sizes().then((sizes) => sizes.responseBodySize),
    });
  });
  try {
    const page = await context.newPage();
    const startedAt = Date.now();
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    const readyMs = await waitForReady(page);
    const untilMs = Math.max(windowMs, readyMs + windowMs);
    await page.waitForFunction((ms) => performance.now() >= ms, untilMs, {
      timeout: untilMs + 60_000,
      polling: 100,
    });
    const files = async (endMs: number, bySw = false) =>
      Promise.all(
        finished
          .filter((entry) => entry.bySw === bySw && entry.endedAt - startedAt <= endMs)
          .map(async (entry) => {
            const pathname = new URL(entry.url).pathname;
            return {
              name: pathname.slice(pathname.lastIndexOf('/') + 1) || pathname,
              gzipBytes: await entry.bodyBytes,
              isJs: /\.m?js$/.test(pathname),
            };
          }),
      );
    const jsOf = (list: Array<FileSize & { isJs: boolean }>) =>
      list
        .filter((file) => file.isJs)
        .map(({ name, gzipBytes }) => ({ name, gzipBytes }))
        .sort((left, right) => right.gzipBytes - left.gzipBytes);
    const total = (list: readonly FileSize[]) =>
      list.reduce((sum, file) => sum + file.gzipBytes, 0);
    const first = await files(windowMs);
    const js = jsOf(first);
    const afterIdleJs = jsOf(await files(untilMs));
    const precached = await files(untilMs, true);
    return {
      windowMs,
      readyMs,
      jsBytes: total(js),
      allBytes: total(first),
      js,
      jsBytesByIdlePlusWindow: total(afterIdleJs),
      afterIdleJs,
      /** What the service worker fetched by idle + window: every file, and the JS among them. */
      serviceWorker: {
        bytes: total(precached),
        jsBytes: total(jsOf(precached)),
        files: precached.length,
      },
      outside,
    };
  } finally {
    await context.close();
  }
}
