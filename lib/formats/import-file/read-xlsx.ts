import ExcelJS from 'exceljs';
import { cellName, checkCellText } from '../../domain/import/cell-text';
import { checkXlsxZip } from './check-xlsx-zip';
import { ImportFileError } from '../../domain/import/file-error';
import { MAX_IMPORT_ROWS } from '../../domain/import/limits';
import type { CellProblem, Sheet } from '../../domain/import/sheet';

/** dd-mm-jjjj for a date cell (Excel keeps dates as numbers; exceljs gives a UTC Date). */
function dateText(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}-${p(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

type Read = { text: string } | { formula: string };

function readCell(value: ExcelJS.CellValue): Read {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: String(value).replace('.', ',') };
  if (typeof value === 'boolean') return { text: value ? 'ja' : 'nee' };
  if (value instanceof Date) return { text: dateText(value) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value)
      return { formula: String((value as { formula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '') };
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
    if ('hyperlink' in value) return { text: String((value as { text?: unknown }).text ?? '') };
    if ('error' in value) return { text: '' };
  }
  return { text: String(value) };
}

/** The first worksheet of an Excel workbook as text cells. Formula cells are refused one by one; a zip bomb before anything is unpacked. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  // What the zip unpacks to is checked first: exceljs unpacks every part into memory.
  await checkXlsxZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('Dit Excel-bestand kan niet gelezen worden. Is het een werkmap (.xlsx) die niet beveiligd is met een wachtwoord?');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ImportFileError('Dit Excel-bestand bevat geen gegevens.');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) {
    throw new ImportFileError(
      `Het bestand telt ${sheet.rowCount} rijen; meer dan ${MAX_IMPORT_ROWS.toLocaleString('nl-BE')} rijen per keer worden niet ingelezen. Splits het bestand.`,
    );
  }
  const rows: string[][] = [];
  const cellProblems: CellProblem[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const read = readCell(row.getCell(c).value);
      if ('formula' in read) {
        cells.push('');
        cellProblems.push({
          row: r - 1,
          column: c - 1,
          message: `Cel ${cellName(r, c)} bevat een formule (=${read.formula}). Vervang ze door haar waarde (Plakken speciaal › Waarden).`,
        });
        continue;
      }
      const checked = checkCellText(read.text);
      if (checked.problem) cellProblems.push({ row: r - 1, column: c - 1, message: `Cel ${cellName(r, c)} ${checked.problem}` });
      cells.push(checked.text);
    }
    rows.push(cells);
  }
  return { format: 'xlsx', rows, cellProblems };
}
