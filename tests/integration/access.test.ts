import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { createInvitation, endInvitation } from '@/graph/repositories/invitations';
import { updateUserAccess } from '@/graph/repositories/users';
import { userFromHeaders } from '@/lib/edge/session';
import { assertHouseEdit, assertHouseRead } from '@/lib/use-cases/access';
import type { SessionUser } from '@/lib/domain/actor';
import { getAuth } from '@/lib/edge/auth';
import { listHousesFor } from '@/lib/use-cases/houses';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { deleteHouses } from '../support/graph-cleanup';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { uniqueHouseId } from '../support/unique-id';

/**
 * The edit check needs no read of its own and throws at once (lib/use-cases/access.ts); as a
 * promise it is asserted exactly like the read check beside it.
 */
const editCheck = async (user: SessionUser | null, houseId: string) => assertHouseEdit(user, houseId);

// The rules of lib/access.ts applied to real sessions and real graph data.
async function sessionUser(user: TestUser, now?: Date): Promise<SessionUser> {
  const headers = new Headers({ host: 'localhost:3000', 'x-netwerkkaart-client-address': `10.8.${Math.floor(Math.random() * 250)}.1` });
  const { headers: answer } = await getAuth().api.signInEmail({ body: { email: user.email, password: TEST_PASSWORD }, headers, returnHeaders: true });
  const cookie = /netwerkkaart\.session_token=[^;]+/.exec(answer.get('set-cookie') ?? '')![0];
  const resolved = await userFromHeaders(new Headers({ cookie }), now);
  if (!resolved) throw new Error('no session user');
  return resolved;
}

