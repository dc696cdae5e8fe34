import 'server-only';
import { headers as requestHeaders } from 'next/headers';
import { cache } from 'react';
import type { ManagedTransaction } from 'neo4j-driver';
import { commitStamp, localWriteCount, readTx } from '@/graph/session';
import { UnauthenticatedError } from '../domain/errors';
import { lookUpSession, lookUpSessionWith, type SessionLookup } from './session-user';
import type { SessionUser } from '../domain/actor';

/**
 * The acting user of a request: every page, route handler and server action resolves the
 * signed-in user here and passes it to the use cases, which check role and house themselves
 * (lib/use-cases/access.ts, with the rules of lib/domain/access-rules.ts). The session comes from
 * Better Auth (lib/edge/auth.ts), the role and houses fresh from the graph on every request, so a
 * changed role or an ended invitation counts at once.
 *
 * Errors: UnauthenticatedError (no session: send to /aanmelden).
 */

export { userFromHeaders } from './session-user';

// React's cache() memoises only while rendering; route handlers and server actions get the same
// request headers object for the whole request, so the user is looked up once there too.
const perRequest = new WeakMap<object, Promise<SessionLookup>>();

async function requestSession(): Promise<SessionLookup> {
  const source = await requestHeaders();
  let lookup = perRequest.get(source);
  if (!lookup) {
    lookup = lookUpSession(source);
    perRequest.set(source, lookup);
  }
  return lookup;
}

/** The signed-in user of this request, or null (once per request). */
export const optionalUser = cache(async (): Promise<SessionUser | null> => (await requestSession()).user);

/**
 * A commit stamp of the database for this request's next reads: the one of its session read,
 * unless this process has written since (a server action that saves and then shows the page
 * again), then a new one. Reads made after it can be answered from a copy kept under the same
 * stamp (graph/house-network-cache.ts).
 */
export async function requestCommitStamp(): Promise<string | null> {
  const lookup = await requestSession();
  if (lookup.stamp && lookup.writesBefore === localWriteCount()) return lookup.stamp;
  return commitStamp();
}

/**
 * The signed-in user (or null) and the request's own data, read in one transaction: the hot path
 * of a workshop decision, one round of the database instead of two. The data is read before the
 * user is known, so the caller must check access before it uses it (and must not tell the
 * visitor anything about it otherwise). The user counts for the rest of the request like
 * optionalUser's.
 */
export async function userAlongside<T>(read: (tx: ManagedTransaction) => Promise<T>): Promise<{ user: SessionUser | null; data: T }> {
  const source = await requestHeaders();
  const known = perRequest.get(source);
  if (known) {
    // Someone asked first (the layout's header): that lookup and this read run side by side.
    const [lookup, data] = await Promise.all([known, readTx(read)]);
    return { user: lookup.user, data };
  }
  const looked = lookUpSessionWith(source, read);
  perRequest.set(
    source,
    looked.then((r) => r.lookup),
  );
  const { lookup, data } = await looked;
  return { user: lookup.user, data: data as T };
}

/** The signed-in user; throws UnauthenticatedError when there is none. */
export async function requireUser(): Promise<SessionUser> {
  const user = await optionalUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
