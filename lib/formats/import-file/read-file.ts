import { cellName, checkCellText } from '../../domain/import/cell-text';
import { decodeText } from './decode-text';
import { ImportFileError } from '../../domain/import/file-error';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../domain/import/limits';
import { parseCsv } from './parse-csv';
import { readXlsx } from './read-xlsx';
import type { CellProblem, Sheet } from '../../domain/import/sheet';

const MB = (n: number) => `${(n / 1024 / 1024).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} MB`;

/**
 * Reads an uploaded file into text cells: an Excel workbook (.xlsx, recognised by its content) or
 * a CSV in UTF-8, UTF-16 or Windows-1252 (lib/formats/import-file/decode-text.ts). Refuses, with a Dutch message, what cannot be read safely: too big, too many
 * rows, the old .xls format, a binary file, an empty file.
 */
export async function readImportFile(name: string, bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length === 0) throw new ImportFileError('Het bestand is leeg.');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      `Het bestand is ${MB(bytes.length)} groot; de grens is ${MB(MAX_IMPORT_BYTES)}. Splits het bestand of laat lege kolommen en bladen weg.`,
    );
  }
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const oldExcel = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (oldExcel) throw new ImportFileError('Dit is een oud Excel-bestand (.xls). Bewaar het in Excel als ‘Excel-werkmap (.xlsx)’ of als ‘CSV UTF-8’.');
  if (zip) return trimmed(await readXlsx(bytes));
  if (/\.(xlsx|xlsm|ods|numbers)$/i.test(name)) throw new ImportFileError('Dit bestand is geen geldige Excel-werkmap (.xlsx).');
  return trimmed(readCsv(bytes));
}

function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeText(bytes);
  const rows = parseCsv(text);
  if (rows.length > MAX_IMPORT_ROWS + 1) {
    throw new ImportFileError(
      `Het bestand telt ${rows.length.toLocaleString('nl-BE')} regels; meer dan ${MAX_IMPORT_ROWS.toLocaleString('nl-BE')} rijen per keer worden niet ingelezen. Splits het bestand.`,
    );
  }
  const cellProblems: CellProblem[] = [];
  const checked = rows.map((row, r) =>
    row.map((raw, c) => {
      const cell = checkCellText(raw);
      if (cell.problem) cellProblems.push({ row: r, column: c, message: `Cel ${cellName(r + 1, c + 1)} ${cell.problem}` });
      return cell.text;
    }),
  );
  return { format: 'csv', encoding, rows: checked, cellProblems };
}

/** Drops empty rows at the end and checks that there is a header and at least one row. */
function trimmed(sheet: Sheet): Sheet {
  const rows = [...sheet.rows];
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  if (rows.length === 0 || rows[0].every((c) => c === '')) throw new ImportFileError('Het bestand bevat geen kopregel met kolomnamen.');
  if (rows.length === 1) throw new ImportFileError('Het bestand bevat alleen een kopregel, geen gegevens.');
  return { ...sheet, rows };
}
