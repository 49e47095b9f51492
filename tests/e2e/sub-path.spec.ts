import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { appUrl, type QueryValue } from './pages/app-url';
import { PresenterPage } from './pages/presenter-page';
import { serveFolder, type StaticSite } from './static-server';

/** The built app as an intranet would host it: plain files under a folder, no rewrites. */
const PREFIX = '/some/sub/path/';
let site: StaticSite;

test.beforeAll(async () => {
  site = await serveFolder('dist', PREFIX);
});
test.afterAll(async () => {
  await site.close();
});

/** The app's address under the folder for these URL parameters (`appUrl` minus its leading slash). */
const underFolder = (params: Record<string, QueryValue> = {}) =>
  `${site.url}${appUrl(params).slice(1)}`;

test('served from a sub-folder, the app, its deep links, tours and dossiers load every file', async ({
  page,
  context,
  mapPage,
  search,
  detail,
  chains,
  tourPlayer,
  externalRequests,
}) => {
  const failed: string[] = [];
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  context.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));

  await page.goto(underFolder());
  await mapPage.waitForIdle();
  // The search worker's file is found relative to the app, not at the server's root.
  await search.focus();
  await expect(search.input).toHaveAttribute('data-index-ready', 'true');
  await search.type('碧湖');
  await expect(search.results.first()).toContainText('碧湖');

  await page.goto(underFolder({ select: 'jinyun-core' }));
  await mapPage.waitForIdle();
  await expect(detail.name).not.toBeEmpty();
  await keepScreenshot(page, 'sub-path-deep-link');

  // The dossier link the detail panel builds stays inside the folder.
  const dossierHref = await detail.dossierLink.getAttribute('href');
  expect(new URL(dossierHref!, page.url()).pathname).toBe(PREFIX);
  const [dossierWindow] = await Promise.all([
    context.waitForEvent('page'),
    detail.dossierLink.click(),
  ]);
  await expect(dossierWindow.getByTestId('dossier-page')).toBeVisible();
  await expect(dossierWindow.getByTestId('site-map')).toBeVisible();
  await dossierWindow.close();

  await page.goto(underFolder({ chain: 'ind-city-semiconductor' }));
  await mapPage.waitForIdle();
  await expect(chains.view).toBeVisible();
  await expect(chains.links.first()).toBeVisible();

  await page.goto(underFolder({ tour: 'jinyun-core', step: 1 }));
  await mapPage.waitForIdle();
  await expect(tourPlayer.stepCounter).toHaveText(/^1 \/ \d+$/);
  const [presenterWindow] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('tour-open-presenter').click(),
  ]);
  const presenter = new PresenterPage(presenterWindow);
  await expect(presenter.counter).toHaveText(/^1 \/ \d+$/);
  expect(new URL(presenterWindow.url()).pathname).toBe(PREFIX);

  expect(site.notFound).toEqual([]);
  expect(failed).toEqual([]);
  expect(externalRequests).toEqual([]);
});
