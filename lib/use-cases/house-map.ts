import 'server-only';
import { readCurrentHouseNetwork } from '@/graph/house-network-cache';
import { assertHouseRead, optionalUser, requestCommitStamp } from '../edge/session';
import type { SessionUser } from '../domain/actor';
import { NotFoundError } from '../domain/errors';
import type { HouseNetwork } from '../domain/house-network';

/**
 * The house's partnership with the user who reads it. The map is read after the session, and
 * answered from the last read of it when nothing was committed since the session was read
 * (graph/house-network-cache.ts). The read rule is checked before anything is read,
 * and a house the user may not read is refused the same whether it exists or not.
 */
export async function readableHouseMap(houseId: string): Promise<{ user: SessionUser; network: HouseNetwork }> {
  // The read rule first; whether the house exists is told by the read itself.
  const user = await assertHouseRead(await optionalUser(), houseId, true);
  const network = await readCurrentHouseNetwork(houseId, await requestCommitStamp());
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return { user, network };
}

/** The house's partnership for its map page and exports. */
export async function getHouseMap(houseId: string): Promise<HouseNetwork> {
  return (await readableHouseMap(houseId)).network;
}
