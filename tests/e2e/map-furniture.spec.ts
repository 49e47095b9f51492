import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { scaleBar } from '../../src/data/geo/scale-bar';
import { SCALE_BAR_COLOUR, scaleBarRect } from '../../src/features/exports/compose-image';
import { keepScreenshot, SCREENSHOT_DIR } from './artifacts';
import { expect, test } from './fixtures';

/** The longest run of exactly `colour` (#rrggbb) in each row of a rectangle of the picture. */
function longestRun(
  png: PNG,
  colour: string,
  [left, top, width, height]: [number, number, number, number],
): { length: number; x: number; y: number } {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
  let best = { length: 0, x: 0, y: 0 };
  for (let y = Math.max(0, top); y < Math.min(png.height, top + height); y += 1) {
    let run = 0;
    for (let x = Math.max(0, left); x < Math.min(png.width, left + width); x += 1) {
      const offset = (y * png.width + x) * 4;
      const same =
        png.data[offset] === r && png.data[offset + 1] === g && png.data[offset + 2] === b;
      run = same ? run + 1 : 0;
      if (run > best.length) best = { length: run, x: x - run + 1, y };
    }
  }
  return best;
}

test('an exported PNG carries a scale bar true to the map, and a north arrow', async ({
  page,
  mapPage,
  header,
}) => {
  await mapPage.open({ cam: [119.92, 28.45, 10.4] });
  const camera = await mapPage.camera();
  const size = await mapPage.size();
  await header.openExports();
  const download = await header.exportMapPng();
  const file = `${SCREENSHOT_DIR}/export-map-with-scale-bar.png`;
  await download.saveAs(file);
  const png = PNG.sync.read(readFileSync(file));
  const scale = png.width / size.width;
  const mapHeight = Math.round(size.height * scale);
  // The bar shows a round length for the camera's latitude and zoom, at most 120 px long.
  const bar = scaleBar(camera.center[1], camera.zoom, 120);
  expect(
    [1, 2, 5].some((step) =>
      Number.isInteger(bar.metres / step / 10 ** Math.floor(Math.log10(bar.metres))),
    ),
  ).toBe(true);
  const [x, y, width] = scaleBarRect({ mapHeight, scale }, bar.widthPx);
  const found = longestRun(png, SCALE_BAR_COLOUR, [
    0,
    mapHeight - 80 * scale,
    300 * scale,
    80 * scale,
  ]);
  // Within 3 px: the bar's ends fall between pixels and are blended with the card.
  expect(Math.abs(found.length - width)).toBeLessThanOrEqual(3);
  expect(Math.abs(found.x - x)).toBeLessThanOrEqual(2);
  expect(Math.abs(found.y - y)).toBeLessThanOrEqual(6 * scale);
  // The north arrow sits at the top right, in the same ink.
  const arrow = longestRun(png, SCALE_BAR_COLOUR, [
    png.width - 70 * scale,
    0,
    70 * scale,
    70 * scale,
  ]);
  expect(arrow.length).toBeGreaterThanOrEqual(4);
  await keepScreenshot(page, 'export-map-menu');
});

test.describe('printed tour pages', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('carry a scale bar, a north arrow and the legend on each page', async ({
    page,
    tourPlayer,
  }) => {
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await tourPlayer.open('liandu-one-axis-two-cores', 1);
    await tourPlayer.print();
    await expect(tourPlayer.printPages.first()).toBeAttached({ timeout: 60_000 });
    const pages = await tourPlayer.printPages.count();
    await expect(page.getByTestId('map-figure-scale')).toHaveCount(pages);
    await expect(page.getByTestId('map-figure-north')).toHaveCount(pages);
    await expect(page.getByTestId('map-figure-legend').first()).toContainText('莲都 一轴双核');
    await expect(page.getByTestId('map-figure-scale').first()).toContainText(/\d+ (千米|米)/);
    await page.emulateMedia({ media: 'print' });
    const figure = page.getByTestId('map-figure').first();
    await figure.scrollIntoViewIfNeeded();
    // The bar's share of the picture is its ground length over the picture's ground width.
    const share = await page
      .getByTestId('map-figure-scale')
      .first()
      .locator('.map-figure__scale-bar')
      .evaluate(
        (bar) =>
          bar.getBoundingClientRect().width /
          bar.closest('.map-figure__frame')!.getBoundingClientRect().width,
      );
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThanOrEqual(0.16);
    await figure.screenshot({ path: `${SCREENSHOT_DIR}/tour-print-page-furniture.png` });
  });
});
