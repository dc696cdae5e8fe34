import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { writeTx } from '@/graph/session';
import { addCustomType } from '@/graph/repositories/custom-types';
import { addForum, setForumMembership } from '@/graph/repositories/forums';
import { readHouseHistory } from '@/graph/repositories/history';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { addNamedActor, removeInvolvement, saveInvolvement, saveTypeAnswer } from '@/graph/repositories/involvement';
import { StaleWriteError, ValidationError } from '@/lib/domain/errors';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

async function newHouse(network: Parameters<typeof createNetworkFixture>[0] = {}) {
  const fixture = await createNetworkFixture(network);
  created.push(fixture.houseId);
  return { ...fixture, ctx: { houseId: fixture.houseId, by: 'user-test', byName: 'Test Coördinator' } };
}

describe('type answers', () => {
  it('saves an answer, bumps its version and records the change', async () => {
    const { ctx } = await newHouse();
    const state = await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'ocmw', expectedVersion: 0, change: { level: 'gemiddeld' } }));
    expect(state).toMatchObject({ level: 'gemiddeld', version: 1 });
    const again = await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'ocmw', expectedVersion: 1, change: { level: 'kernpartner', note: 'Stuurgroep' } }));
    expect(again).toMatchObject({ level: 'kernpartner', note: 'Stuurgroep', version: 2 });
    const answer = (await readHouseNetwork(ctx.houseId))!.types.find((t) => t.code === 'ocmw')!.answer!;
    expect(answer).toMatchObject({ level: 'kernpartner', note: 'Stuurgroep', version: 2, derived: false, updatedBy: 'Test Coördinator' });
    const history = await readHouseHistory(ctx.houseId, { target: `house:${ctx.houseId}/type:ocmw` });
    expect(history.map((c) => [c.action, c.from, c.to])).toEqual([
      ['answer.update', { name: 'OCMW', level: 'gemiddeld', note: null }, { level: 'kernpartner', note: 'Stuurgroep' }],
      ['answer.update', { name: 'OCMW', level: null }, { level: 'gemiddeld' }],
    ]);
  });

  it('refuses a stale write and reports the current value', async () => {
    const { ctx } = await newHouse({ answers: [{ type: 'bibliotheek', level: 'minimaal' }] });
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'bibliotheek', expectedVersion: 1, change: { level: 'gemiddeld' } }));
    const error = await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'bibliotheek', expectedVersion: 1, change: { level: 'niet' } })).catch((e) => e);
    expect(error).toBeInstanceOf(StaleWriteError);
    expect((error as StaleWriteError<{ level: string; version: number }>).current).toMatchObject({ level: 'gemiddeld', version: 2 });
    expect((await readHouseNetwork(ctx.houseId))!.types.find((t) => t.code === 'bibliotheek')!.answer!.level).toBe('gemiddeld');
  });

  it('refuses one of two concurrent writes based on the same version', async () => {
    const { ctx } = await newHouse({ answers: [{ type: 'politie', level: 'niet' }] });
    const results = await Promise.allSettled([
      writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'politie', expectedVersion: 1, change: { level: 'nog_niet' } })),
      writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'politie', expectedVersion: 1, change: { level: 'minimaal' } })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(StaleWriteError)]);
  });

  it('removes an answer with level null ("geen antwoord")', async () => {
    const { ctx } = await newHouse({ answers: [{ type: 'politie', level: 'niet' }] });
    await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'politie', expectedVersion: 1, change: { level: null } }));
    expect((await readHouseNetwork(ctx.houseId))!.types.find((t) => t.code === 'politie')!.answer).toBeNull();
  });
});

