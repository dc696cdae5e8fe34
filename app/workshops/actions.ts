'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { actionFailure } from '@/lib/edge/run-action';
import type { FormState } from '@/lib/domain/admin-input';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { requireUser } from '@/lib/edge/session';
import { openWorkshop } from '@/lib/use-cases/workshops/open';

/** Opens (or reopens the running) workshop of a house, then shows its projector view. */
export async function openWorkshopAction(houseId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  if (!isSameOrigin(await headers())) return { ok: false, message: CROSS_SITE_MESSAGE, fieldErrors: {} };
  let code: string;
  try {
    code = await openWorkshop(await requireUser(), houseId);
  } catch (error) {
    return actionFailure(error, '/workshops');
  }
  redirect(`/workshop/${code}/begeleiden`);
}
