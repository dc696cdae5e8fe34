import 'server-only';
import { readCurrentHouseNetwork } from '@/graph/house-network-cache';
import type { SessionUser } from '../domain/actor';
import { NotFoundError } from '../domain/errors';
import type { HouseNetwork } from '../domain/house-network';
import { assertHouseRead } from './access';

/**
 * The house's partnership for the user who reads it. The read rule is checked before anything is
 * read, and a house the user may not read is refused the same whether it exists or not. `asOf`
 * is the commit stamp the edge took for this request (lib/edge/session.ts requestCommitStamp):
 * when nothing was committed since, the map is answered from the last read of it
 * (graph/house-network-cache.ts); null reads it fresh.
 */
export async function getHouseMap(user: SessionUser, houseId: string, asOf: string | null): Promise<HouseNetwork> {
  // The read rule first; whether the house exists is told by the read itself.
  await assertHouseRead(user, houseId, true);
  const network = await readCurrentHouseNetwork(houseId, asOf);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return network;
}
