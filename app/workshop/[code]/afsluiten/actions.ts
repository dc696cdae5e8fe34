'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { actionFailure } from '@/lib/edge/run-action';
import { DomainError, StaleWriteError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { levelLabel } from '@/lib/domain/levels';
import { loginPath } from '@/lib/edge/page-guard';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { closeWorkshop, saveActionItem } from '@/lib/use-cases/workshops/close';
import { workshopActing } from '@/lib/edge/participant';
import { type ActionState } from '@/lib/edge/action-state';
import type { EntryOutcome } from '@/lib/domain/entry-write';

function text(formData: FormData, key: string): string | null {
  const value = formData.get(key);
  return typeof value === 'string' ? value : null;
}

/** Closes the workshop (snapshot "Na de workshop"); its participants' access ends at once. */
export async function closeWorkshopAction(code: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {} };
  try {
    await closeWorkshop(await workshopActing(), code, { bevestig: text(formData, 'bevestig') });
  } catch (error) {
    return actionFailure(error, `/workshop/${code}/afsluiten`);
  }
  redirect(`/workshop/${code}/afsluiten`);
}

/** Saves an action's owner, next step and date to the house's expansion plan (version-checked). */
export async function saveActionItemAction(code: string, key: string, prev: ActionState<EntryOutcome>, formData: FormData): Promise<ActionState<EntryOutcome>> {
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
      const current = error.current as NonNullable<ActionState<EntryOutcome>['current']>;
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
