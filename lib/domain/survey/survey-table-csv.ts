import { LEVEL_CODES, LEVELS } from '../levels';
import { toCsv, type CsvCell } from '../csv';
import type { SurveyTable } from './survey-figures';

/** The two sources a table compares, as its column headers name them ("Bevraging 2026 (fictief)", "2016 (rapport)"). */
export interface TableSourceLabels {
  shown: string;
  compared: string;
}

/**
 * A survey table as header and rows: what the page shows. Without `sources` in the layout the
 * first version had (the selected houses now, the 2016 figures beside); with them, each column
 * names its source and the change in percentage points follows.
 */
export function surveyTableRows(table: SurveyTable, sources?: TableSourceLabels): { header: string[]; rows: CsvCell[][] } {
  const a = sources ? `${sources.shown} ` : '';
  const b = sources ? `${sources.compared} ` : '2016 ';
  const change = Boolean(sources);
  switch (table.kind) {
    case 'answers':
      return {
        header: [
          'Actor',
          ...LEVEL_CODES.flatMap((code) => [`${a}${LEVELS[code].label} (n)`, `${a}${LEVELS[code].label} (%)`]),
          `${a}Direct betrokken (n)`,
          `${a}Direct betrokken (%)`,
          `${a}Totaal`,
          `${a}Geen antwoord`,
          ...LEVEL_CODES.map((code) => `${b}${LEVELS[code].label} (n)`),
          `${b}Direct betrokken (n)`,
          `${b}Direct betrokken (%)`,
          `${b}Totaal`,
          ...(change ? [...LEVEL_CODES.map((code) => `Verschil ${LEVELS[code].label} (procentpunten)`), 'Verschil Direct betrokken (procentpunten)'] : []),
        ],
        rows: table.rows.map((row) => [
          row.name,
          ...LEVEL_CODES.flatMap((code) => [
            row.now.byLevel[code],
            row.now.answered ? Math.round((1000 * row.now.byLevel[code]) / row.now.answered) / 10 : null,
          ]),
          row.now.direct,
          row.now.directPercent,
          row.now.answered,
          row.now.noAnswer,
          ...LEVEL_CODES.map((code) => row.report?.byLevel[code] ?? null),
          row.report?.direct ?? null,
          row.report?.directPercent ?? null,
          row.report?.answered ?? null,
          ...(change ? [...LEVEL_CODES.map((code) => row.change?.byLevel[code] ?? null), row.change?.direct ?? null] : []),
        ]),
      };
    case 'distribution':
      return {
        header: ['Aantal', `${a}Huizen (n)`, `${a}Huizen (%)`, `${b}Huizen (n)`, `${b}Huizen (%)`, ...(change ? ['Verschil (procentpunten)'] : [])],
        rows: table.bins.map((bin) => [bin.label, bin.now, bin.nowPercent, bin.report, bin.reportPercent, ...(change ? [bin.change] : [])]),
      };
    case 'means':
      return {
        header: [
          'Verstedelijkingsgraad',
          `${a}Huizen (n)`,
          `${a}Gemiddeld direct betrokken`,
          `${a}Gemiddeld kernpartners`,
          `${b}Gemiddeld direct betrokken`,
          `${b}Gemiddeld kernpartners`,
          ...(change ? ['Verschil direct betrokken', 'Verschil kernpartners'] : []),
        ],
        rows: table.rows.map((r) => [
          r.label,
          r.houses,
          r.direct,
          r.kernpartners,
          r.reportDirect,
          r.reportKernpartners,
          ...(change ? [difference(r.direct, r.reportDirect), difference(r.kernpartners, r.reportKernpartners)] : []),
        ]),
      };
  }
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.round(10 * (a - b)) / 10;
}

/** A survey table as CSV rows: what the page shows, with the compared figures beside. */
export function surveyTableToCsv(table: SurveyTable, sources?: TableSourceLabels): string {
  const { header, rows } = surveyTableRows(table, sources);
  return toCsv(header, rows);
}
