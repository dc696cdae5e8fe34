import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import type { ManagedTransaction } from 'neo4j-driver';
import { findParticipant, findWorkshopIn } from '@/graph/repositories/workshops';
import type { WorkshopRecord } from '@/lib/domain/workshop/records';
import { userAlongside } from './session';
import type { SessionUser } from '../domain/actor';
import { canRunWorkshop } from '../domain/access-rules';
import { workshopEnded } from '../domain/workshop/workshop-ended';
import { clientAddress } from './client-address';
import { NotFoundError, NotParticipantError, TooManyAttemptsError, UnauthenticatedError, WorkshopClosedError } from '../domain/errors';
import { countCodeMiss, TOO_MANY_CODE_GUESSES_MESSAGE } from '../use-cases/workshops/code-guessing';

/**
 * Workshop participants are not users: they hold a random token in an HttpOnly cookie scoped to
 * their workshop's path (/workshop/<code>), of which only a SHA-256 hash is stored. The token
 * opens that one workshop's participant view and nothing else: the acting user of lib/edge/session.ts comes from the account session only,
 * so a participant never passes the checks of lib/use-cases/access.ts.
 */
export const PARTICIPANT_COOKIE = 'netwerkkaart.deelnemer';

export interface Participant {
  id: string;
  name: string;
  workshop: WorkshopRecord;
}

export function workshopPath(code: string): string {
  return `/workshop/${code}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newParticipantToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** The participant of this workshop behind the request's cookie; throws when there is none or it ended. */
export async function requireParticipant(code: string): Promise<Participant> {
  const token = (await cookies()).get(PARTICIPANT_COOKIE)?.value;
  if (!token || token.length > 200) throw new NotParticipantError(code, Boolean(token));
  const found = await findParticipant(code, hashToken(token));
  if (!found) throw new NotParticipantError(code, true);
  const ended = workshopEnded(found.workshop);
  if (ended) throw new WorkshopClosedError(code, ended);
  return { id: found.participant.id, name: found.participant.name, workshop: found.workshop };
}

/**
 * A workshop by code, for the one who runs it: the house's coordinator or invited facilitator.
 * `alongside` reads more of the request's data in the same transaction as the session and the
 * workshop (a decision reads its proposal so); it is returned only once access is checked.
 */
export async function requireWorkshopRunner(code: string): Promise<{ user: SessionUser; workshop: WorkshopRecord; data: undefined }>;
export async function requireWorkshopRunner<T>(
  code: string,
  alongside: (tx: ManagedTransaction) => Promise<T>,
): Promise<{ user: SessionUser; workshop: WorkshopRecord; data: T }>;
export async function requireWorkshopRunner<T>(code: string, alongside?: (tx: ManagedTransaction) => Promise<T>) {
  const { user, data } = await userAlongside(async (tx) => {
    const [workshop, more] = await Promise.all([findWorkshopIn(tx, code), alongside?.(tx)]);
    return { workshop, more };
  });
  // Not signed in is told before "not found", like every other page.
  if (!user) throw new UnauthenticatedError();
  if (data.workshop && canRunWorkshop(user, data.workshop.houseId)) return { user, workshop: data.workshop, data: data.more };
  // A workshop this user may not run answers exactly like a code that does not exist, and both
  // count as a wrong code for the address (lib/use-cases/workshops/code-guessing.ts), as a failed join does:
  // a signed-in user cannot use these routes to find codes that exist.
  const address = clientAddress(await headers());
  if (await countCodeMiss(address)) throw new TooManyAttemptsError(`workshop lookups from ${address}`, TOO_MANY_CODE_GUESSES_MESSAGE);
  throw new NotFoundError(`workshop ${code}`);
}
