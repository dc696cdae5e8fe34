import 'server-only';
import { readHouseNetworkIn } from '@/graph/repositories/house-network';
import { readTx } from '@/graph/session';
import type { SessionUser } from '../../domain/actor';
import { canEditHouse } from '../../domain/access-rules';
import { networkMetrics, type NetworkMetrics } from '../../domain/ties/network-metrics';
import { NotFoundError } from '../../domain/errors';
import type { HouseNetwork } from '../../domain/house-network';
import { assertTieRead } from './authorise';

/** The "Netwerk" page of a house: its network (with ties) and the figures computed from it. */
export interface NetworkPanel {
  network: HouseNetwork;
  metrics: NetworkMetrics;
  canEdit: boolean;
}

/** For whoever may read the house; the access check and the read share one transaction. */
export async function readNetworkPanel(user: SessionUser, houseId: string): Promise<NetworkPanel> {
  const network = await readTx(async (tx) => {
    await assertTieRead(tx, user, houseId);
    return readHouseNetworkIn(tx, houseId);
  });
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return {
    network,
    metrics: networkMetrics({ actors: network.actors, forums: network.forums, ties: network.ties ?? [] }),
    canEdit: canEditHouse(user, houseId),
  };
}
