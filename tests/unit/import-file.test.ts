import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';
import { readImportFile } from '@/lib/import/read-file';
import { parseCsv } from '@/lib/import/parse-csv';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/import/limits';
import { toXlsx } from '@/lib/xlsx';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const error = await readImportFile(name, bytes).then(() => null, (e: Error & { userMessage?: string }) => e);
  expect(error, 'refused').not.toBeNull();
  return error!.userMessage ?? error!.message;
}

describe('CSV', () => {
  it('reads `;` and `,` separated files, with and without a byte-order mark', async () => {
    for (const text of ['Soort actor;Betrokkenheid\r\nCAW;kern\r\n', '\uFEFFSoort actor;Betrokkenheid\nCAW;kern', 'Soort actor,Betrokkenheid\nCAW,kern\n']) {
      expect((await readImportFile('lijst.csv', utf8(text))).rows).toEqual([['Soort actor', 'Betrokkenheid'], ['CAW', 'kern']]);
    }
  });

  it('keeps separators, quotes and line breaks inside quoted cells, and honours Excel’s sep= line', () => {
    expect(parseCsv('a;b\r\n"x;y";"zeg ""ja""\nof nee"\r\n')).toEqual([['a', 'b'], ['x;y', 'zeg "ja"\nof nee']]);
    expect(parseCsv('sep=,\na,b;c\n1,2\n')).toEqual([['a', 'b;c'], ['1', '2']]);
  });

  it('reads back what lib/csv.ts writes, hostile names included', async () => {
    const rows = [['=HYPERLINK("x")', '+32 11', '-kort', '@mij', 'gewoon; met "quotes"', ' spaties ']];
    const sheet = await readImportFile('export.csv', utf8(toCsv(['A', 'B', 'C', 'D', 'E', 'F'], rows)));
    expect(sheet.cellProblems).toEqual([]);
    expect(sheet.rows[1]).toEqual(['=HYPERLINK("x")', '+32 11', '-kort', '@mij', 'gewoon; met "quotes"', 'spaties']);
  });

  it('refuses cells that would run as a formula, by cell', async () => {
    const sheet = await readImportFile('lijst.csv', utf8('Actor;Soort actor;Betrokkenheid\n=HYPERLINK("x");CAW;kern\n-;CAW;-\n'));
    expect(sheet.cellProblems).toEqual([{ row: 1, column: 0, message: expect.stringMatching(/^Cel A2 begint met =, \+, - of @/) }]);
  });

  it('refuses UTF-16 and Windows-1252 with the way to save as CSV UTF-8', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from('Soort;Betrokkenheid\n', 'utf16le'))]);
    expect(await refusal('lijst.csv', utf16)).toMatch(/UTF-16.*CSV UTF-8/);
    const cp1252 = new Uint8Array([...utf8('Soort actor;Betrokkenheid\nOudercomit'), 0xe9, ...utf8(';kern\n')]);
    expect(await refusal('lijst.csv', cp1252)).toMatch(/niet in UTF-8 bewaard.*regel 2.*CSV UTF-8/);
  });

  it('refuses files that are too big, too long, empty or only a header', async () => {
    expect(await refusal('groot.csv', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).toMatch(/de grens is 5 MB/);
    expect(await refusal('lang.csv', utf8('a;b\n' + 'x;y\n'.repeat(MAX_IMPORT_ROWS + 1)))).toMatch(/meer dan 20\.000 rijen/);
    expect(await refusal('leeg.csv', new Uint8Array())).toBe('Het bestand is leeg.');
    expect(await refusal('kop.csv', utf8('Soort actor;Betrokkenheid\n'))).toMatch(/alleen een kopregel/);
    expect(await refusal('oud.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toMatch(/oud Excel-bestand/);
    expect(await refusal('kapot.xlsx', utf8('geen zip'))).toMatch(/geen geldige Excel-werkmap/);
  });
});

describe('XLSX', () => {
  it('reads back what lib/xlsx.ts writes, hostile names included', async () => {
    const bytes = await toXlsx([{ name: 'Netwerkkaart', header: ['Actor', 'Soort actor'], rows: [['=HYPERLINK("x")', 'CAW'], ['Oudercomité “De Linde”', 'Oudercomité']] }]);
    const sheet = await readImportFile('kaart.xlsx', new Uint8Array(bytes));
    expect(sheet.format).toBe('xlsx');
    expect(sheet.cellProblems).toEqual([]);
    expect(sheet.rows).toEqual([['Actor', 'Soort actor'], ['=HYPERLINK("x")', 'CAW'], ['Oudercomité “De Linde”', 'Oudercomité']]);
  });

  it('refuses formula cells and unneutralised formula text, naming the cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Blad1');
    ws.addRow(['Soort actor', 'Betrokkenheid', 'Notitie']);
    ws.addRow(['CAW', { formula: 'IF(1,"kern","min")', result: 'kern' }, '=1+1']);
    ws.addRow(['OCMW', 'gem', new Date(Date.UTC(2027, 0, 15))]);
    const sheet = await readImportFile('lijst.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(sheet.cellProblems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Cel B2 bevat een formule \(=IF\(1,"kern","min"\)\)/),
      expect.stringMatching(/^Cel C2 begint met =/),
    ]);
    expect(sheet.rows[2]).toEqual(['OCMW', 'gem', '15-01-2027']);
  });
});
