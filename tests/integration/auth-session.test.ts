import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { readTx, writeTx } from '@/graph/session';
import { userFromHeaders } from '@/lib/edge/session';
import { getAuth } from '@/lib/edge/auth';
import { deleteHouses } from '../support/graph-cleanup';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { uniqueHouseId } from '../support/unique-id';

function requestHeaders(extra: Record<string, string> = {}) {
  return new Headers({ host: 'localhost:3000', 'x-netwerkkaart-client-address': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, ...extra });
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

  it('refuses a cookie whose signature does not match its token', async () => {
    const cookie = sessionCookie((await signIn(coordinator.email, TEST_PASSWORD)).headers.get('set-cookie'));
    const [name, value] = cookie.split('=');
    const [token, signature] = decodeURIComponent(value).split('.');
    const otherToken = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await userFromHeaders(requestHeaders({ cookie: `${name}=${encodeURIComponent(`${otherToken}.${signature}`)}` }))).toBeNull();
    expect(await userFromHeaders(requestHeaders({ cookie: `${name}=${encodeURIComponent(token)}` }))).toBeNull();
  });

  it('refuses an expired session and removes it, as Better Auth does', async () => {
    const cookie = sessionCookie((await signIn(coordinator.email, TEST_PASSWORD)).headers.get('set-cookie'));
    const token = decodeURIComponent(cookie.split('=')[1]).split('.')[0];
    await writeTx((tx) => tx.run('MATCH (s:Session {token: $token}) SET s.expiresAt = $past', { token, past: new Date(Date.now() - 60_000).toISOString() }));
    expect(await userFromHeaders(requestHeaders({ cookie }))).toBeNull();
    const left = await readTx(async (tx) => (await tx.run('MATCH (s:Session {token: $token}) RETURN count(s) AS n', { token })).records[0].get('n'));
    expect(left).toBe(0);
  });

  it('extends a session used after an hour, and reads a fresh one without writing', async () => {
    const cookie = sessionCookie((await signIn(coordinator.email, TEST_PASSWORD)).headers.get('set-cookie'));
    const token = decodeURIComponent(cookie.split('=')[1]).split('.')[0];
    const expiresAt = async () => readTx(async (tx) => (await tx.run('MATCH (s:Session {token: $token}) RETURN s.expiresAt AS at', { token })).records[0].get('at') as string);
    const fresh = await expiresAt();
    expect((await userFromHeaders(requestHeaders({ cookie })))?.id).toBe(coordinator.id);
    expect(await expiresAt()).toBe(fresh);
    // Signed in 2 hours ago: 10 hours left, due for extension back to 12.
    const due = new Date(Date.now() + 10 * 3_600_000).toISOString();
    await writeTx((tx) => tx.run('MATCH (s:Session {token: $token}) SET s.expiresAt = $due', { token, due }));
    expect((await userFromHeaders(requestHeaders({ cookie })))?.id).toBe(coordinator.id);
    expect(Date.parse(await expiresAt())).toBeGreaterThan(Date.now() + 11.9 * 3_600_000);
  });
});
