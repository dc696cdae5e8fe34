import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { readTx } from '@/graph/session';
import { userFromHeaders } from '@/lib/access';
import { getAuth } from '@/lib/auth';
import { deleteHouses } from '../support/graph-cleanup';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { uniqueHouseId } from '../support/unique-id';

function requestHeaders(extra: Record<string, string> = {}) {
  return new Headers({ host: 'localhost:3000', 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, ...extra });
}

async function signIn(email: string, password: string, headers = requestHeaders()) {
  return getAuth().api.signInEmail({ body: { email, password }, headers, returnHeaders: true });
}

function sessionCookie(setCookie: string | null): string {
  const match = /(netwerkkaart\.session_token=[^;]+)/.exec(setCookie ?? '');
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return match[1];
}

describe('sessions with Better Auth on Neo4j', () => {
  const houseId = uniqueHouseId();
  const users: TestUser[] = [];
  let coordinator: TestUser;

  beforeAll(async () => {
    await createHouse({ id: houseId, name: 'Huis van het Kind Sessiedorp', municipalities: ['Sessiedorp'], province: 'Limburg', urbanisation: 'buitengebied' });
    coordinator = await createTestUser('coordinator', [houseId]);
    users.push(coordinator);
  });
  afterAll(async () => {
    await deleteUsers(users.map((u) => u.id));
    await deleteHouses([houseId]);
    await closeDriver();
  });

  it('signs in with the right password and stores the session as a node', async () => {
    const { headers, response } = await signIn(coordinator.email, TEST_PASSWORD);
    expect(response.user.email).toBe(coordinator.email);
    const cookie = sessionCookie(headers.get('set-cookie'));
    const stored = await readTx(async (tx) => (await tx.run('MATCH (s:Session {userId: $id}) RETURN count(s) AS n', { id: coordinator.id })).records[0].get('n'));
    expect(stored).toBeGreaterThanOrEqual(1);
    const user = await userFromHeaders(requestHeaders({ cookie }));
    expect(user).toEqual({ id: coordinator.id, email: coordinator.email, name: 'Test coordinator', role: 'coordinator', houseIds: [houseId] });
  });

  it('refuses a wrong password without a session', async () => {
    await expect(signIn(coordinator.email, 'fout-wachtwoord-999')).rejects.toMatchObject({ statusCode: 401 });
  });

  it('gives a new session token at every sign-in', async () => {
    const first = sessionCookie((await signIn(coordinator.email, TEST_PASSWORD)).headers.get('set-cookie'));
    const second = sessionCookie((await signIn(coordinator.email, TEST_PASSWORD)).headers.get('set-cookie'));
    expect(first).not.toBe(second);
  });

  it('refuses the old cookie once signed out', async () => {
    const cookie = sessionCookie((await signIn(coordinator.email, TEST_PASSWORD)).headers.get('set-cookie'));
    expect(await userFromHeaders(requestHeaders({ cookie }))).not.toBeNull();
    await getAuth().api.signOut({ headers: requestHeaders({ cookie }) });
    expect(await userFromHeaders(requestHeaders({ cookie }))).toBeNull();
  });
});
