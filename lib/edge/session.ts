import 'server-only';
import { headers as requestHeaders } from 'next/headers';
import { cache } from 'react';
import type { ManagedTransaction } from 'neo4j-driver';
import { houseExists } from '@/graph/repositories/users';
import { commitStamp, localWriteCount, readTx } from '@/graph/session';
import { canAdminister, canEditHouse, canReadAgencyOverview, canReadHouse, canRunWorkshop, readsAllHouses } from '../domain/access-rules';
import { AreaForbiddenError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../domain/errors';
import { lookUpSession, lookUpSessionWith, type SessionLookup } from './session-user';
import type { SessionUser } from '../domain/actor';

/**
 * The authorisation boundary: every page, route handler and server action that reads or writes
 * house data calls one of these before it touches graph/. The session comes from Better Auth
 * (lib/edge/auth.ts), the role and houses fresh from the graph on every request, so a changed role
 * or an ended invitation counts at once. The rules themselves are in lib/domain/access-rules.ts.
 *
 * Errors: UnauthenticatedError (no session: send to /aanmelden), ForbiddenError (403),
 * NotFoundError (404: the house does not exist, told only to those who may read every house).
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

/** The user may read this house's map; throws ForbiddenError / NotFoundError otherwise. */
export async function requireHouseRead(houseId: string): Promise<SessionUser> {
  return assertHouseRead(await requireUser(), houseId);
}

/** The user may change this house's map; throws ForbiddenError / NotFoundError otherwise. */
export async function requireHouseEdit(houseId: string): Promise<SessionUser> {
  return assertHouseEdit(await requireUser(), houseId);
}

/** The user may open and run a workshop for this house (coordinator, invited facilitator). */
export async function requireWorkshopRun(houseId: string): Promise<SessionUser> {
  const user = await requireUser();
  if (!canRunWorkshop(user, houseId)) throw new ForbiddenError(`workshop of house ${houseId}`);
  return user;
}

/** Kind en Gezin's overview across all houses (Kind en Gezin, beheerder). */
export async function requireAgencyRead(): Promise<SessionUser> {
  const user = await requireUser();
  if (!canReadAgencyOverview(user)) throw new AreaForbiddenError('agency overview');
  return user;
}

/** Managing houses, users and invitations (beheerder). */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (!canAdminister(user)) throw new AreaForbiddenError('administration');
  return user;
}

/** The read rule applied to a known user (exported for tests and for lists). */
export async function assertHouseRead(user: SessionUser | null, houseId: string, exists?: boolean): Promise<SessionUser> {
  if (!user) throw new UnauthenticatedError();
  if (!canReadHouse(user, houseId)) throw new ForbiddenError(`read house ${houseId}`);
  // `exists` when the caller read the house already (userAlongside); otherwise asked here.
  if (readsAllHouses(user) && !(exists ?? (await houseExists(houseId)))) throw new NotFoundError(`house ${houseId}`);
  return user;
}

/** The edit rule applied to a known user (exported for tests). */
export async function assertHouseEdit(user: SessionUser, houseId: string): Promise<SessionUser> {
  if (!canEditHouse(user, houseId)) throw new ForbiddenError(`edit house ${houseId}`);
  return user;
}
