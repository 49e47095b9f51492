import { createServer } from 'node:http';
import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { popupFrom } from './pages/browser-events';
import { MapPage } from './pages/map-page';

/** Port of the stand-in department site that frames the map. */
const HOST_PORT = Number(process.env.E2E_STATIC_PORT ?? 4381) + 1;

const TOOLS = [
  'targets-open',
  'chains-open',
  'tours-open',
  'planner-open',
  'exports-open',
  'share-open',
];

test('?embed=1 shows the map, its legend and detail without header tools; links open the full app', async ({
  page,
  mapPage,
  header,
  layerPanel,
}) => {
  await mapPage.open({ embed: 1, select: 'county-331122' });
  for (const tool of TOOLS) await expect(page.getByTestId(tool)).toHaveCount(0);
  await expect(header.menuButton).toHaveCount(0);
  await expect(page.getByTestId('search-input')).toHaveCount(0);
  await expect(layerPanel.panel).toBeVisible();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await expect(page.getByTestId('shortlist-toggle')).toBeHidden();
  // The address keeps embed mode through the app's own rewrites (a reload stays embedded).
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
  await keepScreenshot(page, 'embed-mode');

  await expect(header.openFullLink).toHaveAttribute('target', '_blank');
  const full = await popupFrom(page, header.openFullLink);
  await new MapPage(full).waitForIdle();
  const fullUrl = new URL(full.url());
  expect(fullUrl.searchParams.get('embed')).toBeNull();
  expect(fullUrl.searchParams.get('select')).toBe('county-331122');
  await expect(
    full.getByTestId('header-tools').or(full.getByTestId('header-menu-button')),
  ).toBeVisible();
});

test('the README iframe snippet shows the embedded map on another page', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  // A department's own site: another origin over http, as frame-ancestors sees it.
  const host = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><meta charset="utf-8"><h1 style="font:20px sans-serif">Department site</h1>
       <iframe src="${baseURL}/?embed=1" title="丽水产业平台一张图" width="900" height="560"
         style="border:0" loading="lazy" allow="fullscreen; geolocation; clipboard-write"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(HOST_PORT, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', {
    timeout: 45_000,
  });
  await expect(frame.getByTestId('embed-open-full')).toBeVisible();
  await keepScreenshot(page, 'embed-iframe');
  await new Promise((resolve) => host.close(resolve));
});
