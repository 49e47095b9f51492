/**
 * An Excel workbook with one sheet per table (exceljs, the maintained
 * writer). exceljs is large, so it is imported dynamically here as in the
 * spreadsheet importer: both then share one chunk (a static import here made
 * the bundler emit a second 257 KB copy). Text goes in as text; the same
 * formula guard as the CSV applies, since Excel users may re-save as CSV.
 */
import { guardFormula } from './csv';
import type { Table } from './table';

export async function tablesToXlsx(tables: Table[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
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
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
