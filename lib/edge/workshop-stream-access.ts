import 'server-only';
import { NotParticipantError, UnauthenticatedError } from '../domain/errors';
import { requireParticipant, requireWorkshopRunner } from './participant';

/**
 * Who may follow a workshop's stream: its participants (token cookie, while it is open) and the
 * one who runs it (account session). A participant token of another workshop gets 403; no token
 * and no session 401; a session without the right 403/404.
 */
export async function requireStreamAccess(code: string): Promise<'participant' | 'runner'> {
  let refusal: NotParticipantError;
  try {
    await requireParticipant(code);
    return 'participant';
  } catch (error) {
    if (!(error instanceof NotParticipantError)) throw error;
    refusal = error;
  }
  try {
    await requireWorkshopRunner(code);
    return 'runner';
  } catch (error) {
    if (error instanceof UnauthenticatedError && refusal.hadToken) throw refusal;
    throw error;
  }
}
