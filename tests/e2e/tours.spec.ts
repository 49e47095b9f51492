import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { keepFirstPdfPage, keepScreenshot, pdfInfo, pictureContent } from './artifacts';
import { expect, test } from './fixtures';
import { PresenterPage } from './pages/presenter-page';

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
  'city-platforms-by-county',
];

test.use({ viewport: { width: 1920, height: 1080 } });

test('a deep link opens a tour at a step and the clicker keys drive it', async ({
  page,
  mapPage,
  header,
  tourPlayer,
}) => {
  const tour = tourFile('city-corridor');
  await tourPlayer.open(tour.id, 2);
  const second = await tourPlayer.expectStep(tour, 2);
  await expect(header.layerPanelToggle).toBeHidden();
  await expect(tourPlayer.figures.first()).toContainText('第');

  await page.keyboard.press('ArrowRight');
  const third = await tourPlayer.expectStep(tour, 3);
  expect(third).not.toEqual(second);
  await page.keyboard.press('PageDown');
  const fourth = await tourPlayer.expectStep(tour, 4);
  expect(fourth).not.toEqual(third);
  await page.keyboard.press('PageUp');
  expect(await tourPlayer.expectStep(tour, 3)).toEqual(third);
  await page.keyboard.press('Space');
  expect(await tourPlayer.expectStep(tour, 4)).toEqual(fourth);
  await page.keyboard.press('End');
  await tourPlayer.expectStep(tour, 6);
  await page.keyboard.press('Home');
  await tourPlayer.expectStep(tour, 1);
  await page.keyboard.press('ArrowLeft');
  await tourPlayer.expectStep(tour, 1);

  await page.keyboard.press('b');
  await expect(tourPlayer.blackScreen).toBeVisible();
  await page.keyboard.press('.');
  await expect(tourPlayer.blackScreen).toBeHidden();

  // Mid-step the presenter pans away; the next key snaps back onto the step, the one after moves on.
  await page.keyboard.press('ArrowRight');
  const onScript = await tourPlayer.expectStep(tour, 2);
  await mapPage.drag([900, 400], [600, 250], 8);
  await mapPage.waitForSettled();
  await expect(tourPlayer.offScript).toBeVisible();
  expect(await mapPage.camera()).not.toEqual(onScript);
  await page.keyboard.press('ArrowRight');
  expect(await tourPlayer.expectStep(tour, 2)).toEqual(onScript);
  await expect(tourPlayer.offScript).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await tourPlayer.expectStep(tour, 3);

  await page.keyboard.press('Escape');
  await expect(tourPlayer.player).toBeHidden();
  await expect(header.layerPanelToggle).toBeVisible();
  await expect(page).not.toHaveURL(/tour=/);
});

test('the presenter view follows the main window and drives it back', async ({
  page,
  context,
  tourPlayer,
}) => {
  const tour = tourFile('jinyun-core');
  await tourPlayer.open(tour.id, 1);
  await tourPlayer.expectStep(tour, 1);
  const presenter = await PresenterPage.open(context, tour.id, { fakeClock: true });
  await expect(presenter.counter).toHaveText(`1 / ${tour.steps.length}`);
  await expect(presenter.upcomingCaption).toHaveText(tour.steps[1]!.caption.zh);
  await expect(presenter.notes).not.toBeEmpty();
  // Each step has a planned time (the default minute here): staying 90 s on the first runs behind.
  await expect(presenter.pace).toHaveAttribute('data-pace', 'on-time');
  await expect(presenter.schedule).toContainText('默认时长');
  await presenter.page.clock.fastForward(90_000);
  await expect(presenter.pace).toHaveAttribute('data-pace', 'behind');
  await expect(presenter.pace).toHaveText(/落后计划 0:3\d/);

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await tourPlayer.expectStep(tour, 2);
  await expect(presenter.counter).toHaveText(`2 / ${tour.steps.length}`);
  await expect(presenter.caption).toHaveText(tour.steps[1]!.caption.zh);

  await presenter.next();
  await tourPlayer.expectStep(tour, 3);
  await expect(presenter.counter).toHaveText(`3 / ${tour.steps.length}`);
  await presenter.previous();
  await tourPlayer.expectStep(tour, 2);
  await keepScreenshot(presenter.page, 'tours-presenter-view');
});

