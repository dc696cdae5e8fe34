import { describe, expect, it } from 'vitest';
import { buildAnswerTable, toAnswerCounts } from '@/lib/domain/survey/answer-table';
import { buildDistributionTable } from '@/lib/domain/survey/distribution-table';
import { parseSurveyFilter } from '@/lib/domain/survey/survey-filter';
import { surveyTableToCsv } from '@/lib/domain/survey/survey-table-csv';
import { buildUrbanisationMeans } from '@/lib/domain/survey/urbanisation-means';
import { CSV_BOM } from '@/lib/domain/csv';

describe('survey tables', () => {
  it('derive totals, no-answer and the direct share from counts in level order', () => {
    // Politie, Tabel 14 (report line 2262): min 13, gem 7, kern 2, indirect 13, nog niet 23, niet 48, niet aanw. 2.
    const counts = toAnswerCounts([2, 7, 13, 13, 23, 48, 2], 116);
    expect(counts).toMatchObject({ answered: 108, noAnswer: 8, direct: 22, directPercent: 20.4 });
  });

  it('build a cluster table from answers per type, next to the report', () => {
    const answers = new Map([['politie', new Map([['kernpartner', 1], ['niet', 2]] as const)]]);
    const table = buildAnswerTable(
      { code: 'lokaal-bestuur-ocmw', name: 'Lokaal bestuur', table: 'Tabel 14', line: 2247 },
      [
        { code: 'politie', name: 'Politie', cluster: 'lokaal-bestuur-ocmw', mandatory: false, counts2016: [2, 7, 13, 13, 23, 48, 2] },
        { code: 'vdab', name: 'VDAB', cluster: 'opleiding', mandatory: false, counts2016: [1, 1, 1, 1, 1, 1, 1] },
      ],
      answers,
      5,
      116,
    );
    expect(table.id).toBe('tabel-14');
    expect(table.rows.map((r) => r.typeCode)).toEqual(['politie']);
    expect(table.rows[0].now).toMatchObject({ answered: 3, noAnswer: 2, direct: 1, directPercent: 33.3 });
    expect(table.rows[0].report?.answered).toBe(108);
  });

  it('count houses per bin, flag houses outside the bins, and give the mean', () => {
    const table = buildDistributionTable(
      { id: 'tabel-27', table: 'Tabel 27', title: 'Aantal kernpartners', line: 3344 },
      [0, 5, 6, 10, 11, 40],
      { bins: [{ label: '0 tot 5', min: 0, max: 5, count: 15 }, { label: '6 tot 10', min: 6, max: 10, count: 46 }, { label: '11 tot 32', min: 11, max: 32, count: 55 }], total: 116, mean: 11, min: 0, max: 32 },
    );
    expect(table.bins.map((b) => b.now)).toEqual([2, 2, 1]);
    expect(table.outside).toBe(1);
    expect(table.now).toEqual({ houses: 6, mean: 12, min: 0, max: 40 });
    expect(table.bins[0].reportPercent).toBe(12.9);
  });

  it('average per urbanisation degree, with null where a degree has no houses', () => {
    const report = {
      buitengebied: { direct: 23.4, kernpartners: 9.6, line: 3363 },
      regiostedelijk: { direct: 25.1, kernpartners: 10.9, line: 3364 },
      grootstad_rand: { direct: 25.3, kernpartners: 12.3, line: 3364 },
      centrumstad: { direct: 31.6, kernpartners: 13.6, line: 3365 },
      grootstad: { direct: 31.3, kernpartners: 14, line: 3364 },
    };
    const table = buildUrbanisationMeans(
      [{ urbanisation: 'buitengebied', direct: 20, kernpartners: 9 }, { urbanisation: 'buitengebied', direct: 25, kernpartners: 10 }],
      report,
    );
    expect(table.rows[0]).toMatchObject({ urbanisation: 'buitengebied', houses: 2, direct: 22.5, kernpartners: 9.5 });
    expect(table.rows[1]).toMatchObject({ urbanisation: 'regiostedelijk', houses: 0, direct: null });
  });

  it('refuse an unknown filter value with a Dutch message, and treat empty as all', () => {
    const bad = parseSurveyFilter(new URLSearchParams('provincie=Henegouwen'));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe('Onbekende provincie.');
    expect(parseSurveyFilter({ provincie: '', verstedelijking: 'grootstad' }).data).toEqual({ verstedelijking: 'grootstad' });
  });

  it('write a distribution as CSV with a Dutch header row for Belgian Excel', () => {
    const table = buildDistributionTable(
      { id: 'tabel-26', table: 'Tabel 26', title: 't', line: 1 },
      [12, 13],
      { bins: [{ label: '10 tot 15', min: 10, max: 15, count: 9 }], total: 116, mean: 25, min: 10, max: 56 },
    );
    expect(surveyTableToCsv(table)).toBe(`${CSV_BOM}Aantal;Huizen (n);Huizen (%);2016 Huizen (n);2016 Huizen (%)\r\n10 tot 15;2;100;9;7,8\r\n`);
  });
});
