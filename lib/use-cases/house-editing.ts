import 'server-only';
import { canEditHouse } from '../domain/access-rules';
import type { SessionUser } from '../domain/actor';
import type { HouseNetwork } from '../domain/house-network';
import { getHouseMap } from './house-map';

/** The house's partnership plus whether this user may edit it (the writes check again). */
export async function getEditableHouseMap(user: SessionUser, houseId: string, asOf: string | null): Promise<{ network: HouseNetwork; canEdit: boolean }> {
  const network = await getHouseMap(user, houseId, asOf);
  return { network, canEdit: canEditHouse(user, houseId) };
}
