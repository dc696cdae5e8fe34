import 'server-only';
import { readPeerCoreTypes } from '@/graph/repositories/peers';
import { canEditHouse } from '../domain/access-rules';
import type { SessionUser } from '../domain/actor';
import type { HouseNetwork } from '../domain/house-network';
import { getHouseMap } from './house-map';
import { growthOf, type Growth } from '../domain/growth';

export type { Growth };

/**
 * The "Groeikansen" of a house: its expansion plan (nog niet, gewenst, trekker, volgende stap,
 * datum), its missing mandatory partners, and its peers' kernpartners absent here; and whether
 * this user may edit the plan (the writes check again).
 */
export async function getGrowth(user: SessionUser, houseId: string, asOf: string | null): Promise<{ network: HouseNetwork; growth: Growth; canEdit: boolean }> {
  // The read rule (in getHouseMap) before anything else of the house is read.
  const network = await getHouseMap(user, houseId, asOf);
  const peers = await readPeerCoreTypes(houseId);
  return { network, growth: growthOf(network, peers), canEdit: canEditHouse(user, houseId) };
}
