/**
 * CSV as Belgian Excel opens it: UTF-8 with a byte-order mark, `;` between cells, CRLF lines.
 * Cells that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
 * return) are neutralised with a leading apostrophe: an actor named `=HYPERLINK("x")` stays text.
 */
import { formatDate, formatDateTime } from './format-date';

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A calendar date (yyyy-mm-dd) or, with `withTime`, a moment (ISO date-time): text (dd-mm-jjjj,
 * Brussels time) in a CSV, a real date cell in an XLSX (lib/formats/xlsx.ts), so Excel sorts and
 * filters it as a date.
 */
export interface DateCell {
  date: string;
  withTime?: boolean;
}

export type CsvCell = string | number | boolean | null | undefined | DateCell;

/** A date or moment as a cell; null when there is none. */
export function dateCell(value: string | null | undefined, withTime = false): DateCell | null {
  return value ? (withTime ? { date: value, withTime } : { date: value }) : null;
}

/** The text a date cell shows: dd-mm-jjjj, with hh:mm for a moment. */
export function dateCellText(cell: DateCell): string {
  return cell.withTime ? formatDateTime(cell.date) : formatDate(cell.date);
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (also used for XLSX). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers (a negative number is not a formula) with a decimal comma.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'object') return dateCellText(value);
  const text = neutraliseFormula(typeof value === 'boolean' ? (value ? 'ja' : 'nee') : value);
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, data rows. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
