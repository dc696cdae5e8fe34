import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { findParticipant, findWorkshopIn } from '@/graph/repositories/workshops';
import { canRunWorkshop } from '../../domain/access-rules';
import type { SessionUser } from '../../domain/actor';
import { NotFoundError, NotParticipantError, TooManyAttemptsError, UnauthenticatedError, WorkshopClosedError } from '../../domain/errors';
import type { WorkshopRecord } from '../../domain/workshop/records';
import { workshopEnded } from '../../domain/workshop/workshop-ended';
import { countCodeMiss, TOO_MANY_CODE_GUESSES_MESSAGE } from './code-guessing';

/**
 * Who acts in a workshop request, as the edge found it (lib/edge/participant.ts workshopActing):
 * the signed-in user, read together with the use case's own data in one transaction (the hot
 * path of a decision: one round of the database, not two), the participant token of the
 * workshop's cookie, and the client address wrong codes are counted for. The workshop use cases
 * decide here who that is and what it may do.
 *
 * Participants are not users: they hold a random token in an HttpOnly cookie scoped to their
 * workshop's path, of which only a SHA-256 hash is stored. The token opens that one workshop's
 * participant view and nothing else: the signed-in user comes from the account session only, so
 * a participant never passes the checks of lib/use-cases/access.ts.
 *
 * Only lib/edge/participant.ts builds a WorkshopActing, from the request's session cookie; its
 * userAlongside must return the session's user, never anything the client sent.
 */
export interface WorkshopActing {
  /** The signed-in user (or null) and `read`'s data, read in one transaction; the data is used only once access is checked. */
  userAlongside<T>(read: (tx: ManagedTransaction) => Promise<T>): Promise<{ user: SessionUser | null; data: T }>;
  /** The participant token of this workshop's cookie, or null. */
  participantToken: string | null;
  address: string;
}

export interface Participant {
  id: string;
  name: string;
  workshop: WorkshopRecord;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newParticipantToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** The participant of this workshop behind the request's token; throws when there is none or it ended. */
export async function participantOf(acting: WorkshopActing, code: string): Promise<Participant> {
  const token = acting.participantToken;
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
export async function runnerOf(acting: WorkshopActing, code: string): Promise<{ user: SessionUser; workshop: WorkshopRecord; data: undefined }>;
export async function runnerOf<T>(
  acting: WorkshopActing,
  code: string,
  alongside: (tx: ManagedTransaction) => Promise<T>,
): Promise<{ user: SessionUser; workshop: WorkshopRecord; data: T }>;
export async function runnerOf<T>(acting: WorkshopActing, code: string, alongside?: (tx: ManagedTransaction) => Promise<T>) {
  const { user, data } = await acting.userAlongside(async (tx) => {
    const [workshop, more] = await Promise.all([findWorkshopIn(tx, code), alongside?.(tx)]);
    return { workshop, more };
  });
  // Not signed in is told before "not found", like every other page.
  if (!user) throw new UnauthenticatedError();
  if (data.workshop && canRunWorkshop(user, data.workshop.houseId)) return { user, workshop: data.workshop, data: data.more };
  // A workshop this user may not run answers exactly like a code that does not exist, and both
  // count as a wrong code for the address (code-guessing.ts), as a failed join does: a signed-in
  // user cannot use these routes to find codes that exist.
  if (await countCodeMiss(acting.address)) throw new TooManyAttemptsError(`workshop lookups from ${acting.address}`, TOO_MANY_CODE_GUESSES_MESSAGE);
  throw new NotFoundError(`workshop ${code}`);
}

/**
 * Who may follow a workshop's stream: its participants (token cookie, while it is open) and the
 * one who runs it (account session). A participant token of another workshop gets 403; no token
 * and no session 401; a session without the right 403/404.
 */
export async function streamAccess(acting: WorkshopActing, code: string): Promise<'participant' | 'runner'> {
  let refusal: NotParticipantError;
  try {
    await participantOf(acting, code);
    return 'participant';
  } catch (error) {
    if (!(error instanceof NotParticipantError)) throw error;
    refusal = error;
  }
  try {
    await runnerOf(acting, code);
    return 'runner';
  } catch (error) {
    if (error instanceof UnauthenticatedError && refusal.hadToken) throw refusal;
    throw error;
  }
}
