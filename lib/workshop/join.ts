import 'server-only';
import { randomUUID } from 'node:crypto';
import { registerAttempt, releaseAttempt } from '@/graph/repositories/login-throttle';
import { addParticipant, findWorkshop } from '@/graph/repositories/workshops';
import { fieldErrorsOf } from '../entry-input';
import { DomainError, ValidationError, WorkshopClosedError } from '../errors';
import { newParticipantToken, workshopEnded } from '../workshop-access';
import { publish } from './bus';
import { joinSchema } from './input';

/**
 * Joining with a code. Every attempt is counted per client address *before* the code is looked
 * up (in Neo4j, like the login limits: graph/repositories/login-throttle.ts); a successful join
 * takes its attempt back, so a room of 50 people behind one router joins freely while guessing
 * codes stops after a handful of misses a minute.
 */
export const JOIN_WINDOW_MS = 60_000;
export const JOIN_FAILURES_PER_ADDRESS = 20;

export const UNKNOWN_CODE_MESSAGE = 'Deze code kennen we niet. Controleer de code op het scherm en probeer opnieuw.';
export const TOO_MANY_JOINS_MESSAGE = 'Te veel pogingen met een verkeerde code. Wacht een minuut en probeer dan opnieuw.';

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
  const keys = [{ key: `workshop-join:address:${address}`, limit: JOIN_FAILURES_PER_ADDRESS }];
  const attempt = await registerAttempt(keys, now.getTime(), JOIN_WINDOW_MS);
  if (!attempt.allowed) throw new JoinRefusedError(`join throttled for ${address}`, TOO_MANY_JOINS_MESSAGE);
  const workshop = await findWorkshop(code);
  if (!workshop) throw new ValidationError({ code: [UNKNOWN_CODE_MESSAGE] }, UNKNOWN_CODE_MESSAGE);
  const ended = workshopEnded(workshop, now);
  if (ended) throw new WorkshopClosedError(code, ended);
  const { token, tokenHash } = newParticipantToken();
  const participantId = `participant-${randomUUID()}`;
  const event = await addParticipant(code, { id: participantId, name, tokenHash }, now);
  if (!event) throw new WorkshopClosedError(code, 'closed');
  await releaseAttempt(keys.map((k) => k.key), attempt.stamp);
  publish(code, event);
  return { code, participantId, token, closesAt: new Date(workshop.closesAt) };
}
