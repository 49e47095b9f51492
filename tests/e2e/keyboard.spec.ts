import type { Page } from '@playwright/test';
import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { focusHeaderTool } from './pages/header-tools';

/** Keyboard journeys: focus goes into what opens and back to what opened it; Escape closes the top-most. */

test.use({ viewport: { width: 1440, height: 900 } });

/** The data-testid of the element that has focus, or of its nearest ancestor that has one. */
function focusedTestIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    for (let element = document.activeElement; element; element = element.parentElement) {
      const id = element.getAttribute('data-testid');
      if (id) ids.push(id);
    }
    return ids;
  });
}

test('reaches a map feature from the features-in-view list and comes back with Escape', async ({
  page,
  mapPage,
  layerPanel,
  detail,
}) => {
  await mapPage.open({ cam: [119.76, 28.31, 11] });
  await expect(layerPanel.featuresInView.first()).toBeVisible();
  const listed = await layerPanel.featuresInView.count();
  expect(listed).toBeGreaterThan(1);

  // Keyboard only: Tab from the layer toggles into the list, arrows move within it.
  await layerPanel.featuresInView.first().focus();
  await page.keyboard.press('ArrowDown');
  const second = layerPanel.featuresInView.nth(1);
  await expect(second).toBeFocused();
  const featureId = await second.getAttribute('data-feature-id');
  await keepScreenshot(page, 'keyboard-features-in-view');

  await page.keyboard.press('Enter');
  await expect(detail.panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`select=${featureId}`));
  // Focus is on the opened site's name, so reading starts there.
  await expect(detail.name).toBeFocused();
  await expect(second).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Escape');
  await expect(detail.panel).toHaveCount(0);
  await expect(layerPanel.featureInView(featureId!)).toBeFocused();
});

for (const { opener, panel } of [
  { opener: 'tours-open', panel: 'tours-panel' },
  { opener: 'planner-open', panel: 'planner-panel' },
  { opener: 'chains-open', panel: 'chain-view' },
  { opener: 'exports-open', panel: 'export-menu' },
]) {
  test(`${opener} moves focus into ${panel}, and Escape brings it back`, async ({
    page,
    mapPage,
  }) => {
    await mapPage.open();
    await focusHeaderTool(page, opener);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(panel)).toBeVisible();
    await expect.poll(() => focusedTestIds(page)).toContain(panel);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(panel)).toHaveCount(0);
    // Back on the tool, or on the tools menu's button when the menu it sat in has closed.
    const tool = page.getByTestId(opener);
    const back = (await tool.isVisible()) ? tool : page.getByTestId('header-menu-button');
    await expect(back).toBeFocused();
  });
}

test('the targets dialog keeps Tab inside itself and gives focus back on Escape', async ({
  page,
  mapPage,
}) => {
  await mapPage.open();
  const opener = await focusHeaderTool(page, 'targets-open');
  await keepScreenshot(page, 'keyboard-focus-ring');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('targets-view');
  await expect(dialog.getByRole('heading').first()).toBeFocused();
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press(press % 7 === 6 ? 'Shift+Tab' : 'Tab');
    expect(await focusedTestIds(page)).toContain('targets-view');
  }
  await page.getByTestId('targets-close').focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('Escape closes the latest panel first: the chain view over a site, then the site', async ({
  page,
  mapPage,
  layerPanel,
  detail,
}) => {
  await mapPage.open();
  await layerPanel.featuresInView.first().focus();
  await page.keyboard.press('Enter');
  await expect(detail.panel).toBeVisible();
  const chainsOpen = await focusHeaderTool(page, 'chains-open');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('chain-view')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('chain-view')).toHaveCount(0);
  await expect(detail.panel).toBeVisible();
  await expect(chainsOpen).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(detail.panel).toHaveCount(0);
});

test('a tour played from the keyboard starts with focus on its caption, and Escape ends it', async ({
  page,
  mapPage,
  tours,
  tourPlayer,
}) => {
  await mapPage.open();
  await tours.open();
  const play = page.getByTestId('tour-play-city-corridor');
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(tourPlayer.player).toBeVisible();
  await expect.poll(() => focusedTestIds(page)).toContain('tour-player');
  await expect(tourPlayer.caption).not.toBeEmpty();
  // The clicker's Space goes to the next step once, not also to a focused button.
  await page.keyboard.press('Space');
  await expect(tourPlayer.stepCounter).toHaveText(/^2 \//);
  await page.keyboard.press('Escape');
  await expect(tourPlayer.player).toBeHidden();
});
