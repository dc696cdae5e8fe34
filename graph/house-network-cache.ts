import type { HouseNetwork } from '../lib/domain/house-network';
import { readTxAfter } from './session';
import { readHouseNetworkIn } from './repositories/house-network';

/**
 * The map of recently viewed houses, each kept with a commit stamp of the database taken before
 * it was read (graph/session.ts readTxStamped). A request that holds a stamp taken earlier in
 * the request (its session read) gets the kept map only when the stamps are equal: nothing at
 * all was committed since, by this process or any other, so the kept map is exactly what a new
 * read would return. Any write anywhere makes the next view read again. Kept maps are frozen:
 * callers share them and must not change them.
 */
const MAX_HOUSES = 64;

type Kept = Map<string, { stamp: string; network: HouseNetwork }>;
declare global {
  var __netwerkkaartNetworks: Kept | undefined;
}
const holder = globalThis;

function kept(): Kept {
  holder.__netwerkkaartNetworks ??= new Map();
  return holder.__netwerkkaartNetworks;
}

/**
 * readHouseNetwork, answered from the last read while the database has not changed since.
 * `stamp` must have been taken before this call (a read that finished before it began).
 */
export async function readCurrentHouseNetwork(houseId: string, stamp: string | null): Promise<HouseNetwork | null> {
  const cache = kept();
  const hit = stamp ? cache.get(houseId) : undefined;
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest is evicted first.
    cache.delete(houseId);
    cache.set(houseId, hit);
    return hit.network;
  }
  // Read as of the stamp at least (a cluster member behind it waits), so the kept map is never older than its stamp.
  const network = await readTxAfter(stamp, (tx) => readHouseNetworkIn(tx, houseId));
  if (!stamp || !network) return network;
  cache.delete(houseId);
  cache.set(houseId, { stamp, network: deepFreeze(network) });
  if (cache.size > MAX_HOUSES) cache.delete(cache.keys().next().value!);
  return network;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
