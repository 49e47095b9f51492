/**
 * The floor page (bench/floor/): bare MapLibre drawing the app's style from
 * the same data, so the app's numbers have something to be compared with.
 * Its load is timed next to the app's in ready.ts; here, its language switch.
 */
import type { Browser } from '@playwright/test';
import { onSettledPage } from '../browser';
import type { FloorWindow } from '../floor/floor';

/** Language switches on the floor page: bare MapLibre, same style; each one's duration, in ms. */
export async function measureFloorLanguage(browser: Browser, origin: string, switches: number) {
  return onSettledPage(browser, `${origin}/floor/`, async (page) => {
    const durations: number[] = [];
    for (let index = 0; index < switches; index += 1) {
      durations.push(
        await page.evaluate(() => (window as unknown as FloorWindow).__floorSwitchLanguage()),
      );
      await page.waitForTimeout(200);
    }
    return { durations };
  });
}
