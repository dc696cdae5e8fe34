import ExcelJS from 'exceljs';
import { neutraliseFormula, type CsvCell } from './csv';
import { xmlText } from './domain/plain-text';

/**
 * XLSX for Belgian Excel, the twin of lib/csv.ts: one sheet per table with a bold header row that
 * stays in view (frozen), numbers as numbers, and text neutralised by the same rule as the CSV, so
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
  lines: [string, string][];
}

const GAP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFEF3F2' } };
const GAP_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFB42318' }, bold: true };

function cellValue(value: CsvCell): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  // exceljs drops C0 controls itself, but not lone surrogates; one rule for every XML we write.
  return neutraliseFormula(xmlText(value));
}

export async function toXlsx(sheets: XlsxSheet[], notes: XlsxNotes[] = [], meta: { title: string; created?: Date } = { title: 'Netwerkkaart' }): Promise<Buffer> {
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
      if (sheet.marked) {
        row.forEach((_, c) => {
          if (sheet.marked!(r, c)) Object.assign(added.getCell(c + 1), { fill: GAP_FILL, font: GAP_FONT });
        });
      }
    });
    sheet.header.forEach((h, c) => {
      const sample = [h, ...sheet.rows.slice(0, 50).map((row) => String(row[c] ?? ''))];
      ws.getColumn(c + 1).width = sheet.widths?.[c] ?? Math.min(60, Math.max(8, ...sample.map((s) => s.length + 2)));
    });
  }
  for (const note of notes) {
    const ws = workbook.addWorksheet(note.name);
    for (const [key, value] of note.lines) ws.addRow([neutraliseFormula(xmlText(key)), neutraliseFormula(xmlText(value))]);
    ws.getColumn(1).width = 28;
    ws.getColumn(2).width = 100;
    ws.getColumn(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
