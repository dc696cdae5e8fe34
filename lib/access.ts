import 'server-only';

/**
 * The authorisation boundary: every page, route handler and server action that reads or writes
 * house data calls one of these before it touches graph/. The real rules (roles, the user's
 * houses, invitations) arrive with accounts (issue 7), in this file; callers do not change.
 *
 * TEMPORARY (issue 7 replaces this): no accounts exist yet, so every visitor may read and edit.
 */
export type Role = 'coordinator' | 'kind_en_gezin' | 'facilitator' | 'beheerder';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Houses this user coordinates (coordinator) or facilitates now (facilitator). */
  houseIds: string[];
}

const PROVISIONAL_USER: SessionUser = { id: 'provisional', email: 'demo@netwerkkaart.local', name: 'Demo', role: 'beheerder', houseIds: [] };

/** The signed-in user; throws UnauthenticatedError when there is none. */
export async function requireUser(): Promise<SessionUser> {
  return PROVISIONAL_USER;
}

/** The user may read this house's map; throws ForbiddenError / NotFoundError otherwise. */
export async function requireHouseRead(houseId: string): Promise<SessionUser> {
  void houseId;
  return PROVISIONAL_USER;
}

/** The user may change this house's map; throws ForbiddenError / NotFoundError otherwise. */
export async function requireHouseEdit(houseId: string): Promise<SessionUser> {
  void houseId;
  return PROVISIONAL_USER;
}
