import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from '@/lib/domain/csv';

describe('CSV for Belgian Excel', () => {
  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    expect(toCsv(['Actor', 'Aantal'], [['CAW', 3], ['OCMW', 12.5]])).toBe(`${CSV_BOM}Actor;Aantal\r\nCAW;3\r\nOCMW;12,5\r\n`);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+32 2 533 12 11')).toBe("'+32 2 533 12 11");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('quotes separators, quotes and line breaks, and keeps negative numbers as numbers', () => {
    expect(csvCell('Huis; Oost')).toBe('"Huis; Oost"');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('ja');
  });
});
