import 'server-only';
import { canEditHouse } from '../domain/access-rules';
import type { HouseNetwork } from '../domain/house-network';
import { readableHouseMap } from './house-map';

/** The house's partnership plus whether this user may edit it (the writes check again). */
export async function getEditableHouseMap(houseId: string): Promise<{ network: HouseNetwork; canEdit: boolean }> {
  const { user, network } = await readableHouseMap(houseId);
  return { network, canEdit: canEditHouse(user, houseId) };
}
