/**
 * The floor page (bench/floor/): bare MapLibre drawing the app's style from
 * the same data, so the app's numbers have something to be compared with.
 * Its load is timed next to the app's in ready.ts; here, the same
 * interactions as the app's (interactions.ts), in the same order, each doing
 * the least work that gives the user the same thing (see bench/floor/floor.ts).
 */
import type { Browser, Page } from '@playwright/test';
import { onSettledPage } from '../browser';
import type { FloorWindow } from '../floor/floor';
import { panFrames } from './frames';
import { clickForDetails, openSearchBox, SEARCH_QUERIES, typeQueries } from './interactions';

/** Language switches on the floor page: each one's duration, in ms. */
async function switchFloorLanguage(page: Page, switches: number): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < switches; index += 1) {
    durations.push(
      await page.evaluate(() => (window as unknown as FloorWindow).__floorSwitchLanguage()),
    );
    await page.waitForTimeout(200);
  }
  return durations;
}

/** The floor's click → detail, keystroke → results, language switch and pan frames, in ms. */
export async function measureFloorInteractions(
  browser: Browser,
  origin: string,
  options: { clickCount: number; languageSwitches: number; isSmoke: boolean },
) {
  return onSettledPage(browser, `${origin}/floor/`, async (page) => {
    const { detail, clickMisses } = await clickForDetails(page, options.clickCount, 'floor:detail');
    await openSearchBox(page);
    const search = await typeQueries(
      page,
      options.isSmoke ? SEARCH_QUERIES.slice(0, 2) : SEARCH_QUERIES,
      'floor:search',
    );
    await page.keyboard.press('Escape');
    const language = await switchFloorLanguage(page, options.languageSwitches);
    const frames = await panFrames(page, options.isSmoke);
    return { detail, search, language, frames, clickMisses };
  });
}
