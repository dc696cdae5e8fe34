import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseHistory } from '@/graph/repositories/history';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { removeInvolvement } from '@/graph/repositories/involvement';
import { readTx, writeTx } from '@/graph/session';
import type { SessionUser } from '@/lib/domain/actor';
import { TieOutsideHouseError } from '@/lib/domain/ties/tie-rules';
import { ConflictError, ForbiddenError, StaleWriteError, ValidationError } from '@/lib/domain/errors';
import { changeTie, createTie, removeTie } from '@/lib/use-cases/ties/tie-writes';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

function user(role: SessionUser['role'], houseIds: string[] = []): SessionUser {
  return { id: `ties-test-${role}-${houseIds.join('-')}`, email: `${role}@test.netwerkkaart.local`, name: `Test ${role}`, role, houseIds };
}

async function newHouse(extra: { id: string; name: string }[] = []) {
  const fixture = await createNetworkFixture({
    actors: [
      { name: 'CLB Kempen', type: 'centrum-voor-leerlingenbegeleiding-clb', level: 'kernpartner' },
      { name: 'CAW De Kempen', type: 'caw', level: 'gemiddeld' },
      { name: 'OCMW Proefstede', type: 'ocmw', level: 'minimaal' },
      ...extra.map((a) => ({ ...a, type: 'caw', level: 'gemiddeld' as const, regional: true })),
    ],
  });
  created.push(fixture.houseId);
  return { ...fixture, coordinator: user('coordinator', [fixture.houseId]) };
}

/** Every WORKS_WITH in the database with this house id (whatever the reads would show). */
function storedTies(houseId: string) {
  return readTx(async (tx) => (await tx.run('MATCH (a)-[w:WORKS_WITH {houseId: $houseId}]->(b) RETURN a.id AS from, b.id AS to, w.kind AS kind ORDER BY from, to', { houseId })).records.map((r) => r.toObject()));
}

