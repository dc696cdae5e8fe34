import 'server-only';
import { randomUUID } from 'node:crypto';
import { addParticipant, findWorkshop } from '@/graph/repositories/workshops';
import { fieldErrorsOf } from '../../domain/entry-input';
import { DomainError, ValidationError, WorkshopClosedError } from '../../domain/errors';
import { newParticipantToken } from './workshop-access';
import { workshopEnded } from '../../domain/workshop/workshop-ended';
import { publish } from './bus';
import { CODE_GUESSES_PER_ADDRESS, codeGuessingThrottled, countCodeMiss, TOO_MANY_CODE_GUESSES_MESSAGE } from './code-guessing';
import { joinSchema } from '../../domain/workshop/input';
import { inWorkshopQueue } from './queue';

/**
 * Joining with a code. Wrong codes are counted per client address (lib/use-cases/workshops/code-guessing.ts,
 * shared with the runner's routes of workshop-access.ts): an address with too many misses in the
 * last minute is refused before its code is even looked up. A successful join
 * writes nothing to the counter, so a room of 50 people behind one router joins at once, while
 * guessing a code (32^6 possibilities) stops after a handful of misses a minute. Unlike the login, a
 * miss is counted after the lookup: a burst of parallel guesses can pass the limit by the burst's
 * size, which against a billion codes changes nothing.
 */
export const JOIN_FAILURES_PER_ADDRESS = CODE_GUESSES_PER_ADDRESS;

export const UNKNOWN_CODE_MESSAGE = 'Deze code kennen we niet. Controleer de code op het scherm en probeer opnieuw.';
const TOO_MANY_JOINS_MESSAGE = TOO_MANY_CODE_GUESSES_MESSAGE;

export class JoinRefusedError extends DomainError {}

export interface Joined {
  code: string;
  participantId: string;
  token: string;
  closesAt: Date;
}

export async function joinWorkshop(input: unknown, address: string, now: Date = new Date()): Promise<Joined> {
  const parsed = joinSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { code, name } = parsed.data;
  if (await codeGuessingThrottled(address, now.getTime())) throw new JoinRefusedError(`join throttled for ${address}`, TOO_MANY_JOINS_MESSAGE);
  const miss = async () => {
    await countCodeMiss(address, now.getTime());
  };
  const workshop = await findWorkshop(code);
  if (!workshop) {
    await miss();
    throw new ValidationError({ code: [UNKNOWN_CODE_MESSAGE] }, UNKNOWN_CODE_MESSAGE);
  }
  const ended = workshopEnded(workshop, now);
  if (ended) {
    await miss();
    throw new WorkshopClosedError(code, ended);
  }
  const { token, tokenHash } = newParticipantToken();
  const participantId = `participant-${randomUUID()}`;
  const event = await inWorkshopQueue(code, () => addParticipant(code, { id: participantId, name, tokenHash }, now));
  if (!event) throw new WorkshopClosedError(code, 'closed');
  publish(code, event);
  return { code, participantId, token, closesAt: new Date(workshop.closesAt) };
}
