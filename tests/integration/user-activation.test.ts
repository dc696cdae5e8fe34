import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { setUserActive } from '@/graph/repositories/user-activation';
import { listUsers } from '@/graph/repositories/users';
import { readTx } from '@/graph/session';
import { userFromHeaders } from '@/lib/edge/session';
import { getAuth } from '@/lib/edge/auth';
import { ACCOUNT_DEACTIVATED_MESSAGE } from '@/lib/edge/login-state';
import { deleteHouses } from '../support/graph-cleanup';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { uniqueHouseId } from '../support/unique-id';

function requestHeaders(extra: Record<string, string> = {}) {
  return new Headers({ host: 'localhost:3000', 'x-forwarded-for': `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, ...extra });
}

async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
  const { headers } = await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders(), returnHeaders: true });
  return /(netwerkkaart\.session_token=[^;]+)/.exec(headers.get('set-cookie') ?? '')![1];
}

const sessionsOf = (userId: string) => readTx(async (tx) => (await tx.run('MATCH (s:Session {userId: $userId}) RETURN count(s) AS n', { userId })).records[0].get('n') as number);
const changesOf = (userId: string) =>
  readTx(async (tx) => (await tx.run("MATCH (c:Change {target: $target}) WHERE c.action STARTS WITH 'user.' AND c.action ENDS WITH 'activate' RETURN c.action AS action, c.by AS by, c.to AS to ORDER BY c.at", { target: `user:${userId}` })).records.map((r) => r.toObject()));

describe('deactivating an account', () => {
  const houseId = uniqueHouseId();
  let person: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    await createHouse({ id: houseId, name: 'Huis van het Kind Slotdorp', municipalities: ['Slotdorp'], province: 'Limburg', urbanisation: 'buitengebied' });
    person = await createTestUser('coordinator', [houseId], 'Jan Coördinator');
    admin = await createTestUser('beheerder', [], 'Beheerder Activatie');
  });
  afterAll(async () => {
    await deleteUsers([person.id, admin.id]);
    await deleteHouses([houseId]);
    await closeDriver();
  });

  it('ends every session at once and refuses the next sign-in with a Dutch message, after the password', async () => {
    const [phone, laptop] = [await signIn(person.email), await signIn(person.email)];
    expect(await userFromHeaders(requestHeaders({ cookie: phone }))).toMatchObject({ id: person.id, houseIds: [houseId] });
    expect(await sessionsOf(person.id)).toBe(2);

    expect(await setUserActive(person.id, false, admin.id)).toBe('done');
    expect(await sessionsOf(person.id)).toBe(0);
    for (const cookie of [phone, laptop]) expect(await userFromHeaders(requestHeaders({ cookie }))).toBeNull();
    await expect(signIn(person.email)).rejects.toMatchObject({ statusCode: 403, body: { code: 'ACCOUNT_DEACTIVATED', message: ACCOUNT_DEACTIVATED_MESSAGE } });
    // A wrong password still gets the usual answer: the refusal tells nothing without the password.
    await expect(signIn(person.email, 'fout-wachtwoord-999')).rejects.toMatchObject({ statusCode: 401 });
    expect(await sessionsOf(person.id)).toBe(0);
    expect((await listUsers()).find((u) => u.id === person.id)).toMatchObject({ deactivated: true, houses: [{ id: houseId, name: 'Huis van het Kind Slotdorp' }] });
  });

  it('is reversible: activated again, the account signs in with its role and house; both steps are audited', async () => {
    expect(await setUserActive(person.id, false, admin.id)).toBe('unchanged');
    expect(await setUserActive(person.id, true, admin.id)).toBe('done');
    const cookie = await signIn(person.email);
    expect(await userFromHeaders(requestHeaders({ cookie }))).toMatchObject({ id: person.id, role: 'coordinator', houseIds: [houseId] });
    expect((await listUsers()).find((u) => u.id === person.id)?.deactivated).toBe(false);
    const changes = await changesOf(person.id);
    expect(changes.map((c) => [c.action, c.by])).toEqual([['user.deactivate', admin.id], ['user.reactivate', admin.id]]);
    expect(JSON.parse(changes[0].to as string)).toEqual({ email: person.email, sessions: 2 });
  });

  it('answers no-user for an account that does not exist, and writes nothing', async () => {
    expect(await setUserActive('bestaat-niet', false, admin.id)).toBe('no-user');
  });

});
