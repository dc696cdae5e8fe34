import { createHash, randomBytes } from 'node:crypto';
import { closeDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { createInvitation } from '@/graph/repositories/invitations';
import { addParticipant, createWorkshop } from '@/graph/repositories/workshops';
import { readTx, writeTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';

/**
 * Two houses and one user of every role, made straight in the test database for the security
 * tests, and removed afterwards: a coordinator of house A, Kind en Gezin, a facilitator invited
 * by house A (today included), and a beheerder; an open workshop per house, each with one
 * participant whose token the tests hold.
 */
export interface SecurityFixture {
  houseA: string;
  houseB: string;
  houseNames: Record<string, string>;
  /** The open workshop's code per house id. */
  workshops: Record<string, string>;
  /** The participant token of each house's workshop, per house id. */
  participantTokens: Record<string, string>;
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
  const houseNames = { [houseA]: `Huis van het Kind Aadorp ${suffix}`, [houseB]: `Huis van het Kind Bedorp ${suffix}` };
  await createHouse({ id: houseA, name: houseNames[houseA], municipalities: ['Aadorp'], province: 'Limburg', urbanisation: 'buitengebied' });
  await createHouse({ id: houseB, name: houseNames[houseB], municipalities: ['Bedorp'], province: 'Antwerpen', urbanisation: 'centrumstad' });
  const coordinatorA = await createTestUser('coordinator', [houseA], 'Coördinator Aadorp');
  const kindEnGezin = await createTestUser('kind_en_gezin', [], 'Kind en Gezin Test');
  const facilitatorA = await createTestUser('facilitator', [], 'Facilitator Test');
  const beheerder = await createTestUser('beheerder', [], 'Beheerder Test');
  const today = brusselsDate();
  const invitationId = await createInvitation({ houseId: houseA, facilitatorId: facilitatorA.id, from: today, until: today }, beheerder.id);
  if (!invitationId) throw new Error('fixture invitation failed');
  const workshops: Record<string, string> = {};
  const participantTokens: Record<string, string> = {};
  for (const [house, code] of [[houseA, fixtureCode()], [houseB, fixtureCode()]] as const) {
    const now = new Date();
    await createWorkshop({ code, houseId: house, by: beheerder.id, byName: 'Test', opensAt: now, closesAt: new Date(now.getTime() + 3_600_000), beforeSnapshotId: 'geen' });
    const token = randomBytes(32).toString('base64url');
    await addParticipant(code, { id: `participant-${randomBytes(6).toString('hex')}`, name: 'Deelnemer Test', tokenHash: createHash('sha256').update(token).digest('hex') });
    workshops[house] = code;
    participantTokens[house] = token;
  }
  return { houseA, houseB, houseNames, workshops, participantTokens, coordinatorA, kindEnGezin, facilitatorA, beheerder, invitationId, password: TEST_PASSWORD };
}

/** A random join code (same alphabet as lib/workshop/code.ts). */
function fixtureCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(6), (b) => alphabet[b % 32]).join('');
}

export async function removeSecurityFixture(f: SecurityFixture | undefined): Promise<void> {
  if (!f) return;
  await deleteUsers([f.coordinatorA.id, f.kindEnGezin.id, f.facilitatorA.id, f.beheerder.id]);
  await writeTx(async (tx) => {
    await tx.run('MATCH (i:Invitation) WHERE i.houseId IN $ids DETACH DELETE i', { ids: [f.houseA, f.houseB] });
    await removeWorkshopsOf(tx, [f.houseA, f.houseB]);
    // Organisations only these houses named go with them; shared (regional) ones stay.
    await tx.run(
      `MATCH (h:House)-[:INVOLVES]->(a:Actor) WHERE h.id IN $ids
         AND NOT EXISTS { MATCH (a)<-[:INVOLVES]-(o:House) WHERE NOT o.id IN $ids }
       DETACH DELETE a`,
      { ids: [f.houseA, f.houseB] },
    );
    await tx.run('MATCH (a:Arrangement) WHERE a.houseId IN $ids DETACH DELETE a', { ids: [f.houseA, f.houseB] });
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

/** Every workshop of these houses with its participants, proposals, events and snapshots. */
export async function removeWorkshopsOf(tx: import('neo4j-driver').ManagedTransaction, houseIds: string[]): Promise<void> {
  const codes = (await tx.run('MATCH (w:Workshop) WHERE w.houseId IN $houseIds RETURN collect(w.code) AS codes', { houseIds })).records[0].get('codes') as string[];
  await tx.run('MATCH (n) WHERE (n:Participant OR n:Proposal OR n:WorkshopEvent) AND n.code IN $codes DETACH DELETE n', { codes });
  await tx.run('MATCH (w:Workshop) WHERE w.code IN $codes DETACH DELETE w', { codes });
  await tx.run('MATCH (s:Snapshot)-[:OF]->(h:House) WHERE h.id IN $houseIds DETACH DELETE s', { houseIds });
}
