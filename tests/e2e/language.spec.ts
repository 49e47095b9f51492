import { keepScreenshot } from './artifacts';
import { unmarkedChineseText } from './pages/language-scan';
import { expect, test } from './fixtures';
import { revealHeaderTools } from './pages/header-tools';

// English reads as English: Chinese may appear only where it is marked lang="zh-CN"
// (a name's Chinese beside its English, the plan's own words), never in place of English.

for (const id of [
  'jinyun-core',
  'enclave-jinyun-shanghai',
  'county-331102',
  'corridor-zhexinan-corridor',
]) {
  test(`the English detail panel of ${id} has no unmarked Chinese`, async ({
    page,
    mapPage,
    detail,
  }) => {
    await mapPage.open({ select: id, lang: 'en' });
    await expect(detail.name).toBeVisible();
    await keepScreenshot(page, `english-detail-${id}`);
    expect(await unmarkedChineseText(detail.panel)).toEqual([]);
  });
}

test('the English targets table has no unmarked Chinese and fits its pane', async ({
  page,
  mapPage,
}) => {
  await mapPage.open({ lang: 'en' });
  await revealHeaderTools(page);
  await page.getByTestId('targets-open').click();
  const view = page.getByTestId('targets-view');
  await expect(view.getByTestId('targets-count')).toBeVisible();
  await keepScreenshot(page, 'english-targets');
  // Longer English values wrap: every column, the sources last, is seen without scrolling sideways.
  const wrap = view.locator('.targets-table-wrap');
  const widths = await wrap.evaluate((element) => [element.scrollWidth, element.clientWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  expect(await unmarkedChineseText(view)).toEqual([]);
});

for (const id of ['jinyun-core', 'county-331102', 'enclave-jinyun-shanghai']) {
  test(`the English dossier of ${id} has no unmarked Chinese`, async ({ page, dossier }) => {
    await dossier.open([id], 'en');
    await expect(dossier.sheets).toHaveAttribute('data-fitted', 'true');
    await keepScreenshot(page, `english-dossier-${id}`, { fullPage: true });
    expect(await unmarkedChineseText(page.locator('body'))).toEqual([]);
  });
}
