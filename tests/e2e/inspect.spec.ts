import type { Page } from '@playwright/test';
import { generatePoints } from '../../bench/generate-scale';
import { expect, keepScreenshot, test, waitForMapIdle, waitForMapSettled } from './fixtures';

/** Clicks the map canvas at a [lng, lat] position. */
async function clickMapAt(page: Page, position: [number, number]): Promise<void> {
  const [x, y] = await page.evaluate((lngLat) => window.__lishuiMap!.project(lngLat), position);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

test('clicking 碧湖新城 on the canvas opens its details with the enterprises around it', async ({
  page,
}) => {
  // A point inside 碧湖新城 outside its smaller blocks and parks (found with Turf from the layer file).
  await page.goto('/?cam=119.79,28.32,11.5');
  await waitForMapIdle(page);
  await waitForMapSettled(page);
  await clickMapAt(page, [119.7944, 28.3463]);
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByTestId('detail-name')).toHaveText('碧湖新城');
  await expect(panel.getByTestId('quality-badge')).toHaveText('示意范围');
  await expect(panel.getByTestId('detail-area')).toContainText('平方千米');
  await expect(panel.getByTestId('enterprise-item').first()).toBeVisible();
  expect(await panel.getByTestId('enterprise-item').count()).toBeGreaterThan(3);
  await expect(page).toHaveURL(/select=liandu-core-bihu/);
  expect(
    await page.evaluate(() => window.__lishuiMap!.featureState('liandu-core-bihu')),
  ).toMatchObject({ selected: true });
  await keepScreenshot(page, 'inspect-bihu-click');
});

test('searching an enterprise by pinyin initials lands on its platform', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const input = page.getByTestId('search-input');
  await input.click();
  await expect(input).toHaveAttribute('data-index-ready', 'true');
  await input.fill('xtxk');
  const first = page.getByTestId('search-result').first();
  await expect(first).toContainText('肖特新康');
  await input.press('Enter');
  await expect(page.getByTestId('detail-name')).toHaveText('苍山区块');
  await waitForMapSettled(page);
  const camera = await page.evaluate(() => window.__lishuiMap!.getCamera());
  expect(camera.zoom).toBeGreaterThan(10);
  await keepScreenshot(page, 'inspect-search-pinyin');
});

test('with a county firm register loaded, the plans are searchable while it indexes, its firms after', async ({
  page,
}) => {
  const register = generatePoints(2_000);
  const firm = String(register.features[0]!.properties!.name);
  // The map fetches the register first; the search worker fetches it again (not
  // from cache) and is held here so the moment before it is indexed can be seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  await page.route(
    (url) => url.pathname === '/bench-data/register.geojson',
    async (route) => {
      requests += 1;
      if (requests > 1) await held;
      await route.fulfill({ json: register, headers: { 'cache-control': 'no-store' } });
    },
  );
  await page.goto('/?bench-data=/bench-data/register.geojson');
  await waitForMapIdle(page);
  const input = page.getByTestId('search-input');
  await input.click();
  await expect(input).toHaveAttribute('data-index-ready', 'partial');
  await expect(page.getByTestId('search-pending')).toHaveText('企业名录索引中…');
  await input.fill('碧湖');
  await expect(page.getByTestId('search-result').first()).toContainText('碧湖');
  await input.fill(firm);
  await expect(page.getByTestId('search-empty')).toContainText('企业名录仍在索引中');
  await keepScreenshot(page, 'inspect-search-register-indexing');

  release();
  await expect(input).toHaveAttribute('data-index-ready', 'true');
  await expect(page.getByTestId('search-pending')).toHaveCount(0);
  // The open query is asked again of the full index.
  await expect(page.getByTestId('search-result').first()).toContainText(firm);
  expect(requests).toBe(2);
});

test('a deep link in English reopens the same selection after reload', async ({ page }) => {
  await page.goto('/?select=liandu-core-bihu&lang=en&cam=119.76,28.31,10.8');
  await waitForMapIdle(page);
  await expect(page.getByTestId('detail-name')).toHaveText('Bihu New Town');
  await expect(page.getByTestId('lang-switch')).toHaveText('中文');
  await page.reload();
  await waitForMapIdle(page);
  await expect(page.getByTestId('detail-name')).toHaveText('Bihu New Town');
  const camera = await page.evaluate(() => window.__lishuiMap!.getCamera());
  expect(camera.center[0]).toBeCloseTo(119.76, 2);
  expect(camera.zoom).toBeCloseTo(10.8, 1);
  await keepScreenshot(page, 'inspect-deep-link-en');
});

test('filtering by an industry highlights exactly its hosts on the map', async ({ page }) => {
  await page.goto('/?select=liandu-core-bihu');
  await waitForMapIdle(page);
  await page.getByTestId('industry-chip').first().click();
  await expect(page.getByTestId('filter-bar')).toBeVisible();
  const listed = await page.getByTestId('filter-match').count();
  expect(listed).toBeGreaterThan(0);
  // Zoom out to the whole city, then count what the map itself draws undimmed.
  await page.getByTestId('detail-close').click();
  await waitForMapSettled(page);
  const highlighted = await page.evaluate(() => {
    const map = window.__lishuiMap!;
    const layers = map
      .styleLayerIds()
      .map((id) => id.split(':')[0]!)
      .filter(
        (id, index, all) =>
          all.indexOf(id) === index && !['background', 'basemap', 'outline'].includes(id),
      );
    const ids = new Set(layers.flatMap((layer) => map.renderedFeatureIds(layer)));
    return [...ids].filter((id) => map.featureState(id).dimmed !== true).sort();
  });
  expect(highlighted.length).toBe(listed);
  await keepScreenshot(page, 'inspect-industry-filter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('filter-bar')).toHaveCount(0);
});
