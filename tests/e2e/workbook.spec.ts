import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { recordScriptRequests } from './pages/browser-events';

// Both directions run in the one workbook worker (src/lib/workbook.worker.ts): from the
// main thread for an export, nested in the import worker for an import.

test('exports enterprises and targets as an Excel workbook that reads back', async ({
  page,
  mapPage,
  header,
}) => {
  const scripts = recordScriptRequests(page);
  await mapPage.open();
  await header.openExports();
  const download = await header.exportWorkbook();
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['企业', '目标']);
  const firms = workbook.worksheets[0]!;
  expect(firms.getRow(1).getCell(2).text).toBe('企业名称');
  expect(firms.rowCount).toBeGreaterThan(10);
  expect(scripts.filter((name) => name.startsWith('workbook.worker-'))).toHaveLength(1);
});

test('imports an Excel sheet of points into the planner', async ({ page, mapPage, planner }) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('firms');
  sheet.addRow(['名称', '经度', '纬度']);
  sheet.addRow(['甲企业', 119.92, 28.45]);
  sheet.addRow(['乙企业', 120.1, 28.6]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

  const scripts = recordScriptRequests(page);
  await mapPage.open();
  await planner.open();
  await planner.importFile('firms.xlsx', bytes);
  await expect(planner.layers).toHaveCount(1);
  await expect(planner.importStatus).toContainText('2');
  expect(scripts.some((name) => name.startsWith('workbook.worker-'))).toBe(true);
});
