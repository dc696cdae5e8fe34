import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { readTx } from '@/graph/session';
import { demoLogin } from '@/lib/use-cases/demo-login';
import { getAuth } from '@/lib/edge/auth';
import { DEMO_FACILITATOR_EMAIL, DEMO_KIND_EN_GEZIN_EMAIL, DEMO_PASSWORD, demoCoordinatorEmail, ensureDemoAccounts } from '@/seed/demo/demo-accounts';
import { deleteHouses } from '../support/graph-cleanup';
import { deleteUsersByEmail } from '../support/test-users';
import { uniqueHouseId } from '../support/unique-id';

async function existingEmails(emails: string[]): Promise<string[]> {
  return readTx(async (tx) => (await tx.run('MATCH (u:User) WHERE u.email IN $emails RETURN collect(u.email) AS e', { emails })).records[0].get('e') as string[]);
}

describe('demo accounts', () => {
  const houses = [uniqueHouseId('demo-test'), uniqueHouseId('demo-test')];
  const shared = [DEMO_KIND_EN_GEZIN_EMAIL, DEMO_FACILITATOR_EMAIL];
  let sharedBefore: string[] = [];

  afterAll(async () => {
    const ours = [...houses.map(demoCoordinatorEmail), ...shared.filter((e) => !sharedBefore.includes(e))];
    await deleteUsersByEmail(ours);
    await deleteHouses(houses);
    await closeDriver();
  });

  it('makes one coordinator per fictional house, Kind en Gezin and a facilitator, once', async () => {
    sharedBefore = await existingEmails(shared);
    for (const id of houses) await createHouse({ id, name: `Huis van het Kind ${id} (fictief)`, municipalities: ['Demodorp'], province: 'Limburg', urbanisation: 'buitengebied', fictional: true });
    const first = await ensureDemoAccounts({ log: () => {} });
    expect(first.created).toBeGreaterThanOrEqual(houses.length);
    expect(await existingEmails([...houses.map(demoCoordinatorEmail), ...shared])).toHaveLength(houses.length + 2);
    expect((await ensureDemoAccounts({ log: () => {} })).created).toBe(0);

    const coordinator = await getAuth().api.signInEmail({ body: { email: demoCoordinatorEmail(houses[0]), password: DEMO_PASSWORD }, headers: new Headers({ 'x-netwerkkaart-client-address': '10.2.0.1' }) });
    expect(coordinator.user.email).toBe(demoCoordinatorEmail(houses[0]));
    const coordinates = await readTx(async (tx) => (await tx.run('MATCH (u:User {email: $e})-[:COORDINATES]->(h:House) RETURN collect(h.id) AS ids', { e: demoCoordinatorEmail(houses[0]) })).records[0].get('ids'));
    expect(coordinates).toEqual([houses[0]]);
  });

  it('are listed for the login page with their password', async () => {
    const login = await demoLogin();
    expect(login).not.toBeNull();
    expect(login!.password).toBe(DEMO_PASSWORD);
    expect(login!.accounts.slice(0, 2).map((a) => a.email)).toEqual(shared);
    expect(login!.coordinatorCount).toBeGreaterThanOrEqual(houses.length);
  });
});
