'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/edge/session';
import { actionFailure, done, formFields } from '@/lib/edge/run-action';
import { formatDate } from '@/lib/domain/format-date';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { submitRound } from '@/lib/use-cases/rounds/submit-round';
import { type ActionState } from '@/lib/edge/action-state';

/** The house confirms its network for a round (its coordinator or invited facilitator; checked in the use case). */
export async function submitRoundAction(houseId: string, roundId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {} };
  const path = `/huizen/${encodeURIComponent(String(houseId))}/bevraging`;
  let message: string;
  try {
    const actor = await requireUser();
    const result = await submitRound(actor, String(houseId), String(roundId), formFields(formData));
    message = result.replaced
      ? `Uw nieuwe antwoord vervangt het vorige. Tot en met ${formatDate(result.closesOn)} kunt u nog opnieuw indienen.`
      : `Ingediend: ${result.roundName} heeft uw antwoord. Tot en met ${formatDate(result.closesOn)} kunt u het nog vervangen.`;
  } catch (error) {
    return actionFailure(error, path);
  }
  revalidatePath(path);
  return done(message);
}
