import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, keepScreenshot, test, waitForMapIdle } from './fixtures';

const LISHUI_COUNTIES = [
  'county-331102',
  'county-331121',
  'county-331122',
  'county-331123',
  'county-331124',
  'county-331125',
  'county-331126',
  'county-331127',
  'county-331181',
];

test('opens offline on a map that draws all nine Lishui counties with Chinese labels', async ({
  page,
  externalRequests,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const rendered = await page.evaluate(() => window.__lishuiMap!.renderedFeatureIds('counties'));
  expect(rendered).toEqual(LISHUI_COUNTIES);
  const layers = await page.evaluate(() => window.__lishuiMap!.styleLayerIds());
  expect(layers).toContain('counties:label');
  expect(layers).not.toContain('basemap:raster');
  expect(externalRequests).toEqual([]);
  await keepScreenshot(page, 'foundation-offline-default');
});

test('switches to the OpenStreetMap basemap under the overlays and back', async ({ page }) => {
  const tile = readFileSync(path.resolve('tests/fixtures/tiles/tile.png'));
  const tileRequests: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tileRequests.push(route.request().url());
    return route.fulfill({ body: tile, contentType: 'image/png' });
  });
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByTestId('basemap-select').selectOption('osm');
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
  const layers = await page.evaluate(() => window.__lishuiMap!.styleLayerIds());
  // The raster sits under the county fills and the plan layers.
  expect(layers.indexOf('basemap:raster')).toBeGreaterThan(-1);
  expect(layers.indexOf('basemap:raster')).toBeLessThan(layers.indexOf('counties:fill'));
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  await keepScreenshot(page, 'foundation-osm-basemap');
  await page.getByTestId('basemap-select').selectOption('none');
  await expect
    .poll(() => page.evaluate(() => window.__lishuiMap!.styleLayerIds().includes('basemap:raster')))
    .toBe(false);
});

test('offers Tianditu only once a key is entered', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const basemaps = page.getByTestId('basemap-select').locator('option:not([value="tianditu-key"])');
  await expect(basemaps).toHaveCount(2);
  await page.getByTestId('basemap-select').selectOption('tianditu-key');
  await page.getByPlaceholder(/天地图/).fill('test-key');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(basemaps).toHaveCount(4);
  await expect(page.getByTestId('basemap-select')).toHaveValue('none');
});
