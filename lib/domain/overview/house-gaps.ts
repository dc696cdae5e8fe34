import type { LevelCode } from '../levels';
import { isGap, mandatoryState, type MandatoryState } from '../mandatory-gaps';
import type { MatrixColumn } from './matrix-columns';
import type { OverviewFilter } from './overview-filter';
import type { OverviewHouse } from './overview-house';

/** One cell of the mandatory-partner matrix. */
export interface MandatoryCell {
  code: string;
  level: LevelCode | null;
  state: MandatoryState;
  /**
   * No answer for a type that was not a row of the 2016 questionnaire (prenatale steunpunten,
   * aanbod onderwijskansen): a gap by DOMAIN.md's rule, but one the survey never asked about.
   */
  unasked: boolean;
  /** Counted as a gap under the chosen way of counting (see countsAsGap). */
  counted: boolean;
}

export type UnaskedMode = NonNullable<OverviewFilter['nietbevraagd']>;

/**
 * How the overview counts a missing answer on those two types unless asked otherwise: apart.
 * Every house has them unanswered (the survey never asked), so counting them would give every
 * house a gap and hide the ones that matter: the first view says 78 demo houses, not 116.
 * "nietbevraagd=hiaat" counts them by DOMAIN.md's rule.
 */
export const DEFAULT_UNASKED_MODE: UnaskedMode = 'apart';

/** The way of counting a selection asks for: its own choice, or the default. */
export function unaskedMode(filter: Pick<OverviewFilter, 'nietbevraagd'>): UnaskedMode {
  return filter.nietbevraagd ?? DEFAULT_UNASKED_MODE;
}

/**
 * Whether a cell counts as a gap. With "hiaat" every gap counts (isGap); with "apart" (the
 * default) an unanswered type outside the 2016 questionnaire is shown as such but not counted. An answer "niet" or
 * "nog niet" on such a type always counts: only the missing answer is set apart, never a real gap.
 */
export function countsAsGap(level: LevelCode | null, column: MatrixColumn, mode: UnaskedMode = DEFAULT_UNASKED_MODE): boolean {
  if (!isGap(level)) return false;
  return !(mode === 'apart' && level === null && !column.fromQuestionnaire);
}

export function mandatoryCells(house: OverviewHouse, columns: MatrixColumn[], mode: UnaskedMode = DEFAULT_UNASKED_MODE): MandatoryCell[] {
  return columns.map((column) => {
    const level = house.levels[column.code] ?? null;
    return {
      code: column.code,
      level,
      state: mandatoryState(level),
      unasked: level === null && !column.fromQuestionnaire,
      counted: countsAsGap(level, column, mode),
    };
  });
}

/** The columns in which the house has a counted gap, in column order. */
export function houseGaps(house: OverviewHouse, columns: MatrixColumn[], mode: UnaskedMode = DEFAULT_UNASKED_MODE): MatrixColumn[] {
  return columns.filter((column) => countsAsGap(house.levels[column.code] ?? null, column, mode));
}
