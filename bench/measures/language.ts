/**
 * Language switch in the app: the toggle's click → the map's labels redrawn
 * (the next map idle), timed by the app's `lishui:language` measure.
 */
import type { Page } from '@playwright/test';
import { revealHeaderTools } from '../../tests/e2e/pages/header-tools';
import { measureDurations, waitForMoreMeasures } from './user-timing';

/** Clicks the language toggle `switches` times; returns every switch's duration so far, in ms. */
export async function switchLanguages(page: Page, switches: number): Promise<number[]> {
  for (let index = 0; index < switches; index += 1) {
    // The toggle may sit in the tools menu at the bench's window width; opening
    // the menu comes before the measure, which starts at the switch itself.
    await revealHeaderTools(page);
    const before = (await measureDurations(page, 'lishui:language')).length;
    await page.getByTestId('lang-switch').click();
    await waitForMoreMeasures(page, 'lishui:language', before, 15_000);
    await page.waitForTimeout(200);
  }
  return measureDurations(page, 'lishui:language');
}
