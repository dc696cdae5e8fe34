import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/domain/csv';
import type { LevelCode } from '@/lib/domain/levels';
import { buildMandatoryMatrix } from '@/lib/domain/overview/mandatory-matrix';
import { matrixColumns } from '@/lib/reference/matrix-columns';
import { describeFilter, exportNoteLines, houseTableSheet, matrixSheet } from '@/lib/domain/overview/overview-export';
import type { OverviewHouse } from '@/lib/domain/overview/overview-house';
import { buildOverviewRows } from '@/lib/domain/overview/overview-table';
import { toXlsx } from '@/lib/formats/xlsx';

const columns = matrixColumns();
const levels = Object.fromEntries(columns.map((c) => [c.code, c.fromQuestionnaire ? ('kernpartner' as LevelCode) : null]));
const houses: OverviewHouse[] = [
  { id: 'x1', name: '=HYPERLINK("http://kwaad.example","klik")', municipalities: ['@Stad'], province: 'Limburg', urbanisation: 'grootstad', intermunicipal: false, direct: 3, kernpartners: 1, nogNiet: 0, indirect: 0, levels: { ...levels, inloopteam: 'nog_niet' } },
  { id: 'x2', name: 'Huis van het Kind Aa', municipalities: ['Aa', 'Bee'], province: 'Antwerpen', urbanisation: 'buitengebied', intermunicipal: true, direct: 9, kernpartners: 4, nogNiet: 2, indirect: 1, levels: { ...levels, inloopteam: 'niet_aanwezig' } },
];
// Counted with every missing answer as a gap, so the unasked types show in the words too.
const rows = buildOverviewRows(houses, columns, { nietbevraagd: 'hiaat' });

describe('the overview exports', () => {
  it('write the house table with the gaps in words', () => {
    const sheet = houseTableSheet(rows);
    expect(sheet.header[0]).toBe('Code');
    expect(sheet.rows[1]).toEqual(['x2', 'Huis van het Kind Aa', 'Aa, Bee', 'Antwerpen', 'Buitengebied', true, 9, 4, 2, 1, 2,
      'Prenatale steunpunten (geen antwoord, niet bevraagd in 2016); Aanbod onderwijskansen (geen antwoord, niet bevraagd in 2016)']);
    const csv = toCsv(sheet.header, sheet.rows);
    expect(csv.startsWith('\uFEFFCode;Huis;')).toBe(true);
    expect(csv).toContain(`x1;"'=HYPERLINK(""http://kwaad.example"",""klik"")";'@Stad;`);
  });

  it('write the matrix with a gap count per row and totals per column', () => {
    const sheet = matrixSheet(buildMandatoryMatrix(rows, columns, 'hiaat'));
    const inloop = sheet.header.indexOf('Inloopteam');
    expect(sheet.rows[0][inloop]).toBe('Nog niet');
    expect(sheet.rows[1][inloop]).toBe('Niet aanwezig in werkgebied');
    expect(sheet.rows[0].at(-1)).toBe(3);
    expect(sheet.rows[1].at(-1)).toBe(2);
    expect(sheet.rows[2].slice(0, 2)).toEqual(['', 'Totaal hiaten']);
    expect(sheet.rows[2][inloop]).toBe(1);
    expect(sheet.rows[2].at(-1)).toBe(5);
    expect(sheet.marked!(0, inloop)).toBe(true);
    expect(sheet.marked!(1, inloop)).toBe(false);
  });

  it('give an XLSX with a frozen header row and formula-neutral text that reads back', async () => {
    const sheet = houseTableSheet(rows);
    const buffer = await toXlsx([sheet], [{ name: 'Toelichting', lines: exportNoteLines('Titel', {}, 2, 2, new Date('2026-03-05T10:00:00Z')) }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet('Huizen')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(2).value).toBe('Huis');
    expect(ws.getRow(2).getCell(2).value).toBe(`'=HYPERLINK("http://kwaad.example","klik")`);
    expect(ws.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(3).getCell(7).value).toBe(9);
    expect(workbook.getWorksheet('Toelichting')!.getRow(2).values).toEqual([undefined, 'Datum', '05-03-2026']);
  });

  it('describe the selection in words', () => {
    expect(describeFilter({})).toBe('alle huizen');
    expect(describeFilter({ provincie: 'Limburg', verstedelijking: 'grootstad_rand', hiaat: 'ja', zoek: 'beke' })).toBe('provincie Limburg, verstedelijkingsgraad grootstad rand, alleen huizen met een hiaat, zoekterm “beke”');
  });
});
