import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { findAccessProfile, findSessionAccessIn, type AccessProfile, type SessionAccess } from '@/graph/repositories/users';
import { localWriteCount, readTxStamped } from '@/graph/session';
import { getAuth, SESSION_SECONDS, SESSION_UPDATE_AGE_SECONDS } from './auth';
import { brusselsDate } from '../domain/brussels-date';
import { isRole } from '../domain/roles';
import type { SessionUser } from '../domain/actor';
import { signedCookieValue } from './session-cookie';

/**
 * From a request's session cookie to the signed-in user with role and houses. Better Auth owns
 * sessions; this reads them on the hot path in one query (session, user, role and houses
 * together, optionally in the transaction of the request's own data: lib/edge/session.ts) and leaves
 * every other case to Better Auth.
 */

/** The session token of the request's cookie, when its signature is valid; null otherwise. */
async function sessionTokenOf(source: Headers): Promise<string | null> {
  const context = await getAuth().$context;
  return signedCookieValue(source.get('cookie'), context.authCookies.sessionToken.name, context.secret);
}

/** The signed-in user of a request, and the commit stamp of the read that looked them up (null when none was read). */
export interface SessionLookup {
  user: SessionUser | null;
  stamp: string | null;
  /** localWriteCount() before the read: a later write by this process makes the stamp too old. */
  writesBefore: number;
}

/**
 * The user of a session read by findSessionAccessIn. Only a session that is valid and not yet due
 * for extension is taken as read; anything else (unknown, expired, due) goes through Better
 * Auth, which deletes or extends the session as it always does.
 */
async function resolveSessionUser(source: Headers, found: SessionAccess | null, now: Date): Promise<SessionUser | null> {
  if (found && sessionCurrent(found.expiresAt, now)) return sessionUserOf(found.profile);
  const session = await getAuth().api.getSession({ headers: source });
  if (!session) return null;
  return sessionUserOf(await findAccessProfile(session.user.id, brusselsDate(now)));
}

/**
 * The user behind a request's session cookie, with the commit stamp of the read, and (when
 * `read` is given) the request's own data read in the same transaction. The data is read before
 * the user is known: callers check access before they use it.
 */
export async function lookUpSessionWith<T>(
  source: Headers,
  read: ((tx: ManagedTransaction) => Promise<T>) | null,
  now: Date = new Date(),
): Promise<{ lookup: SessionLookup; data: T | undefined }> {
  const writesBefore = localWriteCount();
  const token = await sessionTokenOf(source);
  if (!token && !read) return { lookup: { user: null, stamp: null, writesBefore }, data: undefined };
  const {
    value: [found, data],
    stamp,
  } = await readTxStamped((tx) => Promise.all([token ? findSessionAccessIn(tx, token, brusselsDate(now)) : null, read ? read(tx) : undefined]));
  const user = token ? await resolveSessionUser(source, found, now) : null;
  return { lookup: { user, stamp, writesBefore }, data };
}

/** The user behind a request's session cookie, with the stamp of the read. */
export async function lookUpSession(source: Headers, now: Date = new Date()): Promise<SessionLookup> {
  return (await lookUpSessionWith(source, null, now)).lookup;
}

/** The user behind a request's session cookie, or null. Also for tests and route handlers. */
export async function userFromHeaders(source: Headers, now: Date = new Date()): Promise<SessionUser | null> {
  return (await lookUpSession(source, now)).user;
}

/** Not expired and not due for Better Auth's extension (updateAge after it was last extended). */
function sessionCurrent(expiresAt: string, now: Date): boolean {
  const ends = Date.parse(expiresAt);
  const lastExtended = ends - SESSION_SECONDS * 1000;
  return Number.isFinite(ends) && ends > now.getTime() && lastExtended + SESSION_UPDATE_AGE_SECONDS * 1000 > now.getTime();
}

function sessionUserOf(profile: AccessProfile | null): SessionUser | null {
  if (!profile || !isRole(profile.role)) return null;
  return {
    id: profile.id,
    email: profile.email,
    name: profile.name,
    role: profile.role,
    houseIds: profile.role === 'coordinator' ? profile.coordinates : profile.role === 'facilitator' ? profile.facilitates : [],
  };
}
