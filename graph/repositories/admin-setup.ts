import { createHash, randomBytes } from 'node:crypto';
import { readTx, writeTx } from '../session';
import { createCredentialUser } from './users';
import { SYSTEM_ACTORS } from '../../lib/domain/actor';

/**
 * The one-time link that creates the first beheerder. Only a SHA-256 hash of the token is
 * stored; the token itself exists only in the printed link. A new link replaces the old one.
 */
const ADMIN_SETUP_TTL_MS = 24 * 60 * 60 * 1000;

export function hashSetupToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function beheerderExists(): Promise<boolean> {
  return readTx(async (tx) => {
    const result = await tx.run<{ exists: boolean }>("MATCH (u:User {role: 'beheerder'}) RETURN count(u) > 0 AS exists");
    return result.records[0].get('exists');
  });
}

/**
 * When no beheerder exists: a fresh token (valid 24 hours) and the link to /beheer/start.
 * Returns null when there is a beheerder already. `baseUrl` is where the app is served,
 * e.g. http://localhost:3000.
 */
export async function createAdminSetupLink(baseUrl: string, now: Date = new Date()): Promise<string | null> {
  if (await beheerderExists()) return null;
  const token = randomBytes(32).toString('base64url');
  await writeTx(async (tx) => {
    await tx.run('MATCH (t:AdminSetupToken) DELETE t');
    await tx.run('CREATE (:AdminSetupToken {tokenHash: $tokenHash, createdAt: $createdAt, expiresAt: $expiresAt})', {
      tokenHash: hashSetupToken(token),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ADMIN_SETUP_TTL_MS).toISOString(),
    });
  });
  return `${baseUrl.replace(/\/+$/, '')}/beheer/start?token=${token}`;
}

/** Whether a token is the current, unexpired one (the page checks before it shows the form). */
export function isValidSetupToken(token: string, now: Date = new Date()): Promise<boolean> {
  return readTx(async (tx) => {
    const result = await tx.run<{ valid: boolean }>(
      `MATCH (t:AdminSetupToken {tokenHash: $tokenHash}) WHERE t.expiresAt > $now
       RETURN count(t) > 0 AS valid`,
      { tokenHash: hashSetupToken(token), now: now.toISOString() },
    );
    return result.records[0].get('valid');
  });
}

/**
 * Uses the token once: deletes it and creates the beheerder, in one transaction, so a token
 * can never make two accounts. The token's write lock is taken first and the token checked
 * again under it (as the password links do): of several claims at once, the first deletes the
 * token and the others find it gone. Returns the new user's id, or null when the token is
 * unknown, expired, already used or a beheerder already exists.
 */
export async function claimAdminSetup(
  token: string,
  account: { email: string; name: string; passwordHash: string },
  now: Date = new Date(),
): Promise<string | null> {
  return writeTx(async (tx) => {
    const params = { tokenHash: hashSetupToken(token), now: now.toISOString() };
    const locked = await tx.run<{ n: number }>('MATCH (t:AdminSetupToken {tokenHash: $tokenHash}) SET t.claimedAt = $now RETURN count(t) AS n', params);
    if (locked.records[0]?.get('n') === 0) return null;
    const claimed = await tx.run<{ beheerders: number }>(
      `MATCH (t:AdminSetupToken {tokenHash: $tokenHash}) WHERE t.expiresAt > $now
       OPTIONAL MATCH (b:User {role: 'beheerder'})
       WITH t, count(b) AS beheerders
       DELETE t
       RETURN beheerders`,
      params,
    );
    if (!claimed.records.length || claimed.records[0].get('beheerders') > 0) return null;
    return createCredentialUser(tx, { ...account, role: 'beheerder' }, SYSTEM_ACTORS.firstStart.id);
  });
}
