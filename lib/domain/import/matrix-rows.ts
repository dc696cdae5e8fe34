import { LEVELS, type LevelCode } from '../levels';
import { matchAnswer, ANSWER_HELP } from './answer-match';
import { duplicateColumnProblems, mapColumns } from './columns';
import { cellName } from './cell-text';
import { MATRIX_HOUSE_COLUMNS } from './matrix-columns';
import { Readings } from './readings';
import { error, meant, warning, type Problem } from './preview';
import type { Sheet } from './sheet';
import { TypeMatcher, type MatchableType } from './type-match';

export interface MatrixRow {
  line: number;
  code: string;
  name: string;
  municipalities: string;
  province: string;
  urbanisation: string;
  /** The answers in the row's cells; an empty cell is left out (it changes nothing). */
  answers: { typeCode: string; typeName: string; level: LevelCode }[];
  problems: Problem[];
}

export interface MatrixSheet {
  rows: MatrixRow[];
  fileProblems: Problem[];
  /** The type columns found, in file order. */
  types: { code: string; name: string }[];
}

/** Reads a many-houses file: which column is which type, and each cell's answer, tolerantly. */
export function parseMatrixSheet(sheet: Sheet, types: MatchableType[]): MatrixSheet {
  const [header, ...body] = sheet.rows;
  const matcher = new TypeMatcher(types);
  const typeColumns: { index: number; code: string; name: string }[] = [];
  const fileProblems: Problem[] = [];
  const { columns, duplicates } = mapColumns(header, MATRIX_HOUSE_COLUMNS, (text, index) => {
    const match = matcher.match(text);
    if (match.kind === 'type') {
      const earlier = typeColumns.find((c) => c.code === match.type.code);
      if (earlier) fileProblems.push(error(`De kolommen ‘${header[earlier.index]}’ en ‘${text}’ zijn allebei ‘${match.type.name}’; laat er één over.`));
      else typeColumns.push({ index, code: match.type.code, name: match.type.name });
      if (!match.exact) fileProblems.push(warning(`Kolom ‘${text}’ gelezen als ‘${match.type.name}’.`));
    } else if (match.kind === 'ambiguous') {
      fileProblems.push(
        error(
          `Kolom ‘${text}’ kan meer dan één actortype zijn.${meant(match.types.map((t) => t.name))}`,
          match.types.map((t) => t.name),
        ),
      );
    } else {
      fileProblems.push(warning(`Kolom ‘${text}’ is geen actortype uit de vragenlijst en wordt niet gebruikt.${meant(match.suggestions)}`, match.suggestions));
    }
    return true;
  });
  fileProblems.unshift(...duplicateColumnProblems(duplicates));
  if (columns.code === undefined && columns.name === undefined)
    fileProblems.unshift(error('De kolom ‘Code’ of ‘Huis van het Kind’ ontbreekt: zo weet de import niet over welk huis een rij gaat.'));
  if (typeColumns.length === 0) fileProblems.push(error('Het bestand heeft geen kolom met een actortype uit de vragenlijst (bv. ‘CAW’, ‘OCMW’, ‘Scholen’).'));
  for (const p of sheet.cellProblems) if (p.row === 0) fileProblems.push(error(p.message));
  if (fileProblems.some((p) => p.severity === 'error')) return { rows: [], fileProblems, types: typeColumns };

  const cellProblems = new Map<number, Problem[]>();
  for (const p of sheet.cellProblems) if (p.row > 0) cellProblems.set(p.row, [...(cellProblems.get(p.row) ?? []), error(p.message)]);
  const readings = new Readings();
  const rows: MatrixRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '') && !cellProblems.has(index + 1)) return;
    const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
    const row: MatrixRow = {
      line: index + 2,
      code: cell(columns.code),
      name: cell(columns.name),
      municipalities: cell(columns.municipalities),
      province: cell(columns.province),
      urbanisation: cell(columns.urbanisation),
      answers: [],
      problems: [...(cellProblems.get(index + 1) ?? [])],
    };
    for (const column of typeColumns) {
      const text = cell(column.index);
      const answer = matchAnswer(text);
      if (answer.kind === 'level') {
        row.answers.push({ typeCode: column.code, typeName: column.name, level: answer.level });
        if (!answer.exact) readings.add('answer', text, LEVELS[answer.level].label);
      } else if (answer.kind === 'unknown') {
        row.problems.push(
          error(
            `Cel ${cellName(row.line, column.index + 1)} (${column.name}): ‘${text}’ is geen betrokkenheid.${meant(answer.suggestions)} Mogelijk: ${ANSWER_HELP}.`,
            answer.suggestions,
          ),
        );
      }
    }
    rows.push(row);
  });
  fileProblems.push(...readings.problems());
  return { rows, fileProblems, types: typeColumns };
}
