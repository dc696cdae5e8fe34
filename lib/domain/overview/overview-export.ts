import type { CsvCell } from '../csv';
import { formatDate } from '../format-date';
import { levelLabel, type LevelCode } from '../levels';
import { URBANISATION_LABELS } from '../regions';
import type { XlsxNotes, XlsxSheet } from '../sheet';
import type { MandatoryMatrix } from './mandatory-matrix';
import { plainShort, type MatrixColumn } from './matrix-columns';
import type { OverviewFilter } from './overview-filter';
import { unaskedMode } from './house-gaps';
import type { OverviewRow } from './overview-table';

/**
 * The overview's two tables as plain sheets (header + rows), the one source of the CSV, the XLSX
 * and the tests: what the page shows, in the same order, with the same words.
 */
function gapText(column: MatrixColumn, level: LevelCode | null): string {
  const unasked = level === null && !column.fromQuestionnaire;
  return `${plainShort(column)} (${unasked ? 'geen antwoord, niet bevraagd in 2016' : levelLabel(level).toLowerCase()})`;
}

export function houseTableSheet(rows: OverviewRow[]): XlsxSheet {
  return {
    name: 'Huizen',
    header: [
      'Code',
      'Huis',
      'Gemeenten',
      'Provincie',
      'Verstedelijkingsgraad',
      'Intergemeentelijk',
      'Direct betrokken',
      'Kernpartners',
      'Nog niet',
      'Indirect',
      'Hiaten (n)',
      'Ontbrekende verplichte partners',
    ],
    rows: rows.map((r): CsvCell[] => [
      r.id,
      r.name,
      r.municipalities.join(', '),
      r.province,
      URBANISATION_LABELS[r.urbanisation],
      r.intermunicipal,
      r.direct,
      r.kernpartners,
      r.nogNiet,
      r.indirect,
      r.gaps.length,
      r.gaps.map((c) => gapText(c, r.levels[c.code] ?? null)).join('; '),
    ]),
    widths: [12, 44, 30, 22, 20, 10, 10, 12, 10, 10, 10, 80],
  };
}

function cellText(level: LevelCode | null, column: MatrixColumn): string {
  if (level === null) return column.fromQuestionnaire ? 'Geen antwoord' : 'Geen antwoord (niet bevraagd in 2016)';
  return levelLabel(level);
}

const TOTALS = [
  ['gaps', 'Totaal hiaten'],
  ['direct', 'Direct betrokken'],
  ['indirect', 'Indirect'],
  ['notInArea', 'Niet aanwezig in werkgebied'],
  ['unasked', 'Geen antwoord, niet bevraagd in 2016'],
] as const;

const FIXED = 4;

/** Houses by mandatory types, the row's gap count at the end, the column totals below. */
export function matrixSheet(matrix: MandatoryMatrix): XlsxSheet {
  const body: CsvCell[][] = matrix.rows.map((row) => [
    row.house.id,
    row.house.name,
    row.house.province,
    URBANISATION_LABELS[row.house.urbanisation],
    ...row.cells.map((cell, i) => cellText(cell.level, matrix.columns[i])),
    row.gaps,
  ]);
  const totals: CsvCell[][] = TOTALS.map(([key, label]) => ['', label, '', '', ...matrix.totals.map((t) => t[key]), key === 'gaps' ? matrix.gaps : null]);
  return {
    name: 'Verplichte partners',
    header: ['Code', 'Huis', 'Provincie', 'Verstedelijkingsgraad', ...matrix.columns.map((c) => plainShort(c)), 'Hiaten (n)'],
    rows: [...body, ...totals],
    widths: [12, 44, 22, 20, ...matrix.columns.map(() => 18), 10],
    marked: (r, c) => r < matrix.rows.length && c >= FIXED && c < FIXED + matrix.columns.length && matrix.rows[r].cells[c - FIXED].counted,
  };
}

/** The "Toelichting" sheet: title, date, selection and the gap rule, so a file explains itself. */
export function exportNotes(title: string, filter: OverviewFilter, shown: number, total: number, now: Date = new Date()): XlsxNotes {
  // In the workbook the date is an Excel date; the print report shows the same lines as text.
  const lines = exportNoteLines(title, filter, shown, total, now).map(([key, value]): XlsxNotes['lines'][number] =>
    key === 'Datum' ? [key, { date: now.toISOString() }] : [key, value],
  );
  return { name: 'Toelichting', lines };
}

export function exportNoteLines(title: string, filter: OverviewFilter, shown: number, total: number, now: Date = new Date()): [string, string][] {
  return [
    ['Titel', title],
    ['Datum', formatDate(now.toISOString())],
    ['Huizen', `${shown} van ${total}`],
    ['Selectie', describeFilter(filter)],
    [
      'Hiaat',
      '‘Niet’, ‘nog niet’ en geen antwoord bij een partner die verplicht moet aansluiten; ‘niet aanwezig in werkgebied’ is geen hiaat (rapport 4.4.4, r. 3431-3436).',
    ],
    ['Lokaal bestuur', 'Elk initiatief verloopt in samenwerking met het lokaal bestuur (decreet Art. 7, rapport r. 2235-2236).'],
    [
      'Niet bevraagd in 2016',
      unaskedMode(filter) === 'apart'
        ? 'Prenatale steunpunten en aanbod onderwijskansen stonden niet in de vragenlijst van 2016; geen antwoord daarop is apart getoond en niet als hiaat geteld.'
        : 'Prenatale steunpunten en aanbod onderwijskansen stonden niet in de vragenlijst van 2016; geen antwoord daarop telt als hiaat (regel hierboven).',
    ],
    ['Bron', 'De Huizen van het Kind in cijfers en ervaringen (bevraging 2016); gegevens uit Netwerkkaart.'],
  ];
}

/** The selection in words, for the export notes and the print report. */
export function describeFilter(filter: OverviewFilter): string {
  const parts = [
    filter.provincie ? `provincie ${filter.provincie}` : null,
    filter.verstedelijking ? `verstedelijkingsgraad ${URBANISATION_LABELS[filter.verstedelijking].toLowerCase()}` : null,
    filter.intergemeentelijk ? (filter.intergemeentelijk === 'ja' ? 'intergemeentelijke huizen' : 'huizen van één gemeente') : null,
    filter.hiaat ? (filter.hiaat === 'ja' ? 'alleen huizen met een hiaat' : 'alleen huizen zonder hiaat') : null,
    filter.zoek ? `zoekterm “${filter.zoek}”` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'alle huizen';
}
