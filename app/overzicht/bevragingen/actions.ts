'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/edge/session';
import { actionFailure, formFields } from '@/lib/edge/run-action';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { closeRound, reopenRound } from '@/lib/use-cases/rounds/close-round';
import { openRound } from '@/lib/use-cases/rounds/open-round';
import { type ActionState } from '@/lib/edge/action-state';

// Every action: same origin, then the acting user, then the use case (which checks the role,
// validates and writes in one audited transaction).
const crossSite = async (): Promise<ActionState | null> =>
  isSameOrigin(await headers()) ? null : { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {} };

const LIST = '/overzicht/bevragingen';

/** Kind en Gezin or the beheerder opens a round; on success the round's progress page opens. */
export async function openRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  let id: string;
  try {
    const actor = await requireUser();
    const fields = formFields(formData);
    ({ id } = await openRound(actor, {
      ...fields,
      provinces: formData.getAll('provinces').filter((v): v is string => typeof v === 'string' && v !== ''),
      houseIds: formData.getAll('houseIds').filter((v): v is string => typeof v === 'string' && v !== ''),
    }));
  } catch (error) {
    return actionFailure(error, LIST);
  }
  revalidatePath(LIST);
  redirect(`${LIST}/${id}?geopend=1`);
}

/** Closing a round before its closing day (Kind en Gezin, beheerder). */
export async function closeRoundAction(roundId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const page = `${LIST}/${encodeURIComponent(String(roundId))}`;
  try {
    await closeRound(await requireUser(), String(roundId), formFields(formData));
  } catch (error) {
    return actionFailure(error, page);
  }
  revalidatePath(LIST, 'layout');
  // The form goes with the open round: the page itself says what happened.
  redirect(`${page}?gesloten=1`);
}

/** Reopening a closed round with a new closing day (beheerder only). */
export async function reopenRoundAction(roundId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const refused = await crossSite();
  if (refused) return refused;
  const page = `${LIST}/${encodeURIComponent(String(roundId))}`;
  try {
    await reopenRound(await requireUser(), String(roundId), formFields(formData));
  } catch (error) {
    return actionFailure(error, page);
  }
  revalidatePath(LIST, 'layout');
  redirect(`${page}?heropend=1`);
}
