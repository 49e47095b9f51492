import { readFileSync } from 'node:fs';
import path from 'node:path';
import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';

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
  mapPage,
  externalRequests,
}) => {
  await mapPage.open();
  expect(await mapPage.renderedFeatureIds('counties')).toEqual(LISHUI_COUNTIES);
  // Every county's name is placed, 莲都区 too, though plan labels crowd its centre.
  expect(await mapPage.renderedFeatureIds('counties', 'labels')).toEqual(LISHUI_COUNTIES);
  const layers = await mapPage.styleLayerIds();
  expect(layers).toContain('counties:label');
  expect(layers).not.toContain('basemap:raster');
  expect(externalRequests).toEqual([]);
  await keepScreenshot(page, 'foundation-offline-default');
});

test('draws rivers under the plan layers in the offline default view, 瓯江 named, and the county seats', async ({
  page,
  mapPage,
  externalRequests,
}) => {
  await mapPage.open();
  const layers = await mapPage.styleLayerIds();
  const firstPlanLayer = layers.findIndex((id) => id.startsWith('corridor-'));
  expect(layers.indexOf('water:line')).toBeGreaterThan(layers.indexOf('counties:fill'));
  expect(layers.indexOf('water:line')).toBeLessThan(firstPlanLayer);
  const rivers = await mapPage.renderedFeatureIds('water');
  expect(rivers.length).toBeGreaterThanOrEqual(8);
  const riverFile = readFileSync(path.resolve('geodata/boundaries/rivers.geojson'), 'utf8');
  const oujiang = (
    JSON.parse(riverFile) as { features: Array<{ properties: { id: string; name?: string } }> }
  ).features.find((river) => river.properties.name === '瓯江')!.properties.id;
  expect(rivers).toContain(oujiang);
  expect(await mapPage.renderedFeatureIds('places')).toContain(
    'context-place-corridor-liandu-seat',
  );
  expect(externalRequests).toEqual([]);
  await keepScreenshot(page, 'default-view-rivers');

  // Closer in, between 丽水 and 青田, the main river carries its (inferred) name.
  await mapPage.open({ cam: '120.08,28.3,10' });
  expect(await mapPage.renderedFeatureIds('water', 'labels')).toContain(oujiang);
  expect(await mapPage.renderedFeatureIds('towns')).not.toEqual([]);
  await keepScreenshot(page, 'rivers-oujiang-closer');
});

test('says which file is wrong when the default data cannot be read', async ({ page, mapPage }) => {
  // A stale file from an older build: the app names it instead of drawing an empty map.
  await page.route(/\/default-geodata-[\w-]+\.json$/, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: '{"format":"lishui-geodata-bundle/0"}',
    }),
  );
  await mapPage.visit();
  await expect(mapPage.loadError).toBeVisible();
  await expect(mapPage.loadError).toContainText('地图数据无法加载');
  await expect(mapPage.loadError.getByRole('listitem')).toHaveText([
    'default-geodata.json: not a lishui-geodata-bundle/1 file (build the app again)',
  ]);
  await keepScreenshot(page, 'foundation-load-error');

  // A missing file (e.g. a half-copied deployment) gives its HTTP status.
  await page.unrouteAll();
  await page.route(/\/default-geodata-[\w-]+\.json$/, (route) => route.fulfill({ status: 404 }));
  await page.reload();
  await expect(mapPage.loadError.getByRole('listitem')).toHaveText([
    'default-geodata.json: HTTP 404',
  ]);
});

test('draws moving frames at half resolution in software WebGL, and the resting map sharp', async ({
  mapPage,
}) => {
  await mapPage.open();
  const resolution = () => mapPage.drawingBufferScale();
  expect(await resolution()).toBe(1);
  const before = await mapPage.camera();
  const { width, height } = await mapPage.size();
  await mapPage.startDrag([width * 0.6, height * 0.5], [width * 0.5, height * 0.45], 6);
  expect(await resolution()).toBe(0.5);
  await mapPage.endDrag();
  await mapPage.waitForSettled();
  await expect.poll(resolution).toBe(1);
  // The drag still panned the map (changing resolution moves no camera).
  const after = await mapPage.camera();
  expect(after.center[0]).toBeGreaterThan(before.center[0]);
  expect(after.zoom).toBeCloseTo(before.zoom, 5);
});

test('switches to the OpenStreetMap basemap under the overlays and back', async ({
  page,
  mapPage,
  layerPanel,
}) => {
  const tile = readFileSync(path.resolve('tests/fixtures/tiles/tile.png'));
  const tileRequests: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tileRequests.push(route.request().url());
    return route.fulfill({ body: tile, contentType: 'image/png' });
  });
  await mapPage.open();
  await layerPanel.chooseBasemap('osm');
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
  const layers = await mapPage.styleLayerIds();
  // The raster sits under the county fills and the plan layers.
  expect(layers.indexOf('basemap:raster')).toBeGreaterThan(-1);
  expect(layers.indexOf('basemap:raster')).toBeLessThan(layers.indexOf('counties:fill'));
  await expect(mapPage.attribution).toContainText('OpenStreetMap');
  await keepScreenshot(page, 'foundation-osm-basemap');
  await layerPanel.chooseBasemap('none');
  await expect
    .poll(async () => (await mapPage.styleLayerIds()).includes('basemap:raster'))
    .toBe(false);
});

test('offers Tianditu only once a key is entered', async ({ mapPage, layerPanel }) => {
  await mapPage.open();
  await expect(layerPanel.basemaps).toHaveCount(2);
  await layerPanel.saveTiandituKey('test-key');
  await expect(layerPanel.basemaps).toHaveCount(4);
  await expect(layerPanel.basemapSelect).toHaveValue('none');
});
