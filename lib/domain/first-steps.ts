import type { HouseNetwork } from './house-network';
import { isGap } from './mandatory-gaps';

/**
 * A house that has not answered anything yet: no answer to any type, no named organisation,
 * no forum. Its map shows only the placeholders of the mandatory partners, so the house page
 * guides the first steps instead ("Aan de slag").
 */
export function needsFirstSteps(network: Pick<HouseNetwork, 'types' | 'actors' | 'forums'>): boolean {
  return network.actors.length === 0 && network.forums.length === 0 && network.types.every((t) => t.answer === null);
}

/** The mandatory partners still missing: the red triangles on the map. */
export function missingMandatoryCount(network: Pick<HouseNetwork, 'types'>): number {
  return network.types.filter((t) => t.mandatory && isGap(t.answer?.level ?? null)).length;
}
