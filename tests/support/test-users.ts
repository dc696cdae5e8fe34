import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { createCredentialUser } from '@/graph/repositories/users';
import { readTx, writeTx } from '@/graph/session';
import type { Role } from '@/lib/domain/roles';

export const TEST_PASSWORD = 'juist-wachtwoord-123';

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** A user with a unique email, signing in with TEST_PASSWORD. */
export async function createTestUser(role: Role, houseIds: string[] = [], name = `Test ${role}`): Promise<TestUser> {
  const email = `${role}-${randomBytes(5).toString('hex')}@test.netwerkkaart.local`;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const id = await writeTx((tx) => createCredentialUser(tx, { email, name, role, passwordHash, houseIds }, 'test'));
  return { id, email, password: TEST_PASSWORD };
}

/** Removes users a test created, with their sessions, accounts and invitations. */
export async function deleteUsers(ids: string[]): Promise<void> {
  await writeTx(async (tx) => {
    await tx.run('MATCH (n) WHERE (n:Session OR n:Account) AND n.userId IN $ids DELETE n', { ids });
    await tx.run('MATCH (i:Invitation) WHERE i.facilitatorId IN $ids DETACH DELETE i', { ids });
    await tx.run('MATCH (u:User) WHERE u.id IN $ids DETACH DELETE u', { ids });
  });
}

export async function deleteUsersByEmail(emails: string[]): Promise<void> {
  const ids = await readTx(async (tx) => (await tx.run('MATCH (u:User) WHERE u.email IN $emails RETURN collect(u.id) AS ids', { emails })).records[0].get('ids') as string[]);
  await deleteUsers(ids);
}
