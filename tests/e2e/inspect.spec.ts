import { generatePoints } from '../../bench/generate-scale';
import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { isCovered } from './pages/occlusion';

test('clicking 碧湖新城 on the canvas opens its details with the enterprises around it', async ({
  page,
  mapPage,
  detail,
}) => {
  // A point inside 碧湖新城, 200 m from any of its blocks and parks (found with Turf from the
  // layer files after the blocks were drawn inside the new town).
  await mapPage.open({ cam: [119.79, 28.32, 11.5] });
  await mapPage.waitForSettled();
  await mapPage.clickAt([119.79, 28.32]);
  await expect(detail.name).toHaveText('碧湖新城');
  await expect(detail.qualityBadge).toHaveText('示意范围');
  await expect(detail.area).toContainText('平方千米');
  await expect(detail.enterprises.first()).toBeVisible();
  expect(await detail.enterprises.count()).toBeGreaterThan(3);
  await expect(page).toHaveURL(/select=liandu-core-bihu/);
  expect(await mapPage.featureState('liandu-core-bihu')).toMatchObject({ selected: true });
  await keepScreenshot(page, 'inspect-bihu-click');
});

test('searching an enterprise by pinyin initials lands on its platform', async ({
  page,
  mapPage,
  search,
  detail,
}) => {
  await mapPage.open();
  await search.focus();
  await expect(search.input).toHaveAttribute('data-index-ready', 'true');
  await search.type('xtxk');
  await expect(search.results.first()).toContainText('肖特新康');
  await search.submit();
  await expect(detail.name).toHaveText('苍山区块');
  await mapPage.waitForSettled();
  const camera = await mapPage.camera();
  expect(camera.zoom).toBeGreaterThan(10);
  await keepScreenshot(page, 'inspect-search-pinyin');
});

test('with a county firm register loaded, the plans are searchable while it indexes, its firms after', async ({
  page,
  mapPage,
  search,
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
  await mapPage.open({ 'bench-data': '/bench-data/register.geojson' });
  await search.focus();
  await expect(search.input).toHaveAttribute('data-index-ready', 'partial');
  await expect(search.pending).toHaveText('企业名录索引中…');
  await search.type('碧湖');
  await expect(search.results.first()).toContainText('碧湖');
  await search.type(firm);
  await expect(search.empty).toContainText('企业名录仍在索引中');
  await keepScreenshot(page, 'inspect-search-register-indexing');

  release();
  await expect(search.input).toHaveAttribute('data-index-ready', 'true');
  await expect(search.pending).toHaveCount(0);
  // The open query is asked again of the full index.
  await expect(search.results.first()).toContainText(firm);
  expect(requests).toBe(2);
});

test('a deep link in English reopens the same selection after reload', async ({
  page,
  mapPage,
  header,
  detail,
}) => {
  await mapPage.open({ select: 'liandu-core-bihu', lang: 'en', cam: [119.76, 28.31, 10.8] });
  await expect(detail.name).toHaveText('Bihu New Town');
  await expect(header.languageSwitch).toHaveText('中文');
  await mapPage.reload();
  await expect(detail.name).toHaveText('Bihu New Town');
  const camera = await mapPage.camera();
  expect(camera.center[0]).toBeCloseTo(119.76, 2);
  expect(camera.zoom).toBeCloseTo(10.8, 1);
  // The open panel leaves the map's own buttons uncovered, beside it.
  for (const control of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-compass'])
    expect(await isCovered(page.locator(control)), control).toBe(false);
  await keepScreenshot(page, 'inspect-deep-link-en');
});

test('filtering by an industry highlights exactly its hosts on the map', async ({
  page,
  mapPage,
  detail,
  filterBar,
}) => {
  await mapPage.open({ select: 'liandu-core-bihu' });
  await detail.filterByFirstIndustry();
  await expect(filterBar.bar).toBeVisible();
  const listed = await filterBar.matches.count();
  expect(listed).toBeGreaterThan(0);
  // Zoom out to the whole city, then count what the map itself draws undimmed.
  await detail.close();
  await mapPage.waitForSettled();
  const highlighted = await mapPage.highlightedFeatureIds();
  expect(highlighted.length).toBe(listed);
  await keepScreenshot(page, 'inspect-industry-filter');
  await page.keyboard.press('Escape');
  await expect(filterBar.bar).toHaveCount(0);
});
