import { DEFAULT_UNASKED_MODE, mandatoryCells, type MandatoryCell, type UnaskedMode } from './house-gaps';
import type { MatrixColumn } from './matrix-columns';
import type { OverviewRow } from './overview-table';

export interface MatrixRow {
  house: OverviewRow;
  cells: MandatoryCell[];
  /** Counted gaps in this row. */
  gaps: number;
}

export interface MatrixColumnTotal {
  code: string;
  direct: number;
  indirect: number;
  notInArea: number;
  /** Counted gaps in this column. */
  gaps: number;
  /** Of those houses: no answer for a type outside the 2016 questionnaire (counted or not). */
  unasked: number;
}

export interface MandatoryMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  totals: MatrixColumnTotal[];
  housesWithGap: number;
  gaps: number;
}

/** The matrix of the given rows (already filtered and sorted by buildOverviewRows). */
export function buildMandatoryMatrix(rows: OverviewRow[], columns: MatrixColumn[], mode: UnaskedMode = DEFAULT_UNASKED_MODE): MandatoryMatrix {
  const matrixRows = rows.map((house) => {
    const cells = mandatoryCells(house, columns, mode);
    return { house, cells, gaps: cells.filter((c) => c.counted).length };
  });
  const totals = columns.map((column, i) => {
    const cells = matrixRows.map((r) => r.cells[i]);
    return {
      code: column.code,
      direct: cells.filter((c) => c.state === 'direct').length,
      indirect: cells.filter((c) => c.state === 'indirect').length,
      notInArea: cells.filter((c) => c.state === 'not_in_area').length,
      gaps: cells.filter((c) => c.counted).length,
      unasked: cells.filter((c) => c.unasked).length,
    };
  });
  return {
    columns,
    rows: matrixRows,
    totals,
    housesWithGap: matrixRows.filter((r) => r.gaps > 0).length,
    gaps: matrixRows.reduce((sum, r) => sum + r.gaps, 0),
  };
}