describe('named organisations', () => {
  it('derives the type answer from the strongest organisation, and keeps it in step', async () => {
    const { ctx } = await newHouse({ answers: [{ type: 'caw', level: 'minimaal' }] });
    const first = await writeTx((tx) => addNamedActor(tx, { ...ctx, typeCode: 'caw', name: 'CAW Oost', level: 'gemiddeld' }));
    const second = await writeTx((tx) => addNamedActor(tx, { ...ctx, typeCode: 'caw', name: 'CAW West', level: 'nog_niet' }));
    let network = (await readHouseNetwork(ctx.houseId))!;
    expect(network.types.find((t) => t.code === 'caw')!.answer).toMatchObject({ level: 'gemiddeld', derived: true });
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: second, expectedVersion: 1, change: { level: 'kernpartner', owner: 'Sofie', nextStep: 'Uitnodigen stuurgroep', due: '2027-03-01' } }));
    network = (await readHouseNetwork(ctx.houseId))!;
    expect(network.types.find((t) => t.code === 'caw')!.answer).toMatchObject({ level: 'kernpartner', derived: true });
    expect(network.actors.find((a) => a.id === second)).toMatchObject({ level: 'kernpartner', owner: 'Sofie', due: '2027-03-01', version: 2 });
    // A derived answer cannot be set by hand.
    const version = network.types.find((t) => t.code === 'caw')!.answer!.version;
    await expect(writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'caw', expectedVersion: version, change: { level: 'niet' } }))).rejects.toBeInstanceOf(ValidationError);
    await writeTx((tx) => removeInvolvement(tx, { ...ctx, actorId: second, expectedVersion: 2 }));
    network = (await readHouseNetwork(ctx.houseId))!;
    expect(network.actors.map((a) => a.id)).toEqual([first]);
    expect(network.types.find((t) => t.code === 'caw')!.answer).toMatchObject({ level: 'gemiddeld', derived: true });
  });

  it('records the derived answer with the level change that moves it, and nothing for a change that leaves it', async () => {
    // The organisation's write, the type's derived answer and both audit records are one statement (issue 20).
    const { ctx, actorIds } = await newHouse({
      answers: [{ type: 'caw', level: 'gemiddeld', derived: true }],
      actors: [
        { name: 'CAW Oost', type: 'caw', level: 'gemiddeld' },
        { name: 'CAW West', type: 'caw', level: 'minimaal' },
      ],
    });
    const west = actorIds['CAW West'];
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: west, expectedVersion: 1, change: { level: 'kernpartner' } }));
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: west, expectedVersion: 2, change: { note: 'Zitdag in het huis' } }));
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: actorIds['CAW Oost'], expectedVersion: 1, change: { level: 'indirect' } }));
    const typeHistory = await readHouseHistory(ctx.houseId, { target: `house:${ctx.houseId}/type:caw` });
    expect(typeHistory.map((c) => [c.action, c.from, c.to])).toEqual([['answer.derive', { name: 'CAW', level: 'gemiddeld' }, { level: 'kernpartner' }]]);
    const actorHistory = await readHouseHistory(ctx.houseId, { target: `house:${ctx.houseId}/actor:${west}` });
    expect(actorHistory.map((c) => [c.action, c.from, c.to])).toEqual([
      ['involvement.update', { name: 'CAW West', note: null }, { note: 'Zitdag in het huis' }],
      ['involvement.update', { name: 'CAW West', level: 'minimaal' }, { level: 'kernpartner' }],
    ]);
    const answer = (await readHouseNetwork(ctx.houseId))!.types.find((t) => t.code === 'caw')!.answer!;
    expect(answer).toMatchObject({ level: 'kernpartner', derived: true, version: 2 });
  });

  it('refuses a stale involvement write with the current value', async () => {
    const { ctx, actorIds } = await newHouse({ actors: [{ name: 'Bib Noord', type: 'bibliotheek', level: 'minimaal' }] });
    const id = actorIds['Bib Noord'];
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: id, expectedVersion: 1, change: { note: 'Voorleesuurtjes' } }));
    const error = await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: id, expectedVersion: 1, change: { level: 'niet' } })).catch((e) => e);
    expect(error).toBeInstanceOf(StaleWriteError);
    expect(error.current).toMatchObject({ level: 'minimaal', note: 'Voorleesuurtjes', version: 2 });
  });

  it('links an indirect organisation through a forum of the house, and makes it a member', async () => {
    const { ctx, actorIds } = await newHouse({ actors: [{ name: 'School Zuid', type: 'school-scholen', level: 'minimaal' }] });
    const forumId = await writeTx((tx) => addForum(tx, { ...ctx, name: 'Scholenoverleg' }));
    await writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: actorIds['School Zuid'], expectedVersion: 1, change: { level: 'indirect', via: forumId } }));
    const network = (await readHouseNetwork(ctx.houseId))!;
    expect(network.actors[0]).toMatchObject({ level: 'indirect', via: forumId, forums: [{ id: forumId, name: 'Scholenoverleg' }] });
    expect(network.forums).toEqual([{ id: forumId, name: 'Scholenoverleg', regional: false, members: [actorIds['School Zuid']] }]);
    await writeTx((tx) => setForumMembership(tx, { ...ctx, forumId, actorId: actorIds['School Zuid'], member: false }));
    expect((await readHouseNetwork(ctx.houseId))!.forums[0].members).toEqual([]);
    await expect(writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId: actorIds['School Zuid'], expectedVersion: 2, change: { via: 'forum-of-someone-else' } }))).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('custom types', () => {
  it('adds an "Andere" type visible only to its own house', async () => {
    const { ctx } = await newHouse();
    const other = await newHouse();
    const code = await writeTx((tx) => addCustomType(tx, { ...ctx, name: 'Buurtsportcoach', cluster: 'opvang-vrije-tijd', level: 'minimaal' }));
    const mine = (await readHouseNetwork(ctx.houseId))!.types.find((t) => t.code === code);
    expect(mine).toMatchObject({ name: 'Buurtsportcoach', catalogue: false, cluster: 'opvang-vrije-tijd', answer: { level: 'minimaal' } });
    expect((await readHouseNetwork(other.houseId))!.types.some((t) => t.code === code)).toBe(false);
  });
});
