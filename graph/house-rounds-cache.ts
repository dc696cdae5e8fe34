import { readRoundsOfHouse, type HouseRoundRow } from './repositories/rounds';
import { stampedCache } from './stamped-cache';

/** The rounds of the 64 houses viewed last, kept while nothing was committed since (graph/stamped-cache.ts). */
const rounds = stampedCache<HouseRoundRow[]>('house-rounds', 64);

/**
 * The survey rounds that cover a house, answered from the last read while the database has not
 * changed since: every page of a house shows the banner of its open round, so without this each
 * view paid a transaction of its own for it (three round trips to Neo4j; bench/house-map.ts).
 * `stamp` must have been taken before this call.
 */
export async function readCurrentRoundsOfHouse(houseId: string, stamp: string | null): Promise<readonly HouseRoundRow[]> {
  return (await rounds.read(houseId, stamp, (tx) => readRoundsOfHouse(tx, { houseId }))) ?? [];
}
