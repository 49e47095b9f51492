import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import {
  expect,
  keepScreenshot,
  pictureContent,
  test,
  waitForMapIdle,
  waitForMapSettled,
} from './fixtures';

interface TourJson {
  id: string;
  steps: Array<{ caption: { zh: string; en: string } }>;
}
const tourFile = (id: string): TourJson =>
  JSON.parse(readFileSync(path.resolve('geodata/tours', `${id}.json`), 'utf8')) as TourJson;
const SHIPPED = [
  'city-corridor',
  'liandu-one-axis-two-cores',
  'jinyun-core',
  'jinyun-xianju-border',
  'cluster-semiconductor',
  'cluster-precision-manufacturing',
  'cluster-biomedicine',
  'cluster-fashion',
  'cluster-digital-economy',
  'cluster-modern-services',
  'cluster-quality-agriculture',
];

const camera = (page: Page) => page.evaluate(() => window.__lishuiMap!.getCamera());

/** Waits for the step counter, the caption and a settled camera; returns the camera. */
async function expectStep(page: Page, tour: TourJson, step: number) {
  await expect(page.getByTestId('tour-step-counter')).toHaveText(`${step} / ${tour.steps.length}`);
  await expect(page.getByTestId('tour-caption')).toHaveText(tour.steps[step - 1]!.caption.zh);
  await expect(page).toHaveURL(new RegExp(`tour=${tour.id}&step=${step}`));
  // Camera moves take about a second; wait until the map has arrived.
  await page.waitForTimeout(200);
  await waitForMapSettled(page);
  return camera(page);
}

test.use({ viewport: { width: 1920, height: 1080 } });

test('a deep link opens a tour at a step and the clicker keys drive it', async ({ page }) => {
  const tour = tourFile('city-corridor');
  await page.goto(`/?tour=${tour.id}&step=2`);
  await waitForMapIdle(page);
  const second = await expectStep(page, tour, 2);
  await expect(page.getByTestId('layer-panel-toggle')).toBeHidden();
  await expect(page.getByTestId('tour-figure').first()).toContainText('第');

  await page.keyboard.press('ArrowRight');
  const third = await expectStep(page, tour, 3);
  expect(third).not.toEqual(second);
  await page.keyboard.press('PageDown');
  const fourth = await expectStep(page, tour, 4);
  expect(fourth).not.toEqual(third);
  await page.keyboard.press('PageUp');
  expect(await expectStep(page, tour, 3)).toEqual(third);
  await page.keyboard.press('Space');
  expect(await expectStep(page, tour, 4)).toEqual(fourth);
  await page.keyboard.press('End');
  await expectStep(page, tour, 6);
  await page.keyboard.press('Home');
  await expectStep(page, tour, 1);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, tour, 1);

  await page.keyboard.press('b');
  await expect(page.getByTestId('tour-black')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('tour-black')).toBeHidden();

  // Mid-step the presenter pans away; the next key snaps back onto the step, the one after moves on.
  await page.keyboard.press('ArrowRight');
  const onScript = await expectStep(page, tour, 2);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + 900, box.y + 400);
  await page.mouse.down();
  await page.mouse.move(box.x + 600, box.y + 250, { steps: 8 });
  await page.mouse.up();
  await waitForMapSettled(page);
  await expect(page.getByTestId('tour-off-script')).toBeVisible();
  expect(await camera(page)).not.toEqual(onScript);
  await page.keyboard.press('ArrowRight');
  expect(await expectStep(page, tour, 2)).toEqual(onScript);
  await expect(page.getByTestId('tour-off-script')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, tour, 3);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour-player')).toBeHidden();
  await expect(page.getByTestId('layer-panel-toggle')).toBeVisible();
  await expect(page).not.toHaveURL(/tour=/);
});

test('the presenter view follows the main window and drives it back', async ({ page, context }) => {
  const tour = tourFile('jinyun-core');
  await page.goto(`/?tour=${tour.id}&step=1`);
  await waitForMapIdle(page);
  await expectStep(page, tour, 1);
  const presenter = await context.newPage();
  await presenter.goto(`/?presenter=${tour.id}`);
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`1 / ${tour.steps.length}`);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(tour.steps[1]!.caption.zh);
  await expect(presenter.getByTestId('presenter-notes')).not.toBeEmpty();

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, tour, 2);
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`2 / ${tour.steps.length}`);
  await expect(presenter.getByTestId('presenter-caption')).toHaveText(tour.steps[1]!.caption.zh);

  await presenter.getByTestId('presenter-next-button').click();
  await expectStep(page, tour, 3);
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`3 / ${tour.steps.length}`);
  await presenter.getByTestId('presenter-previous').click();
  await expectStep(page, tour, 2);
  await keepScreenshot(presenter, 'tours-presenter-view');
});

