import { writeTx } from '@/graph/session';

/** Removes houses a test created, with their answers and involvements. */
export async function deleteHouses(ids: string[]): Promise<void> {
  await writeTx((tx) => tx.run('MATCH (h:House) WHERE h.id IN $ids DETACH DELETE h', { ids }));
}
