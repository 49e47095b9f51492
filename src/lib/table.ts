/** A sheet of an export: its name (Excel allows at most 31 characters), headers and rows. */
export type Cell = string | number | null;

export interface Table {
  name: string;
  headers: string[];
  rows: Cell[][];
}
