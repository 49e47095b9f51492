import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, keepScreenshot, test, waitForMapIdle, waitForMapSettled } from './fixtures';

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
  // Every county's name is placed, 莲都区 too, though plan labels crowd its centre.
  const named = await page.evaluate(() =>
    window.__lishuiMap!.renderedFeatureIds('counties', 'labels'),
  );
  expect(named).toEqual(LISHUI_COUNTIES);
  const layers = await page.evaluate(() => window.__lishuiMap!.styleLayerIds());
  expect(layers).toContain('counties:label');
  expect(layers).not.toContain('basemap:raster');
  expect(externalRequests).toEqual([]);
  await keepScreenshot(page, 'foundation-offline-default');
});

test('says which file is wrong when the default data cannot be read', async ({ page }) => {
  // A stale file from an older build: the app names it instead of drawing an empty map.
  await page.route(/\/default-geodata-[\w-]+\.json$/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: '{"format":"lishui-geodata-bundle/0"}',
    }),
  );
  await page.goto('/');
  const alert = page.getByTestId('load-error');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('地图数据无法加载');
  await expect(alert.getByRole('listitem')).toHaveText([
    'default-geodata.json: not a lishui-geodata-bundle/1 file (build the app again)',
  ]);
  await keepScreenshot(page, 'foundation-load-error');

  // A missing file (e.g. a half-copied deployment) gives its HTTP status.
  await page.unrouteAll();
  await page.route(/\/default-geodata-[\w-]+\.json$/, (route) => route.fulfill({ status: 404 }));
  await page.reload();
  await expect(page.getByTestId('load-error').getByRole('listitem')).toHaveText([
    'default-geodata.json: HTTP 404',
  ]);
});

test('draws moving frames at half resolution in software WebGL, and the resting map sharp', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  // The drawing buffer's width against the canvas's CSS width, in device pixels.
  const resolution = () =>
    canvas.evaluate((element: HTMLCanvasElement) =>
      Number((element.width / (element.clientWidth * devicePixelRatio)).toFixed(2)),
    );
  expect(await resolution()).toBe(1);
  const before = await page.evaluate(() => window.__lishuiMap!.getCamera());
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45, { steps: 6 });
  expect(await resolution()).toBe(0.5);
  await page.mouse.up();
  await waitForMapSettled(page);
  await expect.poll(resolution).toBe(1);
  // The drag still panned the map (changing resolution moves no camera).
  const after = await page.evaluate(() => window.__lishuiMap!.getCamera());
  expect(after.center[0]).toBeGreaterThan(before.center[0]);
  expect(after.zoom).toBeCloseTo(before.zoom, 5);
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
