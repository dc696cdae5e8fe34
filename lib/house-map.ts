import 'server-only';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { requireHouseRead } from './access';
import { NotFoundError } from './errors';
import type { HouseNetwork } from './house-network';

/** The house's partnership for its map page: access checked first, then one read. */
export async function getHouseMap(houseId: string): Promise<HouseNetwork> {
  await requireHouseRead(houseId);
  const network = await readHouseNetwork(houseId);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return network;
}
