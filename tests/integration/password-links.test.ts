import { hashPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { claimPasswordLink, createPasswordLink, findPasswordLink, hashLinkToken, PASSWORD_LINK_TTL_MS } from '@/graph/repositories/password-links';
import { readTx, writeTx } from '@/graph/session';
import { getAuth } from '@/lib/edge/auth';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';

const NEW_PASSWORD = 'een-nieuw-lang-wachtwoord';

function headers() {
  return new Headers({ host: 'localhost:3000', 'x-netwerkkaart-client-address': `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
}

async function signIn(email: string, password: string): Promise<boolean> {
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: headers() });
    return true;
  } catch {
    return false;
  }
}

const count = (cypher: string, params: Record<string, unknown>) => readTx(async (tx) => (await tx.run(cypher, params)).records[0].get('n') as number);

describe('one-time password links', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createTestUser('coordinator', [], 'Vergeten Wachtwoord');
  });
  afterAll(async () => {
    await writeTx((tx) => tx.run('MATCH (l:PasswordLink {userId: $id}) DELETE l', { id: user.id }));
    await deleteUsers([user.id]);
    await closeDriver();
  });

  it('sets a new password once, stores only the hash of the token, and ends every session', async () => {
    expect(await signIn(user.email, TEST_PASSWORD)).toBe(true);
    expect(await count('MATCH (s:Session {userId: $id}) RETURN count(s) AS n', { id: user.id })).toBeGreaterThan(0);

    const first = await createPasswordLink(user.id, 'beheerder-test');
    const token = (await createPasswordLink(user.id, 'beheerder-test'))!;
    // A new link replaces the previous one.
    expect(await findPasswordLink(first!)).toBeNull();
    expect(await findPasswordLink(token)).toMatchObject({ userId: user.id, email: user.email, name: 'Vergeten Wachtwoord' });
    const stored = await readTx(async (tx) => (await tx.run('MATCH (l:PasswordLink {userId: $id}) RETURN l.tokenHash AS hash', { id: user.id })).records.map((r) => r.get('hash')));
    expect(stored).toEqual([hashLinkToken(token)]);

    expect(await claimPasswordLink(token, await hashPassword(NEW_PASSWORD))).toMatchObject({ userId: user.id, email: user.email });
    expect(await count('MATCH (s:Session {userId: $id}) RETURN count(s) AS n', { id: user.id })).toBe(0);
    expect(await signIn(user.email, TEST_PASSWORD)).toBe(false);
    expect(await signIn(user.email, NEW_PASSWORD)).toBe(true);
    // Used: it works no more.
    expect(await claimPasswordLink(token, await hashPassword('nog-een-ander-wachtwoord'))).toBeNull();
    expect(await signIn(user.email, NEW_PASSWORD)).toBe(true);
    const audit = await readTx(async (tx) => (await tx.run("MATCH (c:Change {target: $target}) WHERE c.action STARTS WITH 'user.password' RETURN c.action AS a ORDER BY c.at", { target: `user:${user.id}` })).records.map((r) => r.get('a')));
    expect(audit).toEqual(['user.password_link', 'user.password_link', 'user.password_set']);
  });

  it('gives an account restored without its credential a password to sign in with', async () => {
    await writeTx((tx) => tx.run("MATCH (a:Account {userId: $id, providerId: 'credential'}) DELETE a", { id: user.id }));
    expect(await signIn(user.email, NEW_PASSWORD)).toBe(false);
    const token = (await createPasswordLink(user.id, 'beheerder-test'))!;
    expect(await claimPasswordLink(token, await hashPassword(NEW_PASSWORD))).not.toBeNull();
    expect(await count("MATCH (a:Account {userId: $id, providerId: 'credential'}) RETURN count(a) AS n", { id: user.id })).toBe(1);
    expect(await signIn(user.email, NEW_PASSWORD)).toBe(true);
  });

  it('lets one of two uses at the same moment through, and keeps one live link of two made at once', async () => {
    const token = (await createPasswordLink(user.id, 'beheerder-test'))!;
    const hash = await hashPassword(NEW_PASSWORD);
    const outcomes = await Promise.allSettled([claimPasswordLink(token, hash), claimPasswordLink(token, hash), claimPasswordLink(token, hash)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value !== null)).toHaveLength(1);
    const tokens = await Promise.all([createPasswordLink(user.id, 'beheerder-test'), createPasswordLink(user.id, 'beheerder-test')]);
    const live = await Promise.all(tokens.map((t) => findPasswordLink(t!)));
    expect(live.filter(Boolean)).toHaveLength(1);
    expect(await count('MATCH (l:PasswordLink {userId: $id}) RETURN count(l) AS n', { id: user.id })).toBe(1);
  });

  it('refuses an expired link and a link for nobody', async () => {
    const past = new Date(Date.now() - PASSWORD_LINK_TTL_MS - 60_000);
    const token = (await createPasswordLink(user.id, 'beheerder-test', past))!;
    expect(await findPasswordLink(token)).toBeNull();
    expect(await claimPasswordLink(token, await hashPassword('verlopen-wachtwoord-123'))).toBeNull();
    expect(await signIn(user.email, NEW_PASSWORD)).toBe(true);
    expect(await createPasswordLink('bestaat-niet', 'beheerder-test')).toBeNull();
  });
});
