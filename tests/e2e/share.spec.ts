import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { MapPage } from './pages/map-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('shares the current view: the copied link and its QR code reopen the same view', async ({
  page,
  context,
  mapPage,
  header,
}) => {
  await mapPage.open({ filter: 'county:331102', select: 'liandu-core-bihu', lang: 'en' });
  // The user moves the map: the link carries the camera as drawn now.
  await mapPage.drag([700, 400], [560, 330], 8);
  await mapPage.waitForSettled();
  const camera = await mapPage.camera();

  await header.share();
  await expect(header.shareStatus).toHaveText('Link copied to the clipboard');
  const link = await header.clipboardText();
  await expect(header.shareLink).toHaveValue(link);
  const url = new URL(link);
  expect(url.origin).toBe(new URL(page.url()).origin);
  expect(url.searchParams.get('select')).toBe('liandu-core-bihu');
  expect(url.searchParams.get('filter')).toBe('county:331102');
  expect(url.searchParams.get('lang')).toBe('en');
  expect(url.searchParams.get('cam')).not.toBeNull();
  await expect(header.shareQr).toHaveAttribute('data-qr-text', link);
  expect(await header.decodeShareQr()).toBe(link);
  await keepScreenshot(page, 'share-panel');

  const reopened = await context.newPage();
  const reopenedMap = new MapPage(reopened);
  await reopened.goto(link);
  await reopenedMap.waitForIdle();
  await expect(reopened.locator('html')).toHaveAttribute('lang', 'en');
  const reopenedUrl = new URL(reopened.url());
  expect(reopenedUrl.searchParams.get('select')).toBe('liandu-core-bihu');
  expect(reopenedUrl.searchParams.get('filter')).toBe('county:331102');
  await expect(reopened.getByTestId('detail-panel')).toBeVisible();
  const reopenedCamera = await reopenedMap.camera();
  expect(reopenedCamera.center[0]).toBeCloseTo(camera.center[0], 3);
  expect(reopenedCamera.center[1]).toBeCloseTo(camera.center[1], 3);
  expect(reopenedCamera.zoom).toBeCloseTo(camera.zoom, 1);
  await keepScreenshot(reopened, 'share-reopened');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('hands the link to the system share sheet', async ({ page, mapPage, header }) => {
    // The browser's share sheet cannot be driven headless: a recorder stands in for it.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData[] }).shared = [data];
          return Promise.resolve();
        },
      });
    });
    await mapPage.open({ select: 'county-331122' });
    await header.revealTools();
    await page.getByTestId('share-open').click();
    const shared = await page.waitForFunction(
      () => (window as unknown as { shared?: ShareData[] }).shared?.[0] ?? null,
    );
    const data = (await shared.jsonValue()) as ShareData;
    expect(new URL(data.url!).searchParams.get('select')).toBe('county-331122');
    expect(data.title).toBe('丽水产业平台一张图');
    await expect(header.sharePanel).toBeHidden();
  });
});
