import { hashPassword } from 'better-auth/crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { claimAdminSetup, createAdminSetupLink } from '@/graph/repositories/admin-setup';
import { readTx, writeTx } from '@/graph/session';
import { deleteUsersByEmail } from '../support/test-users';

// Issue 15, item 4: five people opening the first-start link at the same moment made four
// beheerders. The token is now locked before it is checked: exactly one claim wins.
describe('the first-start link claimed five times at once', () => {
  const emails = Array.from({ length: 5 }, (_, i) => `eerste-${i}-${Date.now()}@voorbeeld.be`);
  const parked = "MATCH (u:User {role: 'beheerder'}) SET u.role = 'beheerder_geparkeerd'";
  const unpark = "MATCH (u:User {role: 'beheerder_geparkeerd'}) SET u.role = 'beheerder'";

  afterAll(async () => {
    await deleteUsersByEmail(emails);
    await writeTx(async (tx) => {
      await tx.run('MATCH (t:AdminSetupToken) DELETE t');
      await tx.run(unpark);
    });
    await closeDriver();
  });

  it('makes exactly one beheerder', async () => {
    // The shared test database may hold beheerders of other tests: out of sight for a moment.
    await writeTx((tx) => tx.run(parked));
    const link = await createAdminSetupLink('http://localhost:3000');
    const token = new URL(link!).searchParams.get('token')!;
    const passwordHash = await hashPassword('een-lang-genoeg-wachtwoord');
    const claims = await Promise.all(emails.map((email, i) => claimAdminSetup(token, { email, name: `Kandidaat ${i}`, passwordHash })));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const made = await readTx(async (tx) => (await tx.run("MATCH (u:User {role: 'beheerder'}) WHERE u.email IN $emails RETURN count(u) AS n", { emails })).records[0].get('n'));
    expect(made).toBe(1);
    const tokens = await readTx(async (tx) => (await tx.run('MATCH (t:AdminSetupToken) RETURN count(t) AS n')).records[0].get('n'));
    expect(tokens).toBe(0);
  });
});
