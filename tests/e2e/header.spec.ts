import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { revealHeaderTools } from './pages/header-tools';
import { isCovered } from './pages/occlusion';

/** Small phone, phone, tablet portrait, tablet landscape / half screen, laptop, desktop, 4K. */
const WIDTHS = [360, 390, 768, 1024, 1280, 1920, 3840];

for (const language of ['zh', 'en'] as const) {
  test.describe(`the header in ${language}`, () => {
    for (const width of WIDTHS) {
      test(`at ${width} px cuts neither the title nor the search field's purpose`, async ({
        page,
        mapPage,
        header,
      }) => {
        await page.setViewportSize({ width, height: width < 800 ? 844 : 900 });
        await mapPage.open(language === 'en' ? { lang: 'en' } : {});
        await expect(header.title).toBeVisible();
        expect(await header.overflowing()).toEqual([]);
        await keepScreenshot(page, `header-${language}-${width}`);
        if (await header.menuButton.isVisible()) {
          // The tools regroup into the menu; open, each tool is whole and inside the window.
          await header.menuButton.click();
          await expect(header.menu).toBeVisible();
          const box = (await header.menu.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          await keepScreenshot(page, `header-${language}-${width}-menu`);
        } else {
          await expect(page.getByTestId('header-tools')).toBeVisible();
        }
      });
    }
  });
}

test('the tools menu is a menu button: arrows move, Escape closes and gives focus back', async ({
  page,
  mapPage,
  header,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await mapPage.open();
  await expect(header.menuButton).toHaveAttribute('aria-expanded', 'false');
  await header.menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(header.menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(header.menu.getByTestId('targets-open')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(header.menu.getByTestId('chains-open')).toBeFocused();
  await page.keyboard.press('End');
  await expect(header.menu.getByTestId('share-open')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(header.menu.getByTestId('targets-open')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(header.menu.getByTestId('share-open')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(header.menu).toBeHidden();
  await expect(header.menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(header.menuButton).toBeFocused();
  // ArrowDown on the button opens it too; choosing a view closes it and opens the view.
  await page.keyboard.press('ArrowDown');
  await expect(header.menu.getByTestId('targets-open')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header.menu).toBeHidden();
  await expect(page.getByTestId('targets-view')).toBeVisible();
});

test('on a phone the targets view opens below the two-row header, not over its search field', async ({
  page,
  mapPage,
  header,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await mapPage.open();
  const headerBox = (await header.title.locator('xpath=ancestor::header').boundingBox())!;
  // Title and tools on one row, the search field on a second one.
  expect(headerBox.height).toBeGreaterThan(80);
  await revealHeaderTools(page);
  await page.getByTestId('targets-open').click();
  const view = page.getByTestId('targets-view');
  await expect(view).toBeVisible();
  const viewBox = (await view.boundingBox())!;
  expect(viewBox.y).toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 0.5);
  // Nothing of the view lies over the search field.
  expect(await isCovered(page.getByTestId('search-input'))).toBe(false);
  await keepScreenshot(page, 'targets-phone');
});
