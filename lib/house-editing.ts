import 'server-only';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { requireHouseRead } from './access';
import { canEditHouse } from './access-rules';
import { NotFoundError } from './errors';
import type { HouseNetwork } from './house-network';

/** The house's partnership plus whether this user may edit it (the writes check again). */
export async function getEditableHouseMap(houseId: string): Promise<{ network: HouseNetwork; canEdit: boolean }> {
  const user = await requireHouseRead(houseId);
  const network = await readHouseNetwork(houseId);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return { network, canEdit: canEditHouse(user, houseId) };
}
