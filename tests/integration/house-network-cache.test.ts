import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readCurrentArrangementRows } from '@/graph/arrangement-cache';
import { readCurrentHouseNetwork } from '@/graph/house-network-cache';
import { writeArrangement } from '@/graph/repositories/arrangements';
import { saveTypeAnswer } from '@/graph/repositories/involvement';
import { commitStamp, localWriteCount, writeTx } from '@/graph/session';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

describe('house network and arrangements kept under a commit stamp', () => {
  const created: string[] = [];
  afterAll(async () => {
    await deleteNetworkFixtures(created);
    await closeDriver();
  });

  it('answers from the kept map only while nothing was committed, here or in another house', async () => {
    const { houseId } = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }] });
    const other = await createNetworkFixture({ answers: [{ type: 'caw', level: 'minimaal' }] });
    created.push(houseId, other.houseId);

    const before = await commitStamp();
    expect(before).toMatch(/^FB:/);
    const first = await readCurrentHouseNetwork(houseId, before);
    expect(first!.types.find((t) => t.code === 'ocmw')!.answer!.level).toBe('minimaal');
    // Nothing committed since: the same stamp, the same (frozen, shared) map.
    expect(await commitStamp()).toBe(before);
    const again = await readCurrentHouseNetwork(houseId, await commitStamp());
    expect(again).toBe(first);
    expect(Object.isFrozen(again!.types[0])).toBe(true);

    // A write in this house: a new stamp, and the map as it is now.
    const writes = localWriteCount();
    await writeTx((tx) => saveTypeAnswer(tx, { houseId, by: 'test', byName: 'Test', typeCode: 'ocmw', expectedVersion: 1, change: { level: 'kernpartner' } }));
    expect(localWriteCount()).toBe(writes + 1);
    const afterOwnWrite = await commitStamp();
    expect(afterOwnWrite).not.toBe(before);
    const changed = await readCurrentHouseNetwork(houseId, afterOwnWrite);
    expect(changed).not.toBe(first);
    expect(changed!.types.find((t) => t.code === 'ocmw')!.answer!.level).toBe('kernpartner');

    // A write anywhere else also moves the stamp, so the next view reads again.
    await writeTx((tx) => saveTypeAnswer(tx, { houseId: other.houseId, by: 'test', byName: 'Test', typeCode: 'caw', expectedVersion: 1, change: { level: 'gemiddeld' } }));
    const afterOtherWrite = await commitStamp();
    expect(afterOtherWrite).not.toBe(afterOwnWrite);
    const reread = await readCurrentHouseNetwork(houseId, afterOtherWrite);
    expect(reread).not.toBe(changed);
    expect(reread).toEqual(changed);
  });

  it('reads without keeping when there is no stamp, and never keeps a missing house', async () => {
    const { houseId } = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'gemiddeld' }] });
    created.push(houseId);
    const a = await readCurrentHouseNetwork(houseId, null);
    const b = await readCurrentHouseNetwork(houseId, null);
    expect(a).not.toBe(b);
    expect(Object.isFrozen(a)).toBe(false);
    const stamp = await commitStamp();
    expect(await readCurrentHouseNetwork('huis-bestaat-niet', stamp)).toBeNull();
    expect(await readCurrentHouseNetwork('huis-bestaat-niet', stamp)).toBeNull();
  });

  it("keeps a house's saved arrangements the same way: until anything is committed", async () => {
    const { houseId } = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }] });
    created.push(houseId);
    const stamp = await commitStamp();
    const none = await readCurrentArrangementRows(houseId, stamp);
    expect(none).toEqual([]);
    expect(await readCurrentArrangementRows(houseId, await commitStamp())).toBe(none);

    const saved = await writeArrangement({
      houseId,
      layout: 'ringen',
      positions: JSON.stringify({ house: { x: 0, y: 0 }, 'type:ocmw': { x: 210, y: -40 } }),
      expectedVersion: 0,
      byName: 'Cache Test',
      change: () => ({ by: 'cache-test', action: 'arrangement.save', target: `house:${houseId}/arrangement:ringen`, houseId }),
    });
    // The saved arrangement is seen at once: the save moved the stamp.
    const after = await commitStamp();
    expect(after).not.toBe(stamp);
    const rows = await readCurrentArrangementRows(houseId, after);
    expect(rows).toEqual([saved.row]);
    expect(Object.isFrozen(rows[0])).toBe(true);
    expect(await readCurrentArrangementRows(houseId, await commitStamp())).toBe(rows);
    // Without a stamp: read fresh every time, never kept.
    const fresh = await readCurrentArrangementRows(houseId, null);
    expect(fresh).toEqual(rows);
    expect(fresh).not.toBe(rows);
  });
});
