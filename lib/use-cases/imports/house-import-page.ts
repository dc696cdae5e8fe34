import 'server-only';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { assertHouseEdit } from '../access';
import type { SessionUser } from '../../domain/actor';
import { NotFoundError } from '../../domain/errors';
import type { NetworkHouse } from '../../domain/house-network';

/** The import page of a house: only for who may edit it (its coordinator, its invited facilitator). */
export async function getHouseImportPage(user: SessionUser, houseId: string): Promise<{ house: NetworkHouse }> {
  assertHouseEdit(user, houseId);
  const network = await readHouseNetwork(houseId);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return { house: network.house };
}