test('on a 1920 × 1080 projector labels are large and nothing sits under the caption band', async ({
  page,
  mapPage,
  tourPlayer,
}) => {
  const tour = tourFile('jinyun-core');
  await tourPlayer.open(tour.id, 1);
  await tourPlayer.expectStep(tour, 1);
  const planSizes = [
    ...(await mapPage.renderedLabelSizes('jinyun-areas')),
    ...(await mapPage.renderedLabelSizes('jinyun-sites')),
  ];
  const countySizes = await mapPage.renderedLabelSizes('counties');
  expect(planSizes.length).toBeGreaterThan(0);
  expect(countySizes.length).toBeGreaterThan(0);
  expect(Math.min(...planSizes)).toBeGreaterThanOrEqual(18);
  expect(Math.min(...countySizes)).toBeGreaterThan(Math.min(...planSizes));

  // The map ends where the band begins: no framed feature and no label can be under it.
  const band = (await tourPlayer.band.boundingBox())!;
  const map = (await mapPage.canvas.boundingBox())!;
  expect(map.y + map.height).toBeLessThanOrEqual(band.y + 1);
  await keepScreenshot(page, 'tours-projector-1920');

  // Leaving the tour gives the desk sizes back.
  await page.keyboard.press('Escape');
  await expect(tourPlayer.player).toBeHidden();
  await mapPage.waitForSettled();
  const deskSizes = await mapPage.renderedLabelSizes('counties');
  expect(Math.max(...deskSizes)).toBeLessThan(Math.min(...countySizes));
});

test('a tour made in the app survives reload and round-trips through export and import', async ({
  page,
  mapPage,
  tours,
  tourPlayer,
}, testInfo) => {
  await mapPage.open({ cam: [119.9, 28.4, 9] });
  await tours.open();
  await tours.newTour();
  await tours.addStep();
  await tours.writeCaption(0, '第一站：全景');
  await tours.addStep();
  await tours.writeCaption(1, '第二站：近景');
  await tours.moveStepUp(1);
  await expect(tours.captionEditors.first()).toHaveValue('第二站：近景');
  await expect(tours.saveStatus).toHaveAttribute('data-state', 'saved');

  await mapPage.reload();
  await tours.open();
  await expect(tours.myTours).toHaveCount(1);
  await tours.edit();
  await expect(tours.captionEditors.first()).toHaveValue('第二站：近景');
  await expect(tours.captionEditors.nth(1)).toHaveValue('第一站：全景');

  const download = await tours.exportTour();
  const exportedPath = testInfo.outputPath('exported-tour.json');
  await download.saveAs(exportedPath);
  const exported = JSON.parse(readFileSync(exportedPath, 'utf8')) as TourJson;
  expect(exported.steps.map((step) => step.caption.zh)).toEqual(['第二站：近景', '第一站：全景']);

  const importedPath = testInfo.outputPath('imported-tour.json');
  writeFileSync(importedPath, JSON.stringify({ ...exported, id: 'imported-tour' }));
  await tours.importFile(importedPath);
  await expect(tours.myTours).toHaveCount(2);

  const brokenPath = testInfo.outputPath('broken-tour.json');
  writeFileSync(
    brokenPath,
    JSON.stringify({
      ...exported,
      id: 'broken-tour',
      steps: [{ ...exported.steps[0], layers: ['nowhere'] }],
    }),
  );
  await tours.importFile(brokenPath);
  await expect(tours.importProblems).toContainText('steps[0] › layers[0]');
  await expect(tours.myTours).toHaveCount(2);

  await tours.play('imported-tour');
  await expect(tourPlayer.caption).toHaveText('第二站：近景');
  await keepScreenshot(page, 'tours-made-in-app');
});

test('each shipped tour opens on its first step, readable on a projector', async ({
  page,
  tourPlayer,
}) => {
  test.setTimeout(240_000);
  for (const id of SHIPPED) {
    const tour = tourFile(id);
    await tourPlayer.open(id, 1);
    await tourPlayer.expectStep(tour, 1);
    await keepScreenshot(page, `tours-${id}`);
  }
});

test('prints a tour as one page per step with the map image, caption and sources', async ({
  page,
  tourPlayer,
}, testInfo) => {
  // The print dialog cannot be driven headless: record the call, then print to PDF ourselves.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed =
        ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
    };
  });
  const tour = tourFile('liandu-one-axis-two-cores');
  await tourPlayer.open(tour.id, 1);
  await tourPlayer.expectStep(tour, 1);
  await tourPlayer.print();
  await expect(tourPlayer.printPages).toHaveCount(tour.steps.length, { timeout: 60_000 });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed))
    .toBe(1);
  const images = tourPlayer.printPages.locator('img');
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
  await expect(tourPlayer.printPages.first()).toContainText(tour.steps[0]!.caption.zh);
  await page.emulateMedia({ media: 'print' });
  const pdfFile = testInfo.outputPath('tour.pdf');
  await page.pdf({
    path: pdfFile,
    format: 'A4',
    landscape: true,
    printBackground: true,
    preferCSSPageSize: true,
  });
  expect(pdfInfo(pdfFile).pages).toBe(tour.steps.length);
  keepFirstPdfPage(pdfFile, 'tours-print-page', { resolution: 60 });
});
