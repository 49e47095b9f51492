import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { appUrl } from './pages/app-url';

// This journey is about the service worker, which the other journeys block.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app reloads with the network cut, plays a tour and opens a dossier', async ({
  page,
  context,
  mapPage,
  tourPlayer,
  detail,
}) => {
  await mapPage.open();
  // Controlled means installed: the whole build is precached by then.
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(manifestHref!)).json()) as {
    name: string;
    lang: string;
    icons: Array<{ purpose: string }>;
  };
  expect(manifest.name).toContain('丽水');
  expect(manifest.name).toContain('Lishui');
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

  const failed: string[] = [];
  context.on('requestfailed', (request) => failed.push(request.url()));
  await context.setOffline(true);

  await mapPage.reload();
  await keepScreenshot(page, 'offline-reload');

  await page.goto(appUrl({ tour: 'jinyun-core', step: 1 }));
  await mapPage.waitForIdle();
  await expect(tourPlayer.stepCounter).toHaveText(/^1 \/ \d+$/);
  await expect(tourPlayer.caption).not.toBeEmpty();
  await page.keyboard.press('ArrowRight');
  await expect(tourPlayer.stepCounter).toHaveText(/^2 \/ \d+$/);
  await mapPage.waitForSettled();
  await keepScreenshot(page, 'offline-tour-step');

  await page.goto(appUrl({ select: 'jinyun-core' }));
  await mapPage.waitForIdle();
  await expect(detail.name).not.toBeEmpty();
  const [dossierWindow] = await Promise.all([
    context.waitForEvent('page'),
    detail.dossierLink.click(),
  ]);
  await expect(dossierWindow.getByTestId('dossier-page')).toBeVisible();
  await expect(dossierWindow.getByTestId('site-map')).toBeVisible();
  await expect(dossierWindow.getByTestId('dossier-qr')).toBeVisible();
  await keepScreenshot(dossierWindow, 'offline-dossier');

  expect(failed).toEqual([]);
});
