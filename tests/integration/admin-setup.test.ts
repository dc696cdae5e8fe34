import { hashPassword } from 'better-auth/crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { beheerderExists, claimAdminSetup, createAdminSetupLink, hashSetupToken, isValidSetupToken } from '@/graph/repositories/admin-setup';
import { readTx, writeTx } from '@/graph/session';
import { getAuth } from '@/lib/edge/auth';
import { deleteUsers } from '../support/test-users';

// The first-start link. When the database already has a beheerder (a developer's own), the
// link is refused, which is itself the rule under test.
describe('the one-time link that creates the first beheerder', () => {
  const created: string[] = [];
  afterAll(async () => {
    await deleteUsers(created);
    await writeTx((tx) => tx.run('MATCH (t:AdminSetupToken) DELETE t'));
    await closeDriver();
  });

  it('creates exactly one beheerder, once, and stores only a hash of the token', async () => {
    if (await beheerderExists()) {
      expect(await createAdminSetupLink('http://localhost:3000')).toBeNull();
      return;
    }
    const link = await createAdminSetupLink('http://localhost:3000/');
    expect(link).toMatch(/^http:\/\/localhost:3000\/beheer\/start\?token=[A-Za-z0-9_-]{43}$/);
    const token = new URL(link!).searchParams.get('token')!;
    const stored = await readTx(async (tx) => (await tx.run('MATCH (t:AdminSetupToken) RETURN t.tokenHash AS hash')).records.map((r) => r.get('hash')));
    expect(stored).toEqual([hashSetupToken(token)]);
    expect(stored[0]).not.toContain(token);
    expect(await isValidSetupToken(token)).toBe(true);
    expect(await isValidSetupToken(`${token}x`)).toBe(false);

    const email = `beheer-${Date.now()}@voorbeeld.be`;
    const passwordHash = await hashPassword('eerste-beheerder-wachtwoord');
    const id = await claimAdminSetup(token, { email, name: 'Eerste beheerder', passwordHash });
    expect(id).toBeTruthy();
    created.push(id!);
    expect(await beheerderExists()).toBe(true);
    // Used once: the token is gone, and no second link is made while a beheerder exists.
    expect(await claimAdminSetup(token, { email: `twee-${email}`, name: 'Tweede', passwordHash })).toBeNull();
    expect(await isValidSetupToken(token)).toBe(false);
    expect(await createAdminSetupLink('http://localhost:3000')).toBeNull();
    // The new beheerder signs in with the chosen password.
    const session = await getAuth().api.signInEmail({ body: { email, password: 'eerste-beheerder-wachtwoord' }, headers: new Headers({ 'x-netwerkkaart-client-address': '10.3.0.1' }) });
    expect(session.user.email).toBe(email);
  });

  it('refuses an expired token', async () => {
    if (await beheerderExists()) {
      await writeTx((tx) => tx.run("MATCH (u:User {role: 'beheerder'}) SET u.role = 'beheerder_tijdelijk'"));
    }
    try {
      const long_ago = new Date(Date.now() - 25 * 60 * 60 * 1000);
      const link = await createAdminSetupLink('http://localhost:3000', long_ago);
      const token = new URL(link!).searchParams.get('token')!;
      expect(await isValidSetupToken(token)).toBe(false);
      expect(await claimAdminSetup(token, { email: 'laat@voorbeeld.be', name: 'Te laat', passwordHash: 'x' })).toBeNull();
    } finally {
      await writeTx((tx) => tx.run("MATCH (u:User {role: 'beheerder_tijdelijk'}) SET u.role = 'beheerder'"));
    }
  });
});
