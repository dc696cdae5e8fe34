import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dateCell, toCsv } from '@/lib/domain/csv';
import { readImportFile } from '@/lib/formats/import-file/read-file';
import { parseCsv } from '@/lib/formats/import-file/parse-csv';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/domain/import/limits';
import { toXlsx } from '@/lib/formats/xlsx';

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

  it('reads Excel’s plain ‘CSV’ of Belgian Windows (Windows-1252) and says so', async () => {
    const cp1252 = new Uint8Array([
      ...utf8('Actor;Soort actor;Betrokkenheid\r\nOudercomit'), 0xe9, 0x20, 0x93, ...utf8('De Linde'), 0x94, ...utf8(';Oudercomit'), 0xe9, ...utf8(';kern\r\n'),
    ]);
    const sheet = await readImportFile('lijst.csv', cp1252);
    expect(sheet.encoding).toBe('windows-1252');
    expect(sheet.rows[1]).toEqual(['Oudercomité “De Linde”', 'Oudercomité', 'kern']);
  });

  it('reads Excel’s ‘Unicode-tekst’ (UTF-16 LE with a byte-order mark, tab-separated), also without the mark or big-endian', async () => {
    const text = 'Actor\tSoort actor\tBetrokkenheid\r\n"Oudercomité ""De Linde"""\tOudercomité\tkern\r\nCAW Oost\tCAW\tgem\r\n';
    const expected = [['Actor', 'Soort actor', 'Betrokkenheid'], ['Oudercomité "De Linde"', 'Oudercomité', 'kern'], ['CAW Oost', 'CAW', 'gem']];
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), Buffer.from(text, 'utf16le')]) {
      const sheet = await readImportFile('lijst.txt', new Uint8Array(bytes));
      expect(sheet.encoding).toBe('utf-16le');
      expect(sheet.rows).toEqual(expected);
    }
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect((await readImportFile('lijst.txt', new Uint8Array(bigEndian))).rows).toEqual(expected);
  });

  it('reads UTF-8 as UTF-8, with or without a byte-order mark', async () => {
    for (const text of ['Soort actor;Betrokkenheid\nOudercomité;kern\n', '\uFEFFSoort actor;Betrokkenheid\nOudercomité;kern\n']) {
      const sheet = await readImportFile('lijst.csv', utf8(text));
      expect(sheet.encoding).toBe('utf-8');
      expect(sheet.rows[1]).toEqual(['Oudercomité', 'kern']);
    }
  });

  it('refuses a binary file, and a broken UTF-16 or UTF-8 file, with the way to save as CSV UTF-8', async () => {
    expect(await refusal('foto.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))).toMatch(/binair bestand.*CSV UTF-8/);
    expect(await refusal('lijst.csv', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toMatch(/UTF-16.*onvolledig/);
    const lyingBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Soort;Betrokkenheid\nOudercomit'), 0xe9, ...utf8(';kern\n')]);
    expect(await refusal('lijst.csv', lyingBom)).toMatch(/zegt UTF-8 te zijn.*CSV UTF-8/);
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
  it('writes dates as Excel dates with a Belgian date format, not as text', async () => {
    const bytes = await toXlsx(
      [{ name: 'Blad', header: ['Streefdatum', 'Laatst gewijzigd', 'Tekst'], rows: [[dateCell('2027-01-15'), dateCell('2026-07-01T21:30:00.000Z', true), '15-01-2027'], [null, null, null]] }],
      [{ name: 'Toelichting', lines: [['Stand op', { date: '2026-12-31T23:30:00.000Z' }]] }],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const [due, changed, text] = [1, 2, 3].map((c) => workbook.getWorksheet('Blad')!.getRow(2).getCell(c));
    expect(due.value).toEqual(new Date(Date.UTC(2027, 0, 15)));
    expect(due.numFmt).toBe('dd-mm-yyyy');
    // 21:30 UTC on 1 July is 23:30 in Brussels (summer time): Excel shows the Brussels time.
    expect(changed.value).toEqual(new Date(Date.UTC(2026, 6, 1, 23, 30)));
    expect(changed.numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(text.value).toBe('15-01-2027');
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(workbook.getWorksheet('Toelichting')!.getRow(1).getCell(2).value).toEqual(new Date(Date.UTC(2027, 0, 1)));
    // The CSV twin writes the same cells as Belgian text.
    expect(toCsv(['a', 'b'], [[dateCell('2027-01-15'), dateCell('2026-07-01T21:30:00.000Z', true)]])).toContain('15-01-2027;01-07-2026 23:30');
  });

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
