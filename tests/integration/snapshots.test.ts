import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseHistory } from '@/graph/repositories/history';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { writeTx } from '@/graph/session';
import { saveTypeAnswer } from '@/graph/repositories/involvement';
import { listSnapshots, readSnapshot, takeSnapshot } from '@/graph/repositories/snapshots';
import { diffNetworks } from '@/lib/domain/snapshot-diff';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

describe('snapshots', () => {
  const created: string[] = [];
  afterAll(async () => {
    await deleteNetworkFixtures(created);
    await closeDriver();
  });

  it('freezes the map, lists it, reads it back unchanged after later edits, and diffs it with now', async () => {
    const { houseId } = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }, { type: 'politie', level: 'gemiddeld' }] });
    created.push(houseId);
    const ctx = { houseId, by: 'user-test', byName: 'Test' };
    const frozen = (await readHouseNetwork(houseId))!;
    const id = await takeSnapshot(ctx, 'Stand januari 2027', frozen);
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'ocmw', expectedVersion: 1, change: { level: 'kernpartner' } }));
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'politie', expectedVersion: 1, change: { level: null } }));
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'bibliotheek', expectedVersion: 0, change: { level: 'minimaal' } }));

    expect(await listSnapshots(houseId)).toEqual([{ id, label: 'Stand januari 2027', takenAt: expect.any(String), takenBy: 'Test' }]);
    const snapshot = (await readSnapshot(houseId, id))!;
    expect(snapshot.network.types.find((t) => t.code === 'ocmw')!.answer!.level).toBe('minimaal');
    expect(await readSnapshot('another-house', id)).toBeNull();

    const diff = diffNetworks(snapshot.network, (await readHouseNetwork(houseId))!);
    expect(diff.added.map((d) => d.key)).toEqual(['type:bibliotheek']);
    expect(diff.removed.map((d) => [d.key, d.from])).toEqual([['type:politie', 'gemiddeld']]);
    expect(diff.changed.map((d) => [d.key, d.from, d.to])).toEqual([['type:ocmw', 'minimaal', 'kernpartner']]);
    expect((await readHouseHistory(houseId)).some((c) => c.action === 'snapshot.create')).toBe(true);
  });
});
