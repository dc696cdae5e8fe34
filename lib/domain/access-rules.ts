import type { Role } from './roles';

/**
 * The access rules as pure decisions on a signed-in user (issue 7). lib/use-cases/access.ts applies
 * them to the acting user inside every use case; tests read them here.
 *
 * - coordinator: reads and edits the houses they coordinate; nothing of another house.
 * - kind_en_gezin: reads every house and the overview; edits no map.
 * - facilitator (EXPOO): reads and edits (runs workshops for) the houses whose invitation runs
 *   today; nothing once it has ended.
 * - beheerder: manages houses, users and invitations; reads every house; edits no map.
 */
export interface AccessSubject {
  role: Role;
  /** Houses coordinated (coordinator) or facilitated today (facilitator). */
  houseIds: string[];
}

export function readsAllHouses(user: AccessSubject): boolean {
  return user.role === 'kind_en_gezin' || user.role === 'beheerder';
}

export function canReadHouse(user: AccessSubject, houseId: string): boolean {
  return readsAllHouses(user) || user.houseIds.includes(houseId);
}

export function canEditHouse(user: AccessSubject, houseId: string): boolean {
  return (user.role === 'coordinator' || user.role === 'facilitator') && user.houseIds.includes(houseId);
}

/** Opening and running a workshop: the house's coordinator or its invited facilitator. */
export function canRunWorkshop(user: AccessSubject, houseId: string): boolean {
  return canEditHouse(user, houseId);
}

/** The cross-house overview of Kind en Gezin. */
export function canReadAgencyOverview(user: AccessSubject): boolean {
  return readsAllHouses(user);
}

export function canAdminister(user: AccessSubject): boolean {
  return user.role === 'beheerder';
}
