import 'server-only';
import { countHouses as countHousesInGraph, listHouses as listHousesInGraph } from '@/graph/repositories/houses';
import { readsAllHouses } from '../domain/access-rules';
import type { SessionUser } from '../domain/actor';
import type { HouseSummary } from '../domain/house';

/**
 * The houses a user may see in the list: every house for Kind en Gezin and the beheerder, the
 * own (or invited) houses for a coordinator or facilitator.
 */
export function listHousesFor(user: SessionUser): Promise<HouseSummary[]> {
  return listHousesInGraph(readsAllHouses(user) ? null : user.houseIds);
}

/** How many houses the database holds: public, like the survey's own figures. */
export function countHouses(): Promise<number> {
  return countHousesInGraph();
}
