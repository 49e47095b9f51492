/**
 * Interactions in one settled app session, timed by the app's own measures:
 * click → detail painted, keystroke → results painted, then the language
 * switch and the frames of a drag, in that order on the same page.
 */
import type { Browser, Page } from '@playwright/test';
import { onSettledPage } from '../browser';
import { panFrames } from './frames';
import { switchLanguages } from './language';
import { measureDurations, waitForMoreMeasures } from './user-timing';

export const SEARCH_QUERIES = ['bihu', '碧湖新城', 'jinyun', 'ldq', 'lishui', '半导体', 'xianju'];

/** Focuses the search box (the app's, or the floor page's plain input). */
export async function openSearchBox(page: Page) {
  await page.getByTestId('search-input').click();
}

/** Focuses the search box and waits up to `timeout` ms until its index is built. */
export async function openSearch(page: Page, timeout: number) {
  await openSearchBox(page);
  await page.waitForSelector('[data-testid="search-input"][data-index-ready="true"]', {
    timeout,
  });
}

/**
 * Types each query a character at a time; returns every keystroke's duration so far, in ms,
 * read from the measures named `measureName` (the floor page has its own).
 */
export async function typeQueries(
  page: Page,
  queries: readonly string[],
  measureName = 'lishui:search',
) {
  const input = page.getByTestId('search-input');
  await input.click();
  for (const query of queries) {
    for (const character of query) {
      const before = (await measureDurations(page, measureName)).length;
      await page.keyboard.type(character);
      await waitForMoreMeasures(page, measureName, before, 5_000);
      await page.waitForTimeout(40);
    }
    await input.fill('');
    await page.waitForTimeout(100);
  }
  return measureDurations(page, measureName);
}

/** Clicks `clickCount` spread points over the middle of the map; durations (`measureName`) in ms. */
export async function clickForDetails(
  page: Page,
  clickCount: number,
  measureName = 'lishui:detail',
) {
  const box = (await page.getByTestId('map').boundingBox())!;
  let clickMisses = 0;
  for (let index = 0; index < clickCount; index += 1) {
    const x = box.x + box.width * (0.35 + (0.3 * ((index * 7) % 10)) / 10);
    const y = box.y + box.height * (0.3 + (0.4 * ((index * 3) % 10)) / 10);
    const before = (await measureDurations(page, measureName)).length;
    await page.mouse.click(x, y);
    if (!(await waitForMoreMeasures(page, measureName, before, 3_000))) clickMisses += 1;
    await page.waitForTimeout(150);
  }
  const detail = await measureDurations(page, measureName);
  const detailCommit = await measureDurations(page, 'lishui:detail:commit');
  return { detail, detailCommit, clickMisses };
}

/** The app's interaction latencies and pan frame times, each in ms. */
export async function measureInteractions(
  browser: Browser,
  origin: string,
  options: { clickCount: number; languageSwitches: number; isSmoke: boolean },
) {
  return onSettledPage(browser, `${origin}/`, async (page) => {
    // Click → detail panel painted.
    const { detail, detailCommit, clickMisses } = await clickForDetails(page, options.clickCount);
    await page.keyboard.press('Escape');

    // Keystroke → results painted (the index is built first, on focus).
    await openSearch(page, 60_000);
    const search = await typeQueries(
      page,
      options.isSmoke ? SEARCH_QUERIES.slice(0, 2) : SEARCH_QUERIES,
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // Language switch → map labels redrawn (next map idle).
    const language = await switchLanguages(page, options.languageSwitches);
    // What a map frame costs while panning here. In software WebGL moving frames are
    // drawn at half resolution (YieldingMap.setMotionResolution), so a resting frame,
    // the kind a click or a language switch waits for, costs about twice as much.
    const frames = await panFrames(page, options.isSmoke);
    // Key order is the order bench/results.json has always had.
    return { detail, detailCommit, search, language, frames, clickMisses };
  });
}
