import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { recordScriptRequests } from './pages/browser-events';
import { DossierPage } from './pages/dossier-page';
import { zipSync } from 'fflate';
import proj4 from 'proj4';
import { writeDbf, writeShp } from '../fixtures/shapefile-writer';

test('a visit that never opens the planner downloads none of its code', async ({
  page,
  mapPage,
  planner,
}) => {
  const scripts = recordScriptRequests(page);
  const plannerCode = () =>
    scripts.filter((name) => /^(PlannerRoot|planner-db|candidate-detail|schemas)-/.test(name));
  await mapPage.open();
  // What the app fetches once the map is idle: the detail panel, the tray, and the
  // planner's storage check (which finds nothing saved in this fresh profile).
  await expect.poll(() => scripts.some((name) => name.startsWith('planner-storage-'))).toBe(true);
  await expect.poll(() => scripts.some((name) => name.startsWith('DetailPanel-'))).toBe(true);
  await mapPage.waitForSettled();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
  expect(plannerCode()).toEqual([]);

  // Opening it loads it (so the names above are the planner's chunks).
  await planner.open();
  expect(plannerCode().some((name) => name.startsWith('PlannerRoot-'))).toBe(true);
});

test('imports a KML and a CSV, shows them on the map, and keeps them after a reload', async ({
  page,
  mapPage,
  planner,
}) => {
  await mapPage.open();
  // Without own layers there are no empty overlay layers: each would cost a map frame.
  await expect(planner.openButton).toBeAttached();
  const overlays = (ids: string[]) =>
    ids.filter((id) => id.startsWith('user-features') || id.startsWith('sketch'));
  expect(overlays(await mapPage.styleLayerIds())).toEqual([]);
  await planner.open();
  // The panel does not cover the enclave inset: the inset moves aside.
  const panel = (await planner.panel.boundingBox())!;
  const inset = (await mapPage.enclaveInset.boundingBox())!;
  expect(inset.x).toBeGreaterThanOrEqual(panel.x + panel.width);
  await planner.importFixture('sites.kml');
  await expect(planner.importStatus).toContainText('2');
  await planner.importFixture('firms.csv');
  await expect(planner.layers).toHaveCount(2);
  const renderedUserIds = () => mapPage.renderedFeatureIds('user-features');
  await expect.poll(async () => (await renderedUserIds()).length).toBeGreaterThanOrEqual(3);
  // The user's points and shapes lie under every label; their names under the county names.
  const order = await mapPage.styleLayerIds();
  const at = (id: string) => order.indexOf(id);
  expect(at('user-features:circle')).toBeGreaterThan(-1);
  for (const shape of ['user-features:fill', 'user-features:line', 'user-features:circle'])
    expect(at(shape)).toBeLessThan(at('neighbours:label'));
  expect(at('user-features:label')).toBeGreaterThan(at('neighbours:label'));
  expect(at('user-features:label')).toBeLessThan(at('counties:label'));
  await mapPage.waitForSettled();
  await keepScreenshot(page, 'planner-imported');

  await mapPage.reload();
  await expect.poll(async () => (await renderedUserIds()).length).toBeGreaterThanOrEqual(3);
  await planner.open();
  await expect(planner.layers).toHaveCount(2);

  // Removing a layer takes it off the map and out of storage.
  await planner.removeFirstLayer();
  await expect(planner.layers).toHaveCount(1);
});

test('imports a zipped Gauss–Krüger Shapefile and a GB18030 CSV, and keeps them after a reload', async ({
  page,
  mapPage,
  planner,
}) => {
  const toZone = (position: [number, number]) =>
    proj4(
      'EPSG:4326',
      '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
      position,
    ) as [number, number];
  const ring = (
    [
      [119.9, 28.44],
      [119.9, 28.47],
      [119.94, 28.47],
      [119.94, 28.44],
      [119.9, 28.44],
    ] as Array<[number, number]>
  ).map(toZone);
  const { shp, shx } = writeShp([{ type: 'polygon', rings: [ring] }]);
  const lishuiGbk = new Uint8Array([0xc0, 0xf6, 0xcb, 0xae]);
  const dbf = writeDbf([{ name: 'NAME', length: 20 }], [[lishuiGbk]]);
  const prj =
    'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
  const zip = zipSync({
    'parcels.shp': shp,
    'parcels.shx': shx,
    'parcels.dbf': dbf,
    'parcels.prj': new TextEncoder().encode(prj),
    'parcels.cpg': new TextEncoder().encode('GBK'),
  });
  // 名称,经度,纬度 / 丽水,119.93,28.46 in GBK, as Chinese Excel saves a CSV.
  const csv = new Uint8Array([
    0xc3,
    0xfb,
    0xb3,
    0xc6,
    0x2c,
    0xbe,
    0xad,
    0xb6,
    0xc8,
    0x2c,
    0xce,
    0xb3,
    0xb6,
    0xc8,
    0x0d,
    0x0a,
    ...lishuiGbk,
    ...new TextEncoder().encode(',119.93,28.46\r\n'),
  ]);

  await mapPage.open();
  await planner.open();
  await planner.importFile('parcels.zip', zip);
  await expect(planner.layers).toHaveCount(1);
  await expect(planner.importWarnings).toContainText('CGCS2000_3_Degree_GK_CM_120E');
  await planner.importFile('企业.csv', csv);
  await expect(planner.layers).toHaveCount(2);
  await expect(planner.importWarnings).toContainText('GB18030');
  const renderedUserIds = () => mapPage.renderedFeatureIds('user-features');
  await expect.poll(async () => (await renderedUserIds()).length).toBeGreaterThanOrEqual(2);
  await mapPage.waitForSettled();
  await keepScreenshot(page, 'planner-shapefile-gbk-csv');

  await mapPage.reload();
  await expect.poll(async () => (await renderedUserIds()).length).toBeGreaterThanOrEqual(2);
  await planner.open();
  await expect(planner.layers).toHaveCount(2);
  await planner.unfoldFirstLayer();
  await expect(planner.layerFeatures).toContainText('丽水');
});

