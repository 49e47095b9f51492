import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import { keepScreenshot } from './artifacts';
import { expect, test } from './fixtures';
import { PresenterPage } from './pages/presenter-page';

/** The one-file briefing (npm run portable), opened as a presenter would from a USB stick. */
const BRIEFING = pathToFileURL(path.resolve('dist-portable/lishui-briefing.html')).href;

test.use({ viewport: { width: 1920, height: 1080 } });

/** Cuts the network, as on a USB stick in a meeting room; returns the page errors and failed requests seen from then on. */
async function offlineWithProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  context.on('weberror', (error) => problems.push(error.error().message));
  context.on('requestfailed', (request) => problems.push(`failed ${request.url()}`));
  await context.setOffline(true);
  return problems;
}

// Built here, so the journey never opens a stale file and only runs the build when it runs.
test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npx', ['vite', 'build', '--mode', 'portable', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
});

test('the one-file briefing opened from file:// runs the map, search, detail, a dossier and a tour with its presenter view', async ({
  page,
  context,
  mapPage,
  search,
  detail,
  tourPlayer,
  externalRequests,
}) => {
  const problems = await offlineWithProblems(context);

  await page.goto(BRIEFING);
  await mapPage.waitForIdle();
  await keepScreenshot(page, 'portable-file-briefing');

  // Search runs in its (inlined) worker.
  await search.focus();
  await expect(search.input).toHaveAttribute('data-index-ready', 'true');
  await search.type('碧湖');
  await expect(search.results.first()).toContainText('碧湖');
  await search.submit();
  await expect(detail.name).toContainText('碧湖');

  const [dossierWindow] = await Promise.all([
    context.waitForEvent('page'),
    detail.dossierLink.click(),
  ]);
  expect(dossierWindow.url().startsWith(`${BRIEFING}?`)).toBe(true);
  await expect(dossierWindow.getByTestId('dossier-page')).toBeVisible();
  await expect(dossierWindow.getByTestId('site-map')).toBeVisible();
  await expect(dossierWindow.getByTestId('dossier-qr')).toBeVisible();
  await keepScreenshot(dossierWindow, 'portable-file-dossier');
  await dossierWindow.close();

  // A tour, with the presenter view in a second window following over BroadcastChannel.
  await page.goto(`${BRIEFING}?tour=jinyun-core&step=1`);
  await mapPage.waitForIdle();
  await expect(tourPlayer.stepCounter).toHaveText(/^1 \/ \d+$/);
  const [presenterWindow] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('tour-open-presenter').click(),
  ]);
  const presenter = new PresenterPage(presenterWindow);
  await expect(presenter.counter).toHaveText(/^1 \/ \d+$/);
  await presenter.next();
  await expect(tourPlayer.stepCounter).toHaveText(/^2 \/ \d+$/);
  await expect(presenter.counter).toHaveText(/^2 \/ \d+$/);
  await keepScreenshot(page, 'portable-file-tour-step');

  expect(problems).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('in the one-file briefing, the workbook worker exports an English workbook and imports a sheet, from file://', async ({
  page,
  context,
  mapPage,
  header,
  planner,
  externalRequests,
}) => {
  const problems = await offlineWithProblems(context);
  await page.goto(`${BRIEFING}?lang=en`);
  await mapPage.waitForIdle();

  // Export: the workbook worker, inlined, runs from the page.
  await header.openExports();
  const download = await header.exportWorkbook();
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(exported.worksheets.map((sheet) => sheet.name)).toEqual(['Enterprises', 'Targets']);
  expect(exported.worksheets[0]!.getRow(1).getCell(2).text).toBe('Name (Chinese)');

  // Import: the same worker, nested in the import worker.
  const sheetBook = new ExcelJS.Workbook();
  const sheet = sheetBook.addWorksheet('firms');
  sheet.addRow(['名称', '经度', '纬度']);
  sheet.addRow(['甲企业', 119.92, 28.45]);
  sheet.addRow(['乙企业', 120.1, 28.6]);
  await planner.open();
  await planner.importFile('firms.xlsx', new Uint8Array(await sheetBook.xlsx.writeBuffer()));
  await expect(planner.layers).toHaveCount(1);
  await expect(planner.importStatus).toContainText('2');

  expect(problems).toEqual([]);
  expect(externalRequests).toEqual([]);
});
