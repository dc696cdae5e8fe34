'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { actionFailure } from '@/lib/edge/run-action';
import type { FormState } from '@/lib/domain/admin-input';
import type { EntryFormState } from '@/lib/edge/entry-form-state';
import { DomainError, StaleWriteError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { levelLabel } from '@/lib/domain/levels';
import { loginPath } from '@/lib/edge/page-guard';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { closeWorkshop, saveActionItem } from '@/lib/use-cases/workshops/close';
import { workshopActing } from '@/lib/edge/participant';

function text(formData: FormData, key: string): string | null {
  const value = formData.get(key);
  return typeof value === 'string' ? value : null;
}

/** Closes the workshop (snapshot "Na de workshop"); its participants' access ends at once. */
export async function closeWorkshopAction(code: string, _prev: FormState, formData: FormData): Promise<FormState> {
  if (!isSameOrigin(await headers())) return { ok: false, message: CROSS_SITE_MESSAGE, fieldErrors: {} };
  try {
    await closeWorkshop(await workshopActing(), code, { bevestig: text(formData, 'bevestig') });
  } catch (error) {
    return actionFailure(error, `/workshop/${code}/afsluiten`);
  }
  redirect(`/workshop/${code}/afsluiten`);
}

/** Saves an action's owner, next step and date to the house's expansion plan (version-checked). */
export async function saveActionItemAction(code: string, key: string, prev: EntryFormState, formData: FormData): Promise<EntryFormState> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, stamp: Date.now() };
  const input = { owner: text(formData, 'owner'), nextStep: text(formData, 'nextStep'), due: text(formData, 'due'), version: text(formData, 'version') };
  // Saving the same row twice chains its versions.
  if (prev.status === 'saved' && prev.current) input.version = String(Math.max(Number(input.version ?? 0), prev.current.version));
  try {
    const current = await saveActionItem(await workshopActing(), code, key, input);
    return { status: 'saved', message: 'Opgeslagen in het uitbreidingsplan.', fieldErrors: {}, current, stamp: Date.now() };
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(`/workshop/${code}/afsluiten`));
    if (error instanceof StaleWriteError) {
      const current = error.current as NonNullable<EntryFormState['current']>;
      return {
        status: 'stale',
        message: `Iemand anders heeft dit intussen gewijzigd (nu ${levelLabel(current.level).toLowerCase()}${current.owner ? `, trekker ${current.owner}` : ''}). Herlaad de pagina en vul opnieuw in.`,
        fieldErrors: {},
        current,
        stamp: Date.now(),
      };
    }
    if (error instanceof ValidationError) return { status: 'invalid', message: error.userMessage, fieldErrors: error.fieldErrors, stamp: Date.now() };
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, stamp: Date.now() };
    throw error;
  }
}
