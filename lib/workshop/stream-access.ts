import 'server-only';
import { NotParticipantError } from '../errors';
import { requireParticipant, requireWorkshopRunner } from '../workshop-access';

/**
 * Who may follow a workshop's stream: its participants (token cookie, while it is open) and the
 * one who runs it (account session). Anyone else: 401 without a session, 403/404 with one.
 */
export async function requireStreamAccess(code: string): Promise<'participant' | 'runner'> {
  try {
    await requireParticipant(code);
    return 'participant';
  } catch (error) {
    if (!(error instanceof NotParticipantError)) throw error;
  }
  await requireWorkshopRunner(code);
  return 'runner';
}
