import 'server-only';
import { houseExists } from '@/graph/repositories/users';
import { canAdminister, canEditHouse, canReadAgencyOverview, canReadHouse, canRunWorkshop, readsAllHouses } from '../domain/access-rules';
import type { SessionUser } from '../domain/actor';
import { AreaForbiddenError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../domain/errors';

/**
 * The access rules of lib/domain/access-rules.ts applied to the acting user, inside the use
 * case: every use case takes the user the edge resolved from the session (lib/edge/session.ts)
 * as its first argument and checks it here before it reads or writes, so the check stays on the
 * server whoever calls it.
 *
 * A missing user (a caller that lost it on the way) is refused as not signed in, never let
 * through or turned into a crash.
 *
 * Errors: UnauthenticatedError (no user), ForbiddenError (403), AreaForbiddenError (a part of
 * the product this role does not open), NotFoundError (404: the house does not exist, told only
 * to those who may read every house).
 */

/** The read rule applied to a user; `exists` when the caller read the house already. */
export async function assertHouseRead(user: SessionUser | null, houseId: string, exists?: boolean): Promise<SessionUser> {
  if (!user) throw new UnauthenticatedError();
  if (!canReadHouse(user, houseId)) throw new ForbiddenError(`read house ${houseId}`);
  if (readsAllHouses(user) && !(exists ?? (await houseExists(houseId)))) throw new NotFoundError(`house ${houseId}`);
  return user;
}

/** The edit rule: the house's coordinator or its invited facilitator. */
export function assertHouseEdit(user: SessionUser | null, houseId: string): SessionUser {
  if (!user) throw new UnauthenticatedError();
  if (!canEditHouse(user, houseId)) throw new ForbiddenError(`edit house ${houseId}`);
  return user;
}

/** Opening and running a workshop for this house (coordinator, invited facilitator). */
export function assertWorkshopRun(user: SessionUser | null, houseId: string): SessionUser {
  if (!user) throw new UnauthenticatedError();
  if (!canRunWorkshop(user, houseId)) throw new ForbiddenError(`workshop of house ${houseId}`);
  return user;
}

/** Kind en Gezin's overview across all houses (Kind en Gezin, beheerder). */
export function assertAgencyRead(user: SessionUser | null): SessionUser {
  if (!user) throw new UnauthenticatedError();
  if (!canReadAgencyOverview(user)) throw new AreaForbiddenError('agency overview');
  return user;
}

/** Managing houses, users and invitations (beheerder). */
export function assertAdmin(user: SessionUser | null): SessionUser {
  if (!user) throw new UnauthenticatedError();
  if (!canAdminister(user)) throw new AreaForbiddenError('administration');
  return user;
}
