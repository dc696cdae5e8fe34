import type { TextEncoding } from './text-encodings';

/** A file read into text cells, before any meaning is given to them. */
export interface Sheet {
  format: 'csv' | 'xlsx';
  /** The encoding a CSV was read in (an XLSX has none to choose). */
  encoding?: TextEncoding;
  /** Rows as text cells, header first; the rule of cell-text.ts already applied. */
  rows: string[][];
  /** Cells that were refused (formula, too long), by 0-based row and column. */
  cellProblems: CellProblem[];
}

export interface CellProblem {
  row: number;
  column: number;
  message: string;
}