describe('ties between partners of a house', () => {
  it('draws a doorverwijzing (directed), reads it with the network and records it in the history', async () => {
    const { houseId, actorIds, coordinator } = await newHouse();
    const tie = await createTie(coordinator, houseId, { from: actorIds['CLB Kempen'], to: actorIds['CAW De Kempen'], kind: 'doorverwijzing', note: 'Warme overdracht', since: '2016' });
    expect(tie).toMatchObject({ kind: 'doorverwijzing', from: actorIds['CLB Kempen'], to: actorIds['CAW De Kempen'], note: 'Warme overdracht', since: 2016, version: 1, updatedBy: 'Test coordinator', fromName: 'CLB Kempen', toName: 'CAW De Kempen' });
    const network = (await readHouseNetwork(houseId))!;
    expect(network.ties).toEqual([{ id: tie.id, kind: 'doorverwijzing', from: actorIds['CLB Kempen'], to: actorIds['CAW De Kempen'], note: 'Warme overdracht', since: 2016, version: 1, updatedAt: expect.any(String), updatedBy: 'Test coordinator' }]);
    // The other direction is another doorverwijzing.
    await createTie(coordinator, houseId, { from: actorIds['CAW De Kempen'], to: actorIds['CLB Kempen'], kind: 'doorverwijzing' });
    expect(await storedTies(houseId)).toHaveLength(2);
    const history = await readHouseHistory(houseId, { target: `house:${houseId}/tie:${tie.id}` });
    expect(history.map((c) => [c.action, c.by, c.to])).toEqual([['tie.create', coordinator.id, { name: 'CLB Kempen – CAW De Kempen', kind: 'doorverwijzing', fromName: 'CLB Kempen', toName: 'CAW De Kempen', note: 'Warme overdracht', since: 2016 }]]);
  });

  it('keeps one tie of a kind per pair for the undirected kinds, whichever end is given first', async () => {
    const { houseId, actorIds, coordinator } = await newHouse();
    const [a, b] = [actorIds['CLB Kempen'], actorIds['OCMW Proefstede']];
    await createTie(coordinator, houseId, { from: b, to: a, kind: 'afstemming' });
    const again = await createTie(coordinator, houseId, { from: a, to: b, kind: 'afstemming' }).catch((e) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).userMessage).toBe('Deze afstemming staat al op de kaart.');
    // Another kind between the same two is a tie of its own.
    await createTie(coordinator, houseId, { from: a, to: b, kind: 'co-creatie' });
    expect((await storedTies(houseId)).map((t) => t.kind).sort()).toEqual(['afstemming', 'co-creatie']);
  });

  it('refuses bad input in Dutch and writes nothing', async () => {
    const { houseId, actorIds, coordinator } = await newHouse();
    const same = await createTie(coordinator, houseId, { from: actorIds['CLB Kempen'], to: actorIds['CLB Kempen'], kind: 'afstemming' }).catch((e) => e);
    expect(same).toBeInstanceOf(ValidationError);
    expect((same as ValidationError).userMessage).toContain('twee verschillende organisaties');
    const kind = await createTie(coordinator, houseId, { from: actorIds['CLB Kempen'], to: actorIds['CAW De Kempen'], kind: 'vriendschap' }).catch((e) => e);
    expect((kind as ValidationError).fieldErrors.kind).toEqual(['Kies een soort samenwerking: doorverwijzing, afstemming, co-creatie of informatie-uitwisseling.']);
    const year = await createTie(coordinator, houseId, { from: actorIds['CLB Kempen'], to: actorIds['CAW De Kempen'], kind: 'afstemming', since: '15' }).catch((e) => e);
    expect((year as ValidationError).fieldErrors.since).toEqual(['Geef een jaartal, bv. 2015.']);
    expect(await storedTies(houseId)).toEqual([]);
  });

  it('refuses a tie with an organisation of another house, on the server, naming neither', async () => {
    const mine = await newHouse();
    const other = await newHouse();
    const error = await createTie(mine.coordinator, mine.houseId, { from: mine.actorIds['CLB Kempen'], to: other.actorIds['CAW De Kempen'], kind: 'doorverwijzing' }).catch((e) => e);
    expect(error).toBeInstanceOf(TieOutsideHouseError);
    expect((error as TieOutsideHouseError).userMessage).not.toContain('CAW');
    // Nor with two organisations of the other house, drawn as this house.
    await expect(createTie(mine.coordinator, mine.houseId, { from: other.actorIds['CLB Kempen'], to: other.actorIds['CAW De Kempen'], kind: 'afstemming' })).rejects.toBeInstanceOf(TieOutsideHouseError);
    // Nor into the other house by its id: that is the other house's coordinator's.
    await expect(createTie(mine.coordinator, other.houseId, { from: other.actorIds['CLB Kempen'], to: other.actorIds['CAW De Kempen'], kind: 'afstemming' })).rejects.toBeInstanceOf(ForbiddenError);
    expect([...(await storedTies(mine.houseId)), ...(await storedTies(other.houseId))]).toEqual([]);
  });

  it('lets the coordinator and the invited facilitator draw, and neither Kind en Gezin nor the beheerder', async () => {
    const { houseId, actorIds } = await newHouse();
    const input = { from: actorIds['CLB Kempen'], to: actorIds['CAW De Kempen'], kind: 'informatie-uitwisseling' };
    for (const reader of [user('kind_en_gezin'), user('beheerder'), user('facilitator', [])]) await expect(createTie(reader, houseId, input)).rejects.toBeInstanceOf(ForbiddenError);
    await createTie(user('facilitator', [houseId]), houseId, input);
    expect(await storedTies(houseId)).toHaveLength(1);
  });

  it('refuses a change or removal based on an old version, with the tie as it is now', async () => {
    const { houseId, actorIds, coordinator } = await newHouse();
    const tie = await createTie(coordinator, houseId, { from: actorIds['CLB Kempen'], to: actorIds['CAW De Kempen'], kind: 'co-creatie' });
    const changed = await changeTie(coordinator, houseId, tie.id, { version: '1', note: 'Samen een voorleesmoment', since: '2019' });
    expect(changed).toMatchObject({ version: 2, note: 'Samen een voorleesmoment', since: 2019 });
    const stale = await changeTie(coordinator, houseId, tie.id, { version: '1', note: 'Iets anders' }).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleWriteError);
    expect((stale as StaleWriteError<{ note: string; version: number }>).current).toMatchObject({ note: 'Samen een voorleesmoment', version: 2 });
    await expect(removeTie(coordinator, houseId, tie.id, { version: '1' })).rejects.toBeInstanceOf(StaleWriteError);
    expect(await storedTies(houseId)).toHaveLength(1);
    await removeTie(coordinator, houseId, tie.id, { version: '2' });
    expect(await storedTies(houseId)).toEqual([]);
    const history = await readHouseHistory(houseId, { target: `house:${houseId}/tie:${tie.id}` });
    expect(history.map((c) => c.action)).toEqual(['tie.delete', 'tie.update', 'tie.create']);
    expect(history[1]).toMatchObject({ from: { note: null, since: null }, to: { note: 'Samen een voorleesmoment', since: 2019 } });
  });

  it('removes an organisation’s ties with it, and a regional organisation keeps its ties in the other house', async () => {
    const regional = { id: `regional-${Date.now()}`, name: 'CAW Regio' };
    const a = await newHouse([regional]);
    const b = await newHouse([regional]);
    await createTie(a.coordinator, a.houseId, { from: a.actorIds['CLB Kempen'], to: regional.id, kind: 'doorverwijzing' });
    await createTie(a.coordinator, a.houseId, { from: regional.id, to: a.actorIds['OCMW Proefstede'], kind: 'afstemming' });
    await createTie(a.coordinator, a.houseId, { from: a.actorIds['CLB Kempen'], to: a.actorIds['OCMW Proefstede'], kind: 'afstemming' });
    await createTie(b.coordinator, b.houseId, { from: regional.id, to: b.actorIds['CLB Kempen'], kind: 'co-creatie' });
    // Each house reads its own ties of the shared organisation only.
    expect((await readHouseNetwork(a.houseId))!.ties).toHaveLength(3);
    expect((await readHouseNetwork(b.houseId))!.ties!.map((t) => t.kind)).toEqual(['co-creatie']);

    await writeTx((tx) => removeInvolvement(tx, { houseId: a.houseId, by: a.coordinator.id, byName: a.coordinator.name, actorId: regional.id, expectedVersion: 1 }));
    expect((await storedTies(a.houseId)).map((t) => t.kind)).toEqual(['afstemming']);
    expect((await storedTies(b.houseId)).map((t) => [t.kind, [t.from, t.to].sort()])).toEqual([['co-creatie', [b.actorIds['CLB Kempen'], regional.id].sort()]]);
    const removed = (await readHouseHistory(a.houseId)).filter((c) => c.action === 'tie.delete');
    expect(removed.map((c) => (c.from as { name: string }).name).sort()).toEqual(['CLB Kempen – CAW Regio', 'OCMW Proefstede – CAW Regio']);
  });
});
