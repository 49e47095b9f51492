import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, keepScreenshot, test, waitForMapIdle, waitForMapSettled } from './fixtures';

const fixture = (name: string) => path.resolve('tests/fixtures/import', name);

async function openPlanner(page: Page) {
  await page.getByTestId('planner-open').click();
  await expect(page.getByTestId('planner-panel')).toBeVisible();
}

async function importFixture(page: Page, name: string) {
  await page.getByTestId('import-input').setInputFiles(fixture(name));
}

/** User feature ids drawn on screen. */
const renderedUserIds = (page: Page) =>
  page.evaluate(() => window.__lishuiMap!.renderedFeatureIds('user-features'));

test('imports a KML and a CSV, shows them on the map, and keeps them after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  // Without own layers there are no empty overlay layers: each would cost a map frame.
  await expect(page.getByTestId('planner-open')).toBeVisible();
  const overlays = (ids: string[]) =>
    ids.filter((id) => id.startsWith('user-features') || id.startsWith('sketch'));
  expect(overlays(await page.evaluate(() => window.__lishuiMap!.styleLayerIds()))).toEqual([]);
  await openPlanner(page);
  // The panel does not cover the enclave inset: the inset moves aside.
  const panel = (await page.getByTestId('planner-panel').boundingBox())!;
  const inset = (await page.getByTestId('enclave-inset').boundingBox())!;
  expect(inset.x).toBeGreaterThanOrEqual(panel.x + panel.width);
  await importFixture(page, 'sites.kml');
  await expect(page.getByTestId('import-status')).toContainText('2');
  await importFixture(page, 'firms.csv');
  await expect(page.getByTestId('user-layer')).toHaveCount(2);
  await expect.poll(async () => (await renderedUserIds(page)).length).toBeGreaterThanOrEqual(3);
  // The user's points and shapes lie under every label; their names under the county names.
  const order = await page.evaluate(() => window.__lishuiMap!.styleLayerIds());
  const at = (id: string) => order.indexOf(id);
  expect(at('user-features:circle')).toBeGreaterThan(-1);
  for (const shape of ['user-features:fill', 'user-features:line', 'user-features:circle'])
    expect(at(shape)).toBeLessThan(at('neighbours:label'));
  expect(at('user-features:label')).toBeGreaterThan(at('neighbours:label'));
  expect(at('user-features:label')).toBeLessThan(at('counties:label'));
  await waitForMapSettled(page);
  await keepScreenshot(page, 'planner-imported');

  await page.reload();
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedUserIds(page)).length).toBeGreaterThanOrEqual(3);
  await openPlanner(page);
  await expect(page.getByTestId('user-layer')).toHaveCount(2);

  // Removing a layer takes it off the map and out of storage.
  await page.getByTestId('user-layer-remove').first().click();
  await expect(page.getByTestId('user-layer')).toHaveCount(1);
});

test('explains a broken file and keeps what is already loaded', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await openPlanner(page);
  await importFixture(page, 'firms.csv');
  await expect(page.getByTestId('user-layer')).toHaveCount(1);
  await importFixture(page, 'binary-renamed.geojson');
  await expect(page.getByTestId('import-problems')).toContainText('二进制', { timeout: 3000 });
  await expect(page.getByTestId('user-layer')).toHaveCount(1);
});

test('shows hostile names as text and runs no script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/');
  await waitForMapIdle(page);
  await openPlanner(page);
  await importFixture(page, 'hostile-names.geojson');
  await expect(page.getByTestId('user-layer')).toHaveCount(1);
  await page.getByTestId('user-layer').getByRole('button').first().click();
  const list = page.getByTestId('user-layer-features');
  await expect(list).toContainText('<img src=x onerror=');
  await list.getByRole('button').first().click();
  await expect(page.getByTestId('user-feature-card')).toContainText(
    '<script>window.__hacked=2</script>',
  );
  await waitForMapSettled(page);
  await keepScreenshot(page, 'planner-hostile-names');
  expect(
    await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('draws a candidate site by clicking the map and reads its area', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await openPlanner(page);
  await page.getByTestId('planner-tab-candidates').click();
  await page.getByTestId('candidate-draw').click();
  const canvas = page.locator('.map canvas');
  const box = (await canvas.boundingBox())!;
  const centreX = box.x + box.width * 0.6;
  const centreY = box.y + box.height * 0.5;
  for (const [dx, dy] of [
    [0, 0],
    [60, 0],
    [60, 60],
    [0, 60],
  ] as const) {
    await page.mouse.click(centreX + dx, centreY + dy);
  }
  await page.getByTestId('sketch-finish').click();
  await page.getByTestId('candidate-name').fill('测试地块 <b>x</b>');
  await page.getByTestId('candidate-save').click();
  const detail = page.getByTestId('candidate-detail');
  await expect(detail).toBeVisible();
  const areaText = await detail.getByTestId('area-text').textContent();
  // Four clicks 60 px apart at the opening zoom enclose a few km²: a positive area in 亩 too.
  const squareMetres = Number(areaText!.split('平方米')[0]!.replace(/[^\d.]/g, ''));
  expect(squareMetres).toBeGreaterThan(10_000);
  expect(areaText).toContain('亩');
  await expect(page.getByTestId('candidate-list')).toContainText('测试地块 <b>x</b>');
  await waitForMapSettled(page);
  await keepScreenshot(page, 'planner-candidate-site');

  // The site gets a one-page dossier like a plan feature, read from this browser's storage.
  const [dossier] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByTestId('candidate-dossier').click(),
  ]);
  await expect(dossier.getByTestId('dossier-page')).toHaveCount(1);
  await expect(dossier.getByTestId('dossier-page')).toContainText('测试地块 <b>x</b>');
  await expect(dossier.getByTestId('dossier-page')).toContainText('候选地块');
  await expect(dossier.getByTestId('dossier-qr')).toHaveCount(0);
  await dossier.screenshot({
    path: 'tests/output/screenshots/planner-candidate-dossier.png',
    fullPage: true,
  });

  // …and joins a comparison with a plan feature.
  await page.getByTestId('candidate-compare').click();
  await expect(page.getByTestId('site-tray')).toContainText('测试地块 <b>x</b>');
});

test('replaces a plan shape with an imported official boundary and exports the corrected layer file', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await openPlanner(page);
  await importFixture(page, 'official-bihu.geojson');
  await expect(page.getByTestId('user-layer')).toHaveCount(1);
  await page.getByTestId('replace-geometry').locator('summary').click();
  await page.getByTestId('replace-target').selectOption('liandu-core-bihu');
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('replace-export').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('liandu.geojson');
  const text = await (await download.createReadStream()).toArray();
  const layer = JSON.parse(Buffer.concat(text).toString('utf8'));
  const bihu = layer.features.find(
    (feature: { properties: { id: string } }) => feature.properties.id === 'liandu-core-bihu',
  );
  expect(bihu.properties.geometryQuality).toBe('official');
  expect(bihu.properties.recipe).toBeUndefined();
  expect(bihu.geometry.type).toBe('Polygon');
  await expect(page.getByTestId('replace-status')).toContainText('geodata/layers/liandu.geojson');
});
