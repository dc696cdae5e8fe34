import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readTx, writeTx } from '../session';
import { recordChange } from './audit';

/**
 * One-time links to set a password, made by the beheerder for one account: for a person who
 * forgot theirs, and for accounts restored from a backup (which never holds password hashes).
 * (:PasswordLink {tokenHash, userId, createdAt, expiresAt, createdBy}). Only a SHA-256 hash of
 * the token is stored; the token exists only in the link the beheerder passes on. A new link
 * replaces the account's previous one; using it sets the password and ends every session.
 */
export const PASSWORD_LINK_TTL_MS = 24 * 60 * 60 * 1000;

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh token for this user (the previous one no longer works); null when there is no such user. */
export async function createPasswordLink(userId: string, by: string, now: Date = new Date()): Promise<string | null> {
  const token = randomBytes(32).toString('base64url');
  const created = await writeTx(async (tx) => {
    // The account's write lock first, so two links made at once leave one working.
    const user = await tx.run('MATCH (u:User {id: $userId}) SET u.passwordLinkAt = $now RETURN u.email AS email', { userId, now: now.toISOString() });
    if (!user.records.length) return false;
    await tx.run(
      `MATCH (u:User {id: $userId})
       OPTIONAL MATCH (old:PasswordLink {userId: $userId})
       DELETE old
       WITH DISTINCT u
       CREATE (:PasswordLink {tokenHash: $tokenHash, userId: u.id, createdAt: $now, expiresAt: $expiresAt, createdBy: $by})`,
      { userId, tokenHash: hashLinkToken(token), now: now.toISOString(), expiresAt: new Date(now.getTime() + PASSWORD_LINK_TTL_MS).toISOString(), by },
    );
    await recordChange(tx, {
      by,
      action: 'user.password_link',
      target: `user:${userId}`,
      to: { email: user.records[0].get('email'), geldigTot: new Date(now.getTime() + PASSWORD_LINK_TTL_MS).toISOString() },
    });
    return true;
  });
  return created ? token : null;
}

export interface PasswordLinkAccount {
  userId: string;
  email: string;
  name: string;
}

/** The account a valid, unexpired token is for (the page shows whose password is set); null otherwise. */
export function findPasswordLink(token: string, now: Date = new Date()): Promise<PasswordLinkAccount | null> {
  return readTx(async (tx) => {
    const result = await tx.run<{ account: PasswordLinkAccount }>(
      `MATCH (l:PasswordLink {tokenHash: $tokenHash}) WHERE l.expiresAt > $now
       MATCH (u:User {id: l.userId})
       RETURN u { userId: u.id, .email, name: coalesce(u.name, '') } AS account`,
      { tokenHash: hashLinkToken(token), now: now.toISOString() },
    );
    return result.records[0]?.get('account') ?? null;
  });
}

/**
 * Uses the token once, in one transaction: deletes it, sets the password on the account's
 * credential (making one for an account restored without it) and ends every session of the
 * account. Returns the account, or null when the token is unknown, used or expired.
 */
export function claimPasswordLink(token: string, passwordHash: string, now: Date = new Date()): Promise<PasswordLinkAccount | null> {
  return writeTx(async (tx) => {
    const params = { tokenHash: hashLinkToken(token), now: now.toISOString(), accountId: randomUUID(), passwordHash };
    // Take the link's write lock first, then check it again under the lock: of two uses at
    // once, the second finds it deleted.
    const locked = await tx.run('MATCH (l:PasswordLink {tokenHash: $tokenHash}) SET l.claimedAt = $now RETURN l.userId AS userId', params);
    if (!locked.records.length) return null;
    const result = await tx.run<{ account: PasswordLinkAccount }>(
      `MATCH (l:PasswordLink {tokenHash: $tokenHash}) WHERE l.expiresAt > $now
       MATCH (u:User {id: l.userId})
       DELETE l
       MERGE (a:Account {userId: u.id, providerId: 'credential'})
         ON CREATE SET a.id = $accountId, a.accountId = u.id, a.createdAt = $now
       SET a.password = $passwordHash, a.updatedAt = $now
       WITH u
       OPTIONAL MATCH (s:Session {userId: u.id})
       DELETE s
       WITH DISTINCT u
       RETURN u { userId: u.id, .email, name: coalesce(u.name, '') } AS account`,
      params,
    );
    const account = result.records[0]?.get('account') ?? null;
    if (account) await recordChange(tx, { by: account.userId, action: 'user.password_set', target: `user:${account.userId}`, to: { email: account.email } });
    return account;
  });
}
