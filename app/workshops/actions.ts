'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { actionFailure } from '@/lib/edge/run-action';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { requireUser } from '@/lib/edge/session';
import { openWorkshop } from '@/lib/use-cases/workshops/open';
import { type ActionState } from '@/lib/edge/action-state';

/** Opens (or reopens the running) workshop of a house, then shows its projector view. */
export async function openWorkshopAction(houseId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {} };
  let code: string;
  try {
    code = await openWorkshop(await requireUser(), houseId);
  } catch (error) {
    return actionFailure(error, '/workshops');
  }
  redirect(`/workshop/${code}/begeleiden`);
}
