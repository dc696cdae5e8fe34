'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { DomainError, StaleWriteError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { formatDateTime } from '@/lib/domain/format-date';
import { presentationInputFromForm, type PresentationSettings, type PresentationOutcome } from '@/lib/domain/presentation/presentation-steps';
import { loginPath } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { savePresentation } from '@/lib/use-cases/presentations';
import { type ActionState } from '@/lib/edge/action-state';

/**
 * Saves the house's presentation (captions, order, hidden steps, the compared snapshot). A public
 * POST endpoint like every server action: the Origin is checked here, the right to edit the
 * house and the input in lib/use-cases/presentations.ts.
 */
export async function savePresentationAction(
  houseId: string,
  _prev: ActionState<PresentationOutcome>,
  formData: FormData,
): Promise<ActionState<PresentationOutcome>> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, settings: null, stamp: Date.now() };
  try {
    const settings = await savePresentation(await requireUser(), houseId, presentationInputFromForm(formData));
    return { status: 'saved', message: 'Presentatie opgeslagen.', fieldErrors: {}, settings, stamp: Date.now() };
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(`/huizen/${houseId}/presentatie`));
    if (error instanceof StaleWriteError) {
      const current = error.current as PresentationSettings;
      const who = [current.updatedBy, current.updatedAt ? formatDateTime(current.updatedAt) : null].filter(Boolean).join(', ');
      return {
        status: 'stale',
        message: `Iemand anders heeft de presentatie intussen gewijzigd${who ? ` (${who})` : ''}. Uw wijzigingen werden niet opgeslagen; u ziet nu de huidige presentatie.`,
        fieldErrors: {},
        settings: current,
        stamp: Date.now(),
      };
    }
    if (error instanceof ValidationError) return { status: 'invalid', message: error.userMessage, fieldErrors: {}, settings: null, stamp: Date.now() };
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, settings: null, stamp: Date.now() };
    throw error;
  }
}
