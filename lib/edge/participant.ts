import 'server-only';
import { cookies, headers } from 'next/headers';
import type { WorkshopActing } from '../use-cases/workshops/workshop-access';
import { clientAddress } from './client-address';
import { userAlongside } from './session';

/**
 * The workshop's side of a request: the participant cookie (a random token scoped to the
 * workshop's path, lib/use-cases/workshops/workshop-access.ts) and what the workshop use cases
 * need to know who acts. They decide who that is.
 */
export const PARTICIPANT_COOKIE = 'netwerkkaart.deelnemer';

export function workshopPath(code: string): string {
  return `/workshop/${code}`;
}

/** Who acts in this request, for the workshop use cases: the session, the participant cookie, the client address. */
export async function workshopActing(): Promise<WorkshopActing> {
  const [jar, source] = await Promise.all([cookies(), headers()]);
  return { userAlongside, participantToken: jar.get(PARTICIPANT_COOKIE)?.value ?? null, address: clientAddress(source) };
}
