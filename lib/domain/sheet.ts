import type { CsvCell, DateCell } from './csv';

/**
 * A table as a spreadsheet sheet: what the exports build (pure) and lib/formats/xlsx.ts writes as
 * XLSX bytes.
 */

/**
 * XLSX for Belgian Excel, the twin of lib/domain/csv.ts: one sheet per table with a bold header row that
 * stays in view (frozen), numbers as numbers, dates as Excel dates, and text neutralised by the same rule as the CSV, so
 * a house or actor named `=HYPERLINK(...)` stays text. Optional sheets of notes follow the table.
 */
export interface XlsxSheet {
  name: string;
  header: string[];
  rows: CsvCell[][];
  /** Column widths in characters; defaults from the header and the first rows. */
  widths?: number[];
  /** Cells to mark as a gap (red fill), by row and column index into `rows`. */
  marked?: (row: number, column: number) => boolean;
}

export interface XlsxNotes {
  name: string;
  lines: [string, string | DateCell][];
}
