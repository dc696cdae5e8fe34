import { LEVELS, type LevelCode } from './levels';

/**
 * The one rule for partners that must join (DOMAIN.md, "Rules the agency checks"; report 4.3.9,
 * 4.3.11, 4.4.4, l. 3431-3436): for a mandatory type, "niet", "nog niet" and no answer are a gap;
 * "niet aanwezig in werkgebied" is not (the offer does not exist in the area), and any other
 * answer (minimaal, gemiddeld, kernpartner, indirect) is not. The overview, its exports and the
 * house map all ask this function.
 */
export function isGap(level: LevelCode | null): boolean {
  return level === null || level === 'niet' || level === 'nog_niet';
}

/** How a mandatory type stands in a house, for the matrix and its legend. */
export type MandatoryState = 'direct' | 'indirect' | 'not_in_area' | 'gap';

export function mandatoryState(level: LevelCode | null): MandatoryState {
  if (isGap(level)) return 'gap';
  if (level === 'niet_aanwezig') return 'not_in_area';
  return LEVELS[level!].group === 'direct' ? 'direct' : 'indirect';
}