describe('access to houses', () => {
  const houseA = uniqueHouseId('acc');
  const houseB = uniqueHouseId('acc');
  const users: TestUser[] = [];
  let coordinator: TestUser;
  let kindEnGezin: TestUser;
  let facilitator: TestUser;
  let beheerder: TestUser;

  beforeAll(async () => {
    for (const [id, name] of [[houseA, 'Ahuis'], [houseB, 'Bhuis']]) {
      await createHouse({ id, name: `Huis van het Kind ${name}`, municipalities: [name], province: 'Limburg', urbanisation: 'buitengebied' });
    }
    coordinator = await createTestUser('coordinator', [houseA]);
    kindEnGezin = await createTestUser('kind_en_gezin');
    facilitator = await createTestUser('facilitator');
    beheerder = await createTestUser('beheerder');
    users.push(coordinator, kindEnGezin, facilitator, beheerder);
  });
  afterAll(async () => {
    await deleteUsers(users.map((u) => u.id));
    await deleteHouses([houseA, houseB]);
    await closeDriver();
  });

  it('refuses the coordinator of house A everything of house B', async () => {
    const user = await sessionUser(coordinator);
    expect(user.houseIds).toEqual([houseA]);
    await expect(assertHouseRead(user, houseA)).resolves.toBe(user);
    await expect(editCheck(user, houseA)).resolves.toBe(user);
    await expect(assertHouseRead(user, houseB)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(editCheck(user, houseB)).rejects.toBeInstanceOf(ForbiddenError);
    // A house that does not exist is refused the same way: its existence does not leak.
    await expect(assertHouseRead(user, 'bestaat-niet')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lets Kind en Gezin read every house but edit none, and says when a house does not exist', async () => {
    const user = await sessionUser(kindEnGezin);
    await expect(assertHouseRead(user, houseB)).resolves.toBe(user);
    await expect(editCheck(user, houseB)).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
    await expect(assertHouseRead(user, 'bestaat-niet')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets a facilitator work with a house only while its invitation runs', async () => {
    const invitation = await createInvitation({ houseId: houseA, facilitatorId: facilitator.id, from: '2030-03-01', until: '2030-03-31' }, beheerder.id);
    expect(invitation).not.toBeNull();
    const during = await sessionUser(facilitator, new Date('2030-03-15T10:00:00Z'));
    expect(during.houseIds).toEqual([houseA]);
    await expect(editCheck(during, houseA)).resolves.toBe(during);
    await expect(assertHouseRead(during, houseB)).rejects.toBeInstanceOf(ForbiddenError);
    // The last day counts in Belgian time; the day after does not.
    expect((await sessionUser(facilitator, new Date('2030-03-31T21:30:00Z'))).houseIds).toEqual([houseA]);
    expect((await sessionUser(facilitator, new Date('2030-03-31T22:30:00Z'))).houseIds).toEqual([]);
    expect((await sessionUser(facilitator, new Date('2030-02-28T12:00:00Z'))).houseIds).toEqual([]);
    // Ended early: refused at once, within the period.
    await endInvitation(invitation!, beheerder.id);
    const after = await sessionUser(facilitator, new Date('2030-03-15T10:00:00Z'));
    await expect(assertHouseRead(after, houseA)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('gives a facilitator every house whose invitation runs, and a coordinator every house they coordinate', async () => {
    // Issue 14, bug 1: the profile was grouped per invitation and only the first row read.
    const houseC = uniqueHouseId('acc');
    await createHouse({ id: houseC, name: 'Huis van het Kind Chuis', municipalities: ['Chuis'], province: 'Limburg', urbanisation: 'buitengebied' });
    const invited = await createTestUser('facilitator');
    const twoHouses = await createTestUser('coordinator', [houseA, houseB]);
    users.push(invited, twoHouses);
    try {
      for (const house of [houseA, houseB, houseC]) {
        expect(await createInvitation({ houseId: house, facilitatorId: invited.id, from: '2030-05-01', until: '2030-05-31' }, beheerder.id)).not.toBeNull();
      }
      const facilitating = await sessionUser(invited, new Date('2030-05-10T10:00:00Z'));
      expect(facilitating.houseIds).toEqual([houseA, houseB, houseC].sort());
      for (const house of [houseA, houseB, houseC]) await expect(editCheck(facilitating, house)).resolves.toBe(facilitating);
      expect((await listHousesFor(facilitating)).map((h) => h.id).sort()).toEqual([houseA, houseB, houseC].sort());

      const coordinating = await sessionUser(twoHouses);
      expect(coordinating.houseIds).toEqual([houseA, houseB].sort());
      for (const house of [houseA, houseB]) await expect(assertHouseRead(coordinating, house)).resolves.toBe(coordinating);
      expect((await listHousesFor(coordinating)).map((h) => h.id).sort()).toEqual([houseA, houseB].sort());
    } finally {
      await deleteHouses([houseC]);
    }
  });

  it('lets the beheerder read every house but not edit a map', async () => {
    const user = await sessionUser(beheerder);
    await expect(assertHouseRead(user, houseA)).resolves.toBe(user);
    await expect(editCheck(user, houseA)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('applies a changed role at the next request, without signing in again', async () => {
    const headers = new Headers({ host: 'localhost:3000', 'x-netwerkkaart-client-address': '10.7.0.1' });
    const { headers: answer } = await getAuth().api.signInEmail({ body: { email: coordinator.email, password: TEST_PASSWORD }, headers, returnHeaders: true });
    const cookie = new Headers({ cookie: /netwerkkaart\.session_token=[^;]+/.exec(answer.get('set-cookie') ?? '')![0] });
    expect((await userFromHeaders(cookie))!.houseIds).toEqual([houseA]);
    expect(await updateUserAccess(coordinator.id, { role: 'coordinator', houseIds: [houseB] }, beheerder.id)).toBe('done');
    const moved = (await userFromHeaders(cookie))!;
    expect(moved.houseIds).toEqual([houseB]);
    await expect(assertHouseRead(moved, houseA)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await updateUserAccess(coordinator.id, { role: 'coordinator', houseIds: ['bestaat-niet'] }, beheerder.id)).toBe('no-house');
  });

  it('refuses an unknown or forged session cookie', async () => {
    expect(await userFromHeaders(new Headers())).toBeNull();
    expect(await userFromHeaders(new Headers({ cookie: 'netwerkkaart.session_token=vervalst.handtekening' }))).toBeNull();
  });
});
