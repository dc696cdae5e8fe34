import type { TypeAnswerRecord } from '@/lib/domain/overview/records';
import type { LevelCode } from '../levels';
import { checkMinimumOffer, type FunctionCoverage, type OfferFunction } from './minimum-offer';
import type { OverviewRow } from './overview-table';

export interface OfferRow {
  house: OverviewRow;
  coverage: FunctionCoverage[];
  /** All three functions covered. */
  complete: boolean;
}

export interface OfferTable {
  functions: OfferFunction[];
  rows: OfferRow[];
  /** Per function: houses (of the rows) that cover it. */
  covered: Record<string, number>;
  complete: number;
}

/** The Art. 8 check for the selected houses; `onlyIncomplete` keeps the houses missing a function. */
export function buildOfferTable(rows: OverviewRow[], answers: TypeAnswerRecord[], functions: OfferFunction[], onlyIncomplete = false): OfferTable {
  const byHouse = new Map<string, Map<string, LevelCode>>();
  for (const a of answers) {
    if (!byHouse.has(a.houseId)) byHouse.set(a.houseId, new Map());
    byHouse.get(a.houseId)!.set(a.typeCode, a.level);
  }
  const all = rows.map((house) => {
    const coverage = checkMinimumOffer(byHouse.get(house.id) ?? new Map(), functions);
    return { house, coverage, complete: coverage.every((c) => c.covered) };
  });
  const shown = onlyIncomplete ? all.filter((r) => !r.complete) : all;
  return {
    functions,
    rows: shown,
    covered: Object.fromEntries(functions.map((fn, i) => [fn.code, shown.filter((r) => r.coverage[i].covered).length])),
    complete: shown.filter((r) => r.complete).length,
  };
}
