/**
 * Time to ready: navigation start → data-map-idle, for the app and for the
 * floor page, each load in a new context (cold cache).
 */
import type { Browser } from '@playwright/test';
import { newContext, waitForReady, type BenchWindow, type NetworkEntry } from '../browser';
import { log, round } from '../format';

/** One cold load (new context); returns ms from navigation start to data-map-idle. */
async function timedLoad(
  browser: Browser,
  url: string,
  network?: NetworkEntry[],
): Promise<{ readyMs: number; outside: string[] }> {
  const { context, outside } = await newContext(browser, { guard: 'observe' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const readyMs = await waitForReady(page);
    if (network)
      network.push(
        ...(await page.evaluate(() => (window as unknown as BenchWindow).__bench.resourcesAtReady)),
      );
    return { readyMs, outside };
  } finally {
    await context.close();
  }
}

/** `runs` cold loads each of the app and the floor, ms to ready; first loads' resources kept. */
export async function measureReady(browser: Browser, origin: string, runs: number) {
  const app: number[] = [];
  const floor: number[] = [];
  const outside: string[] = [];
  const network: NetworkEntry[] = [];
  const floorNetwork: NetworkEntry[] = [];
  for (let index = 0; index < runs; index += 1) {
    // Alternate which goes first, so neither always gets the warmer machine.
    const order = index % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
    for (const which of order) {
      const isFirst = (which === 'app' ? app : floor).length === 0;
      const result = await timedLoad(
        browser,
        which === 'app' ? `${origin}/` : `${origin}/floor/`,
        isFirst ? (which === 'app' ? network : floorNetwork) : undefined,
      );
      (which === 'app' ? app : floor).push(result.readyMs);
      outside.push(...result.outside);
    }
    log(
      `  load ${index + 1}/${runs}: app ${round(app.at(-1)!)} ms, floor ${round(floor.at(-1)!)} ms`,
    );
  }
  return { app, floor, outside, network, floorNetwork };
}
