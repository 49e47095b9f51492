/**
 * CSV for Excel: UTF-8 with a byte-order mark (or Excel reads Chinese as
 * mojibake), RFC 4180 quoting, CRLF line ends, and a guard against formula
 * injection: a text cell starting with = + - @ (or tab / carriage return) is
 * prefixed with a single quote so a spreadsheet shows it as text.
 */
import type { Cell, Table } from './table';

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet must not evaluate; numbers are left as numbers. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableToCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
