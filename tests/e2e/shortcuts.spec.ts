import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';

test('? shows every shortcut; Escape closes the list and leaves the filter alone', async ({
  page,
  mapPage,
}) => {
  await mapPage.open({ filter: 'county:331102' });
  await page.keyboard.press('?');
  const overlay = page.getByTestId('shortcuts');
  await expect(overlay).toBeVisible();
  await expect(page.getByTestId('shortcuts-close')).toBeFocused();
  await expect(overlay.getByTestId('shortcut')).toHaveCount(2 + 6);
  await expect(overlay).toContainText('Esc');
  await expect(overlay).toContainText('Page Down');
  await keepScreenshot(page, 'shortcuts-overlay');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  expect(new URL(page.url()).searchParams.get('filter')).toBe('county:331102');
  // Typing ? into the search box is text, not a shortcut.
  await page.getByTestId('search-input').fill('');
  await page.getByTestId('search-input').press('?');
  await expect(overlay).toBeHidden();
  await expect(page.getByTestId('search-input')).toHaveValue('?');
});

test('during a tour, ? lists the keys and Escape closes only the list; the clicker keys wait for it', async ({
  page,
  tourPlayer,
}) => {
  await tourPlayer.open('city-corridor', 2);
  await expect(tourPlayer.stepCounter).toHaveText(/^2 \//);
  await page.keyboard.press('?');
  const overlay = page.getByTestId('shortcuts');
  await expect(overlay).toBeVisible();
  await expect(page.getByTestId('shortcuts-close')).toBeFocused();
  // A clicker's Page Down while the list is open does not move the tour under it.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(tourPlayer.player).toBeVisible();
  await expect(tourPlayer.stepCounter).toHaveText(/^2 \//);
  // With the list closed the clicker drives the tour again, and Escape ends it.
  await page.keyboard.press('PageDown');
  await expect(tourPlayer.stepCounter).toHaveText(/^3 \//);
  await page.keyboard.press('Escape');
  await expect(tourPlayer.player).toBeHidden();
});
