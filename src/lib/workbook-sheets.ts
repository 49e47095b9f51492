/**
 * Everything the app does with Excel workbooks, through exceljs (the
 * maintained reader and writer): write tables as sheets, read the first
 * sheet's cells as text. exceljs is large (~255 KB gzip), so only the
 * workbook worker (workbook.worker.ts) imports this module: the build then
 * ships exceljs once, in that worker's chunk, for both the exports on the
 * main thread and the spreadsheet import in the import worker. Anything else
 * goes through workbook.ts. Text goes in as text; the same formula guard as
 * the CSV applies, since Excel users may re-save as CSV.
 */
import ExcelJS from 'exceljs';
import { guardFormula } from './csv';
import type { Table } from './table';

/** An .xlsx file (its bytes) with one sheet per table, header row bold and frozen. */
export async function writeWorkbook(tables: readonly Table[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'lishui-platforms-map';
  workbook.created = new Date(0);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : cell)));
    }
    sheet.columns.forEach((column, index) => {
      const longest = Math.max(
        table.headers[index]?.length ?? 0,
        ...table.rows.slice(0, 200).map((row) => String(row[index] ?? '').length),
      );
      column.width = Math.min(Math.max(longest * 1.6, 8), 60);
    });
  }
  // exceljs hands back its Buffer polyfill (a Uint8Array view), which cannot be transferred
  // out of a worker: copy exactly its bytes into an ArrayBuffer of their own.
  const written: unknown = await workbook.xlsx.writeBuffer();
  if (written instanceof ArrayBuffer) return written;
  if (ArrayBuffer.isView(written))
    return new Uint8Array(written.buffer, written.byteOffset, written.byteLength).slice().buffer;
  throw new Error('exceljs returned no bytes');
}

/**
 * The first sheet's non-empty rows, each cell as the text Excel shows; [] for
 * a workbook without sheets, null when the bytes are not a readable workbook.
 */
export async function readFirstSheetRows(bytes: Uint8Array): Promise<string[][] | null> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= sheet.columnCount; column += 1) {
        cells.push(row.getCell(column).text ?? '');
      }
      rows.push(cells);
    });
    return rows;
  } catch {
    return null;
  }
}
