import { LEVEL_CODES, LEVELS } from '../levels';
import { toCsv, type CsvCell } from '../csv';
import type { SurveyTable } from './survey-figures';

/** A survey table as CSV rows: what the page shows, with the 2016 figures beside. */
export function surveyTableToCsv(table: SurveyTable): string {
  switch (table.kind) {
    case 'answers': {
      const header = [
        'Actor',
        ...LEVEL_CODES.flatMap((code) => [`${LEVELS[code].label} (n)`, `${LEVELS[code].label} (%)`]),
        'Direct betrokken (n)',
        'Direct betrokken (%)',
        'Totaal',
        'Geen antwoord',
        ...LEVEL_CODES.map((code) => `2016 ${LEVELS[code].label} (n)`),
        '2016 Direct betrokken (n)',
        '2016 Direct betrokken (%)',
        '2016 Totaal',
      ];
      const rows: CsvCell[][] = table.rows.map((row) => [
        row.name,
        ...LEVEL_CODES.flatMap((code) => [row.now.byLevel[code], row.now.answered ? Math.round((1000 * row.now.byLevel[code]) / row.now.answered) / 10 : null]),
        row.now.direct,
        row.now.directPercent,
        row.now.answered,
        row.now.noAnswer,
        ...LEVEL_CODES.map((code) => row.report?.byLevel[code] ?? null),
        row.report?.direct ?? null,
        row.report?.directPercent ?? null,
        row.report?.answered ?? null,
      ]);
      return toCsv(header, rows);
    }
    case 'distribution':
      return toCsv(
        ['Aantal', 'Huizen (n)', 'Huizen (%)', '2016 Huizen (n)', '2016 Huizen (%)'],
        table.bins.map((b) => [b.label, b.now, b.nowPercent, b.report, b.reportPercent]),
      );
    case 'means':
      return toCsv(
        [
          'Verstedelijkingsgraad',
          'Huizen (n)',
          'Gemiddeld direct betrokken',
          'Gemiddeld kernpartners',
          '2016 Gemiddeld direct betrokken',
          '2016 Gemiddeld kernpartners',
        ],
        table.rows.map((r) => [r.label, r.houses, r.direct, r.kernpartners, r.reportDirect, r.reportKernpartners]),
      );
  }
}
