import type { HouseNetwork } from '../lib/domain/house-network';
import { readHouseNetworkIn } from './repositories/house-network';
import { stampedCache } from './stamped-cache';

/** The maps of the 64 houses viewed last, each kept while nothing was committed since (graph/stamped-cache.ts). */
const networks = stampedCache<HouseNetwork>('house-networks', 64);

/**
 * readHouseNetwork, answered from the last read while the database has not changed since.
 * `stamp` must have been taken before this call (a read that finished before it began).
 */
export function readCurrentHouseNetwork(houseId: string, stamp: string | null): Promise<HouseNetwork | null> {
  return networks.read(houseId, stamp, (tx) => readHouseNetworkIn(tx, houseId));
}
