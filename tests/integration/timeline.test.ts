import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { writeTx } from '@/graph/session';
import { addNamedActor, removeInvolvement, saveInvolvement, saveTypeAnswer } from '@/graph/repositories/involvement';
import { readSnapshot, takeSnapshot } from '@/graph/repositories/snapshots';
import { networkAt } from '@/lib/domain/timeline/network-at';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { changesOf, shown } from '../support/map-rebuild';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

describe('the timeline', () => {
  it('rebuilds the map at a date exactly as a snapshot taken on that date froze it', async () => {
    const { houseId, actorIds } = await createNetworkFixture({
      answers: [{ type: 'ocmw', level: 'minimaal' }, { type: 'politie', level: 'gemiddeld' }],
      actors: [
        { name: 'CAW Proefstede', type: 'caw', level: 'nog_niet' },
        { name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' },
      ],
      forums: [{ name: 'Scholenoverleg', members: ['Basisschool De Linde'] }],
    });
    created.push(houseId);
    const ctx = { houseId, by: 'timeline-test', byName: 'Test' };
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'ocmw', expectedVersion: 1, change: { level: 'gemiddeld' } }));
    const bib = await writeTx((tx) => addNamedActor(tx, { ...ctx, typeCode: 'bibliotheek', name: 'Bibliotheek Proefstede', level: 'minimaal' }));
    const first = await takeSnapshot(ctx, 'Stand 1', (await readHouseNetwork(houseId))!);

    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'ocmw', expectedVersion: 2, change: { level: 'kernpartner' } }));
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'politie', expectedVersion: 1, change: { level: null } }));
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: actorIds['CAW Proefstede'], expectedVersion: 1, change: { level: 'minimaal' } }));
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: actorIds['Basisschool De Linde'], expectedVersion: 1, change: { level: 'gemiddeld', via: null } }));
    await writeTx((tx) => removeInvolvement(tx, { ...ctx, actorId: bib, expectedVersion: 1 }));
    await writeTx((tx) => addNamedActor(tx, { ...ctx, typeCode: 'vdab', name: 'VDAB Proefstede', level: 'gemiddeld' }));
    const second = await takeSnapshot(ctx, 'Stand 2', (await readHouseNetwork(houseId))!);
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'ocmw', expectedVersion: 3, change: { level: 'minimaal' } }));

    const now = (await readHouseNetwork(houseId))!;
    const changes = await changesOf(houseId);
    expect(changes.length).toBeGreaterThanOrEqual(9);
    for (const id of [first, second]) {
      const snapshot = (await readSnapshot(houseId, id))!;
      expect(shown(networkAt(now, changes, snapshot.takenAt)), snapshot.label).toEqual(shown(snapshot.network));
    }
    // Before anything was recorded: the fixture as it was written.
    const start = shown(networkAt(now, changes, '2000-01-01T00:00:00Z'));
    expect(start).toMatchObject({ 'type:ocmw': 'minimaal', 'type:politie': 'gemiddeld', [`actor:${actorIds['CAW Proefstede']}`]: 'nog_niet', [`actor:${actorIds['Basisschool De Linde']}`]: 'indirect via Scholenoverleg' });
    expect(Object.keys(start).some((k) => k.startsWith('actor:') && k.includes(bib))).toBe(false);
    expect(shown(networkAt(now, changes, new Date().toISOString()))).toEqual(shown(now));
  });
});
