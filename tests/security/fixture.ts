import { randomBytes } from 'node:crypto';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { createInvitation } from '@/graph/repositories/invitations';
import { readTx, writeTx } from '@/graph/session';
import { brusselsDate } from '@/lib/brussels-date';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';

/**
 * Two houses and one user of every role, made straight in the test database for the security
 * tests, and removed afterwards: a coordinator of house A, Kind en Gezin, a facilitator invited
 * by house A (today included), and a beheerder.
 */
export interface SecurityFixture {
  houseA: string;
  houseB: string;
  coordinatorA: TestUser;
  kindEnGezin: TestUser;
  facilitatorA: TestUser;
  beheerder: TestUser;
  invitationId: string;
  password: string;
}

export async function createSecurityFixture(tag: string): Promise<SecurityFixture> {
  const suffix = randomBytes(4).toString('hex');
  const houseA = `${tag}-a-${suffix}`;
  const houseB = `${tag}-b-${suffix}`;
  await createHouse({ id: houseA, name: `Huis van het Kind Aadorp ${suffix}`, municipalities: ['Aadorp'], province: 'Limburg', urbanisation: 'buitengebied' });
  await createHouse({ id: houseB, name: `Huis van het Kind Bedorp ${suffix}`, municipalities: ['Bedorp'], province: 'Antwerpen', urbanisation: 'centrumstad' });
  const coordinatorA = await createTestUser('coordinator', [houseA], 'Coördinator Aadorp');
  const kindEnGezin = await createTestUser('kind_en_gezin', [], 'Kind en Gezin Test');
  const facilitatorA = await createTestUser('facilitator', [], 'Facilitator Test');
  const beheerder = await createTestUser('beheerder', [], 'Beheerder Test');
  const today = brusselsDate();
  const invitationId = await createInvitation({ houseId: houseA, facilitatorId: facilitatorA.id, from: today, until: today }, beheerder.id);
  if (!invitationId) throw new Error('fixture invitation failed');
  return { houseA, houseB, coordinatorA, kindEnGezin, facilitatorA, beheerder, invitationId, password: TEST_PASSWORD };
}

export async function removeSecurityFixture(f: SecurityFixture | undefined): Promise<void> {
  if (!f) return;
  await deleteUsers([f.coordinatorA.id, f.kindEnGezin.id, f.facilitatorA.id, f.beheerder.id]);
  await writeTx(async (tx) => {
    await tx.run('MATCH (i:Invitation) WHERE i.houseId IN $ids DETACH DELETE i', { ids: [f.houseA, f.houseB] });
    // Organisations only these houses named go with them; shared (regional) ones stay.
    await tx.run(
      `MATCH (h:House)-[:INVOLVES]->(a:Actor) WHERE h.id IN $ids
         AND NOT EXISTS { MATCH (a)<-[:INVOLVES]-(o:House) WHERE NOT o.id IN $ids }
       DETACH DELETE a`,
      { ids: [f.houseA, f.houseB] },
    );
    await tx.run('MATCH (h:House) WHERE h.id IN $ids DETACH DELETE h', { ids: [f.houseA, f.houseB] });
  });
  await closeDriver();
}

/** Number of audit records: a refused request must leave it unchanged. */
export function countChanges(): Promise<number> {
  return readTx(async (tx) => (await tx.run('MATCH (c:Change) RETURN count(c) AS n')).records[0].get('n') as number);
}

export async function exists(label: 'User' | 'House', key: 'email' | 'id', value: string): Promise<boolean> {
  return readTx(async (tx) => (await tx.run(`MATCH (n:${label} {${key}: $value}) RETURN count(n) > 0 AS found`, { value })).records[0].get('found') as boolean);
}
