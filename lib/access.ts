import 'server-only';
import { headers as requestHeaders } from 'next/headers';
import { cache } from 'react';
import { findAccessProfile, houseExists } from '@/graph/repositories/users';
import { canAdminister, canEditHouse, canReadAgencyOverview, canReadHouse, canRunWorkshop, readsAllHouses } from './access-rules';
import { getAuth } from './auth';
import { brusselsDate } from './brussels-date';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors';
import { isRole, type Role } from './roles';

/**
 * The authorisation boundary: every page, route handler and server action that reads or writes
 * house data calls one of these before it touches graph/. The session comes from Better Auth
 * (lib/auth.ts), the role and houses fresh from the graph on every request, so a changed role
 * or an ended invitation counts at once. The rules themselves are in lib/access-rules.ts.
 *
 * Errors: UnauthenticatedError (no session: send to /aanmelden), ForbiddenError (403),
 * NotFoundError (404: the house does not exist, told only to those who may read every house).
 */
export type { Role } from './roles';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Houses this user coordinates (coordinator) or facilitates now (facilitator). */
  houseIds: string[];
}

/** The user behind a request's session cookie, or null. Also for tests and route handlers. */
export async function userFromHeaders(source: Headers, now: Date = new Date()): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: source });
  if (!session) return null;
  const profile = await findAccessProfile(session.user.id, brusselsDate(now));
  if (!profile || !isRole(profile.role)) return null;
  return {
    id: profile.id,
    email: profile.email,
    name: profile.name,
    role: profile.role,
    houseIds: profile.role === 'coordinator' ? profile.coordinates : profile.role === 'facilitator' ? profile.facilitates : [],
  };
}

// React's cache() memoises only while rendering; route handlers and server actions get the same
// request headers object for the whole request, so the user is looked up once there too.
const perRequest = new WeakMap<object, Promise<SessionUser | null>>();

/** The signed-in user of this request, or null (once per request). */
export const optionalUser = cache(async (): Promise<SessionUser | null> => {
  const source = await requestHeaders();
  let user = perRequest.get(source);
  if (!user) {
    user = userFromHeaders(source);
    perRequest.set(source, user);
  }
  return user;
});

/** The signed-in user; throws UnauthenticatedError when there is none. */
export async function requireUser(): Promise<SessionUser> {
  const user = await optionalUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** The signed-in user has one of these roles; ForbiddenError otherwise. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new ForbiddenError(`role ${user.role} is not one of ${roles.join(', ')}`);
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
  if (!canReadAgencyOverview(user)) throw new ForbiddenError('agency overview');
  return user;
}

/** Managing houses, users and invitations (beheerder). */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (!canAdminister(user)) throw new ForbiddenError('administration');
  return user;
}

/** The read rule applied to a known user (exported for tests and for lists). */
export async function assertHouseRead(user: SessionUser, houseId: string): Promise<SessionUser> {
  if (!canReadHouse(user, houseId)) throw new ForbiddenError(`read house ${houseId}`);
  if (readsAllHouses(user) && !(await houseExists(houseId))) throw new NotFoundError(`house ${houseId}`);
  return user;
}

/** The edit rule applied to a known user (exported for tests). */
export async function assertHouseEdit(user: SessionUser, houseId: string): Promise<SessionUser> {
  if (!canEditHouse(user, houseId)) throw new ForbiddenError(`edit house ${houseId}`);
  return user;
}