test('a tour made in the app survives reload and round-trips through export and import', async ({
  page,
}, testInfo) => {
  await page.goto('/?cam=119.9,28.4,9');
  await waitForMapIdle(page);
  await page.getByTestId('tours-open').click();
  await page.getByTestId('tour-new').click();
  await page.getByTestId('tour-add-step').click();
  await page.getByTestId('tour-caption-zh').first().fill('第一站：全景');
  await page.getByTestId('tour-add-step').click();
  await page.getByTestId('tour-caption-zh').nth(1).fill('第二站：近景');
  await page.getByTestId('tour-step-up').nth(1).click();
  await expect(page.getByTestId('tour-caption-zh').first()).toHaveValue('第二站：近景');
  await expect(page.getByTestId('tour-save-status')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  await waitForMapIdle(page);
  await page.getByTestId('tours-open').click();
  await expect(page.getByTestId('my-tour')).toHaveCount(1);
  await page.getByTestId('tour-edit').click();
  await expect(page.getByTestId('tour-caption-zh').first()).toHaveValue('第二站：近景');
  await expect(page.getByTestId('tour-caption-zh').nth(1)).toHaveValue('第一站：全景');

  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('tour-export').click();
  const download = await downloadPromise;
  const exportedPath = testInfo.outputPath('exported-tour.json');
  await download.saveAs(exportedPath);
  const exported = JSON.parse(readFileSync(exportedPath, 'utf8')) as TourJson;
  expect(exported.steps.map((step) => step.caption.zh)).toEqual(['第二站：近景', '第一站：全景']);

  const importedPath = testInfo.outputPath('imported-tour.json');
  writeFileSync(importedPath, JSON.stringify({ ...exported, id: 'imported-tour' }));
  await page.getByTestId('tour-import').setInputFiles(importedPath);
  await expect(page.getByTestId('my-tour')).toHaveCount(2);

  const brokenPath = testInfo.outputPath('broken-tour.json');
  writeFileSync(
    brokenPath,
    JSON.stringify({
      ...exported,
      id: 'broken-tour',
      steps: [{ ...exported.steps[0], layers: ['nowhere'] }],
    }),
  );
  await page.getByTestId('tour-import').setInputFiles(brokenPath);
  await expect(page.getByTestId('tour-import-problems')).toContainText('steps[0] › layers[0]');
  await expect(page.getByTestId('my-tour')).toHaveCount(2);

  await page.getByTestId('tour-play-imported-tour').click();
  await expect(page.getByTestId('tour-caption')).toHaveText('第二站：近景');
  await keepScreenshot(page, 'tours-made-in-app');
});

test('each shipped tour opens on its first step, readable on a projector', async ({ page }) => {
  test.setTimeout(240_000);
  for (const id of SHIPPED) {
    const tour = tourFile(id);
    await page.goto(`/?tour=${id}&step=1`);
    await waitForMapIdle(page);
    await expectStep(page, tour, 1);
    await keepScreenshot(page, `tours-${id}`);
  }
});

test('prints a tour as one page per step with the map image, caption and sources', async ({
  page,
}, testInfo) => {
  // The print dialog cannot be driven headless: record the call, then print to PDF ourselves.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed =
        ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
  const tour = tourFile('liandu-one-axis-two-cores');
  await page.goto(`/?tour=${tour.id}&step=1`);
  await waitForMapIdle(page);
  await expectStep(page, tour, 1);
  await page.getByTestId('tour-print').click();
  await expect(page.getByTestId('tour-print-page')).toHaveCount(tour.steps.length, {
    timeout: 60_000,
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed))
    .toBe(1);
  const images = page.getByTestId('tour-print-page').locator('img');
  await expect(images).toHaveCount(tour.steps.length);
  for (const source of await images.evaluateAll((nodes) =>
    nodes.map((node) => (node as HTMLImageElement).src),
  )) {
    expect(source.startsWith('data:image/png;base64,')).toBe(true);
    // Each page shows the map as drawn for its step, not a cleared WebGL buffer.
    const content = pictureContent(PNG.sync.read(Buffer.from(source.split(',')[1]!, 'base64')));
    expect(content.opaque).toBeGreaterThan(0.99);
    expect(content.colours).toBeGreaterThan(100);
  }
  await expect(page.getByTestId('tour-print-page').first()).toContainText(
    tour.steps[0]!.caption.zh,
  );
  await page.emulateMedia({ media: 'print' });
  const pdfFile = testInfo.outputPath('tour.pdf');
  await page.pdf({
    path: pdfFile,
    format: 'A4',
    landscape: true,
    printBackground: true,
    preferCSSPageSize: true,
  });
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(tour.steps.length);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdfFile,
    path.resolve('tests/output/screenshots/tours-print-page'),
  ]);
});
