import ExcelJS from 'exceljs';
import { dateCellText, neutraliseFormula, type CsvCell, type DateCell } from '../domain/csv';
import { xmlText } from '../domain/plain-text';
import type { XlsxNotes, XlsxSheet } from '../domain/sheet';

const GAP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFEF3F2' } };
const GAP_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFB42318' }, bold: true };

const DATE_FORMAT = 'dd-mm-yyyy';
const MOMENT_FORMAT = 'dd-mm-yyyy hh:mm';

const BRUSSELS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/**
 * The Date exceljs turns into an Excel serial number. Excel dates have no time zone: exceljs
 * counts from UTC, so the cell holds the UTC fields of this Date. A calendar date is that day at
 * midnight; a moment is its wall-clock time in Brussels (what the CSV and the pages show).
 */
function excelDate(cell: DateCell): Date | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.date);
  if (plain) return new Date(Date.UTC(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3])));
  const moment = new Date(cell.date);
  if (Number.isNaN(moment.getTime())) return null;
  const p = Object.fromEntries(BRUSSELS.formatToParts(moment).map((part) => [part.type, Number(part.value)]));
  return cell.withTime ? new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)) : new Date(Date.UTC(p.year, p.month - 1, p.day));
}

function cellValue(value: CsvCell): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  // exceljs drops C0 controls itself, but not lone surrogates; one rule for every XML we write.
  if (typeof value === 'object') return excelDate(value) ?? neutraliseFormula(xmlText(value.date));
  return neutraliseFormula(xmlText(value));
}

/** Gives a date cell its Belgian date format (a Date in a cell without a format shows as a number). */
function formatDateCell(cell: ExcelJS.Cell, value: CsvCell): void {
  if (value !== null && typeof value === 'object' && cell.value instanceof Date) cell.numFmt = value.withTime ? MOMENT_FORMAT : DATE_FORMAT;
}

/** The text width of a cell, for the column width. */
function shownText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? dateCellText(value) : String(value);
}

export async function toXlsx(
  sheets: XlsxSheet[],
  notes: XlsxNotes[] = [],
  meta: { title: string; created?: Date } = { title: 'Netwerkkaart' },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Netwerkkaart';
  workbook.title = meta.title;
  workbook.created = meta.created ?? new Date();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.header.map((h) => neutraliseFormula(xmlText(h))));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: 'bottom', wrapText: true };
    sheet.rows.forEach((row, r) => {
      const added = ws.addRow(row.map(cellValue));
      row.forEach((value, c) => formatDateCell(added.getCell(c + 1), value));
      if (sheet.marked) {
        row.forEach((_, c) => {
          if (sheet.marked!(r, c)) Object.assign(added.getCell(c + 1), { fill: GAP_FILL, font: GAP_FONT });
        });
      }
    });
    sheet.header.forEach((h, c) => {
      const sample = [h, ...sheet.rows.slice(0, 50).map((row) => shownText(row[c]))];
      ws.getColumn(c + 1).width = sheet.widths?.[c] ?? Math.min(60, Math.max(8, ...sample.map((s) => s.length + 2)));
    });
  }
  for (const note of notes) {
    const ws = workbook.addWorksheet(note.name);
    for (const [key, value] of note.lines) {
      const added = ws.addRow([neutraliseFormula(xmlText(key)), cellValue(value)]);
      formatDateCell(added.getCell(2), value);
      added.getCell(2).alignment = { horizontal: 'left' };
    }
    ws.getColumn(1).width = 28;
    ws.getColumn(2).width = 100;
    ws.getColumn(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
