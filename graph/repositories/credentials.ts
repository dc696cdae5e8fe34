import { readTx } from '../session';

/**
 * Whether an e-mail address belongs to an account with a password (Better Auth's credential
 * (:Account), graph/auth/neo4j-adapter.ts): one read, so a sign-in for an unknown address can be
 * answered without hashing anything.
 */
export function hasPasswordCredential(email: string): Promise<boolean> {
  return readTx(async (tx) => {
    const result = await tx.run<{ has: boolean }>(
      `MATCH (u:User {email: $email})
       RETURN EXISTS { MATCH (a:Account {userId: u.id, providerId: 'credential'}) WHERE a.password IS NOT NULL } AS has`,
      { email: email.trim().toLowerCase() },
    );
    return result.records[0]?.get('has') ?? false;
  });
}
