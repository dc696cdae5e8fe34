'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { DomainError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { loginPath } from '@/lib/edge/page-guard';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { requireUser } from '@/lib/edge/session';
import { createShareLink, revokeShareLink } from '@/lib/use-cases/share-links';
import { type ActionState } from '@/lib/edge/action-state';
import type { ShareLinkOutcome } from '@/lib/domain/share/share-link';

/**
 * Making and revoking deellinks. Public POST endpoints like every server action: the Origin is
 * checked here, the right to edit the house and the input in lib/use-cases/share-links.ts.
 */
export async function createShareLinkAction(houseId: string, _prev: ActionState<ShareLinkOutcome>, formData: FormData): Promise<ActionState<ShareLinkOutcome>> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, token: null, stamp: Date.now() };
  try {
    const { token, link } = await createShareLink(await requireUser(), houseId, {
      scope: formData.get('scope'),
      days: formData.get('days'),
      label: formData.get('label') ?? '',
    });
    revalidatePath(`/huizen/${houseId}/presentatie`);
    return {
      status: 'created',
      message: `Deellink gemaakt voor ${link.scope === 'presentatie' ? 'de presentatie' : 'de kaart'}. Kopieer hem nu: hij wordt maar één keer getoond.`,
      fieldErrors: {},
      token,
      stamp: Date.now(),
    };
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(`/huizen/${houseId}/presentatie`));
    if (error instanceof ValidationError) return { status: 'invalid', message: error.userMessage, fieldErrors: {}, token: null, stamp: Date.now() };
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, token: null, stamp: Date.now() };
    throw error;
  }
}

/** Revokes one link (field `linkId`); the list on the page then shows it as ingetrokken. */
export async function revokeShareLinkAction(houseId: string, _prev: ActionState<ShareLinkOutcome>, formData: FormData): Promise<ActionState<ShareLinkOutcome>> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, token: null, stamp: Date.now() };
  try {
    await revokeShareLink(await requireUser(), houseId, String(formData.get('linkId') ?? ''));
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(`/huizen/${houseId}/presentatie`));
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, token: null, stamp: Date.now() };
    throw error;
  }
  revalidatePath(`/huizen/${houseId}/presentatie`);
  return { status: 'created', message: 'Deellink ingetrokken.', fieldErrors: {}, token: null, stamp: Date.now() };
}