test('explains a broken file and keeps what is already loaded', async ({ mapPage, planner }) => {
  await mapPage.open();
  await planner.open();
  await planner.importFixture('firms.csv');
  await expect(planner.layers).toHaveCount(1);
  await planner.importFixture('binary-renamed.geojson');
  await expect(planner.importProblems).toContainText('二进制', { timeout: 3000 });
  await expect(planner.layers).toHaveCount(1);
});

test('shows hostile names as text and runs no script', async ({ page, mapPage, planner }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await mapPage.open();
  await planner.open();
  await planner.importFixture('hostile-names.geojson');
  await expect(planner.layers).toHaveCount(1);
  await planner.unfoldFirstLayer();
  await expect(planner.layerFeatures).toContainText('<img src=x onerror=');
  await planner.pickFirstFeature();
  await expect(planner.featureCard).toContainText('<script>window.__hacked=2</script>');
  await mapPage.waitForSettled();
  await keepScreenshot(page, 'planner-hostile-names');
  expect(
    await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('draws a candidate site by clicking the map and reads its area', async ({
  page,
  mapPage,
  planner,
  siteTray,
}) => {
  await mapPage.open();
  await planner.open();
  await planner.showCandidates();
  await planner.startDrawingCandidate();
  const { width, height } = await mapPage.size();
  const centreX = width * 0.6;
  const centreY = height * 0.5;
  for (const [dx, dy] of [
    [0, 0],
    [60, 0],
    [60, 60],
    [0, 60],
  ] as const) {
    await mapPage.clickAtPixel([centreX + dx, centreY + dy]);
  }
  await planner.finishSketch();
  await planner.saveCandidate('测试地块 <b>x</b>');
  await expect(planner.candidateDetail).toBeVisible();
  const areaText = await planner.candidateArea.textContent();
  // Four clicks 60 px apart at the opening zoom enclose a few km²: a positive area in 亩 too.
  const squareMetres = Number(areaText!.split('平方米')[0]!.replace(/[^\d.]/g, ''));
  expect(squareMetres).toBeGreaterThan(10_000);
  expect(areaText).toContain('亩');
  await expect(planner.candidateList).toContainText('测试地块 <b>x</b>');
  await mapPage.waitForSettled();
  await keepScreenshot(page, 'planner-candidate-site');

  // The site gets a one-page dossier like a plan feature, read from this browser's storage.
  const dossier = new DossierPage(await planner.openCandidateDossier());
  await expect(dossier.sheets).toHaveCount(1);
  await expect(dossier.sheets).toContainText('测试地块 <b>x</b>');
  await expect(dossier.sheets).toContainText('候选地块');
  await expect(dossier.qrCodes).toHaveCount(0);
  await keepScreenshot(dossier.page, 'planner-candidate-dossier', { fullPage: true });

  // …and joins a comparison with a plan feature.
  await planner.compareCandidate();
  await expect(siteTray.tray).toContainText('测试地块 <b>x</b>');
});

test('replaces a plan shape with an imported official boundary and exports the corrected layer file', async ({
  mapPage,
  planner,
}) => {
  await mapPage.open();
  await planner.open();
  await planner.importFixture('official-bihu.geojson');
  await expect(planner.layers).toHaveCount(1);
  await planner.chooseShapeToReplace('liandu-core-bihu');
  const download = await planner.exportReplacedLayer();
  expect(download.suggestedFilename()).toBe('liandu.geojson');
  const text = await (await download.createReadStream()).toArray();
  const layer = JSON.parse(Buffer.concat(text).toString('utf8'));
  const bihu = layer.features.find(
    (feature: { properties: { id: string } }) => feature.properties.id === 'liandu-core-bihu',
  );
  expect(bihu.properties.geometryQuality).toBe('official');
  expect(bihu.properties.recipe).toBeUndefined();
  expect(bihu.geometry.type).toBe('Polygon');
  await expect(planner.replaceStatus).toContainText('geodata/layers/liandu.geojson');
});
