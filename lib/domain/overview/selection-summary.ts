import { unaskedMode, type UnaskedMode } from './house-gaps';
import { narrowsHouses, type OverviewFilter } from './overview-filter';
import type { OverviewRow } from './overview-table';

/**
 * What the overview's status line says about a selection, counted from the very rows the table
 * shows, so the two always agree: how many houses are shown of how many, how many of them have
 * a counted gap, and (when the unasked types count) how many in a type the 2016 survey asked about.
 */
export interface SelectionSummary {
  shown: number;
  total: number;
  narrowed: boolean;
  withGap: number;
  /** Of withGap: houses with a gap in a type the 2016 questionnaire asked about, or answered niet / nog niet. */
  withAskedGap: number;
  mode: UnaskedMode;
}

export function selectionSummary(rows: OverviewRow[], total: number, filter: OverviewFilter): SelectionSummary {
  return {
    shown: rows.length,
    total,
    narrowed: narrowsHouses(filter),
    withGap: rows.filter((r) => r.gaps.length > 0).length,
    withAskedGap: rows.filter((r) => r.gaps.some((c) => c.fromQuestionnaire || (r.levels[c.code] ?? null) !== null)).length,
    mode: unaskedMode(filter),
  };
}
