import { writeTx } from '@/graph/session';

/** Removes houses a test created, with their answers and involvements. */
export async function deleteHouses(ids: string[]): Promise<void> {
  await writeTx(async (tx) => {
    await tx.run('MATCH (a:Arrangement) WHERE a.houseId IN $ids DETACH DELETE a', { ids });
    await tx.run('MATCH (h:House) WHERE h.id IN $ids DETACH DELETE h', { ids });
  });
}
