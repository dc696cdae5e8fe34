import 'server-only';
import { hashPassword } from 'better-auth/crypto';
import { claimPasswordLink, createPasswordLink, findPasswordLink, type PasswordLinkAccount } from '@/graph/repositories/password-links';
import { assertAdmin } from './access';
import type { SessionUser } from '../domain/actor';
import { NotFoundError } from '../domain/errors';

/**
 * Setting a password without e-mail: the beheerder makes a one-time link for an account and
 * passes it on (graph/repositories/password-links.ts); the person opens it and chooses a new
 * password. For a forgotten password, and for accounts restored from a backup.
 */

/** The path of a new link for this account (beheerder only); the previous link stops working. */
export async function issuePasswordLink(user: SessionUser, userId: string): Promise<string> {
  const admin = assertAdmin(user);
  const token = await createPasswordLink(userId, admin.id);
  if (!token) throw new NotFoundError(`user ${userId}`);
  return `/wachtwoord?token=${token}`;
}

/** Whose password a token sets, while it is valid; null otherwise (the page shows why). */
export function passwordLinkAccount(token: string): Promise<PasswordLinkAccount | null> {
  return findPasswordLink(token);
}

/** Sets the password with the token, once; null when the token is unknown, used or expired. */
export async function setPasswordWithLink(token: string, password: string): Promise<PasswordLinkAccount | null> {
  // A cheap read first: a made-up token never makes the server hash (scrypt is costly on purpose).
  if (!(await findPasswordLink(token))) return null;
  // Better Auth's own hasher (scrypt), the same one sign-in verifies with.
  return claimPasswordLink(token, await hashPassword(password));
}
