import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';

const LISHUI_CITY: [number, number] = [119.9229, 28.4676];

test.describe('my location', () => {
  test.use({
    geolocation: { longitude: LISHUI_CITY[0], latitude: LISHUI_CITY[1] },
    permissions: ['geolocation'],
  });

  test('marks the position and flies there, saying the position is never sent', async ({
    page,
    mapPage,
    header,
    externalRequests,
  }) => {
    await mapPage.open();
    const locate = page.getByTestId('map-locate');
    await expect(locate).toBeVisible();
    await expect(locate).toHaveAttribute('title', /不会发送到任何地方/);
    await locate.click();
    await expect(page.getByTestId('my-location-marker')).toBeVisible();
    await mapPage.waitForSettled();
    const camera = await mapPage.camera();
    expect(camera.center[0]).toBeCloseTo(LISHUI_CITY[0], 2);
    expect(camera.center[1]).toBeCloseTo(LISHUI_CITY[1], 2);
    expect(camera.zoom).toBeGreaterThanOrEqual(13);
    // Nothing left the machine: the position stays on the page.
    expect(externalRequests).toEqual([]);
    await keepScreenshot(page, 'my-location');
    await header.switchLanguage();
    await expect(locate).toHaveAttribute('title', /never sent anywhere/);
  });
});

test('my location is not offered where the browser reports geolocation denied', async ({
  page,
  mapPage,
}) => {
  await page.addInitScript(() => {
    const query = navigator.permissions.query.bind(navigator.permissions);
    navigator.permissions.query = (descriptor: PermissionDescriptor) =>
      descriptor.name === 'geolocation'
        ? Promise.resolve({ state: 'denied', onchange: null } as unknown as PermissionStatus)
        : query(descriptor);
  });
  await mapPage.open();
  await expect(page.getByTestId('map-fullscreen')).toBeVisible();
  await expect(page.getByTestId('map-locate')).toBeHidden();
});

test('the map goes full screen with its panels and comes back', async ({ page, mapPage }) => {
  await mapPage.open();
  const fullscreen = page.getByTestId('map-fullscreen');
  await expect(fullscreen).toHaveAttribute('title', '全屏显示地图');
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.fullscreenElement?.className)).toContain('shell__main');
  await expect(fullscreen).toHaveAttribute('title', '退出全屏');
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});
