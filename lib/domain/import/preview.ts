import type { DerivedAnswerChange } from '../derived-answer';
import type { TextEncoding } from './text-encodings';

/**
 * What the user sees before anything is written: per row what would happen and every problem in
 * Dutch. An error blocks the whole import (all rows or none); a warning is shown and the import
 * can go ahead. Client-safe (plain data).
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  message: string;
  /** Catalogue names (or answers) the user may have meant. */
  suggestions?: string[];
}

/** What a row does; 'error' rows block the import. */
export type RowAction = 'create' | 'update' | 'unchanged' | 'skip' | 'error';

export interface PreviewRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  line: number;
  /** What the row is about, e.g. "CAW Limburg (CAW) · Kernpartner" or a house's name. */
  label: string;
  action: RowAction;
  /** For a many-houses row: what changes in it, e.g. "3 nieuw, 1 gewijzigd". */
  detail?: string;
  problems: Problem[];
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
  skip: number;
  error: number;
}

export interface ImportPreview {
  kind: 'house' | 'houses';
  fileName: string;
  format: 'csv' | 'xlsx';
  /** The encoding a CSV was read in, said in the preview ("gelezen als Windows-1252"). */
  encoding?: TextEncoding;
  /** Data rows in the file (without the header). */
  rowCount: number;
  counts: ImportCounts;
  /** Problems of the file as a whole: missing or unknown columns. */
  fileProblems: Problem[];
  rows: PreviewRow[];
  errorCount: number;
  warningCount: number;
  /** Rows left out of what the browser receives (a large file without problems in them). */
  omittedRows?: number;
  /**
   * Type answers the import would derive differently from the organisations it names (one house);
   * a lowering among them is written only when the user chose it.
   */
  derivedAnswers: DerivedAnswerChange[];
}

function countActions(rows: Pick<PreviewRow, 'action'>[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, skip: 0, error: 0 };
  for (const row of rows) counts[row.action]++;
  return counts;
}

function countProblems(preview: Pick<ImportPreview, 'rows' | 'fileProblems'>, severity: Severity): number {
  return [...preview.fileProblems, ...preview.rows.flatMap((r) => r.problems)].filter((p) => p.severity === severity).length;
}

/**
 * The preview of a planned import, as both imports show it: what each row will do, and the
 * problems of the file and its rows (a row's errors are counted by its plan).
 */
export function previewOf(
  kind: ImportPreview['kind'],
  file: { name: string; format: ImportPreview['format']; encoding?: TextEncoding; rows: unknown[] },
  fileProblems: Problem[],
  plan: { rows: PreviewRow[]; errorCount: number; derivedAnswers?: DerivedAnswerChange[] },
): ImportPreview {
  return {
    kind,
    fileName: file.name,
    format: file.format,
    ...(file.encoding ? { encoding: file.encoding } : {}),
    rowCount: file.rows.length - 1,
    counts: countActions(plan.rows),
    fileProblems,
    rows: plan.rows,
    errorCount: plan.errorCount + fileProblems.filter((p) => p.severity === 'error').length,
    warningCount: countProblems({ rows: plan.rows, fileProblems }, 'warning'),
    derivedAnswers: plan.derivedAnswers ?? [],
  };
}

export function error(message: string, suggestions?: string[]): Problem {
  return suggestions?.length ? { severity: 'error', message, suggestions } : { severity: 'error', message };
}

export function warning(message: string, suggestions?: string[]): Problem {
  return suggestions?.length ? { severity: 'warning', message, suggestions } : { severity: 'warning', message };
}

/** "Bedoelde u ‘CAW’ of ‘CGG’?" */
export function meant(suggestions: string[]): string {
  if (!suggestions.length) return '';
  const quoted = suggestions.map((s) => `‘${s}’`);
  return ` Bedoelde u ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} of ${quoted[quoted.length - 1]}`}?`;
}
