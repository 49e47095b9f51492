/**
 * Reads the app's own User Timing measures (`lishui:*`, see
 * src/lib/interaction-timing.ts): the app marks when an interaction's result
 * was painted, so the benchmark times what the user sees, not a proxy.
 */
import type { Page } from '@playwright/test';

/** Durations of every measure named `name` so far, in ms. */
export async function measureDurations(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (measureName) =>
      performance.getEntriesByName(measureName, 'measure').map((entry) => entry.duration),
    name,
  );
}

/** Waits up to `timeout` ms for a measure beyond the first `count`; false when none came. */
export async function waitForMoreMeasures(
  page: Page,
  name: string,
  count: number,
  timeout: number,
) {
  try {
    await page.waitForFunction(
      ([measureName, previous]) =>
        performance.getEntriesByName(measureName as string, 'measure').length >
        (previous as number),
      [name, count] as const,
      { timeout, polling: 16 },
    );
    return true;
  } catch {
    return false;
  }
}
