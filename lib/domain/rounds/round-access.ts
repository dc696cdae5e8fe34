import { canEditHouse, type AccessSubject } from '../access-rules';
import type { SessionUser } from '../actor';
import { AreaForbiddenError, ForbiddenError } from '../errors';

/**
 * Who does what with a survey round (issue 19), as pure rules:
 * - Kind en Gezin and the beheerder open rounds, follow their progress and close them early;
 * - only the beheerder reopens a closed round (Kind en Gezin asks; the reopening is audited);
 * - whoever may edit a house's map (its coordinator, its invited facilitator) confirms the
 *   house's network for a round that covers it. Kind en Gezin and the beheerder read a house's
 *   submission but never submit for it, as they edit no map.
 */
/** The acting user as the rounds need it (the e-mail is not: the demo loader acts as a system actor). */
export type RoundActor = Pick<SessionUser, 'id' | 'name' | 'role' | 'houseIds'>;

export function canManageRounds(user: AccessSubject): boolean {
  return user.role === 'kind_en_gezin' || user.role === 'beheerder';
}

export function canReopenRound(user: AccessSubject): boolean {
  return user.role === 'beheerder';
}

export function canSubmitForHouse(user: AccessSubject, houseId: string): boolean {
  return canEditHouse(user, houseId);
}

export function assertCanManageRounds(user: AccessSubject): void {
  if (!canManageRounds(user)) throw new AreaForbiddenError('survey rounds');
}

export function assertCanReopenRound(user: AccessSubject): void {
  if (!canReopenRound(user)) throw new AreaForbiddenError('reopen a survey round');
}

export function assertCanSubmitForHouse(user: AccessSubject, houseId: string): void {
  if (!canSubmitForHouse(user, houseId)) throw new ForbiddenError(`submit for house ${houseId}`);
}
