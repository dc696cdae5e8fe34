import 'server-only';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { readPeerCoreTypes, type PeerCoreType } from '@/graph/repositories/peers';
import { requireHouseRead } from './access';
import { NotFoundError } from './errors';
import type { HouseNetwork } from './house-network';
import { growthOf, type Growth } from './growth-model';

export type { Growth, PeerCoreType };

/** The "Groeikansen" of a house: its nog niet actors, its missing mandatory partners, and its peers' kernpartners absent here. */
export async function getGrowth(houseId: string): Promise<{ network: HouseNetwork; growth: Growth }> {
  await requireHouseRead(houseId);
  const [network, peers] = await Promise.all([readHouseNetwork(houseId), readPeerCoreTypes(houseId)]);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return { network, growth: growthOf(network, peers) };
}
