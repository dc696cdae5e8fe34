'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/edge/client-address';
import { DomainError, ValidationError } from '@/lib/domain/errors';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { PARTICIPANT_COOKIE, workshopPath } from '@/lib/edge/participant';
import { joinWorkshop } from '@/lib/use-cases/workshops/join';
import { readAppEnv } from '@/lib/edge/app-env';
import { type ActionState } from '@/lib/edge/action-state';
import type { JoinOutcome } from '@/lib/edge/join-outcome';

/** Joins a workshop with its code and a display name; no account. Sets the participant cookie. */
export async function joinWorkshopAction(_prev: ActionState<JoinOutcome>, formData: FormData): Promise<ActionState<JoinOutcome>> {
  const requestHeaders = await headers();
  const values = { code: String(formData.get('code') ?? ''), name: String(formData.get('name') ?? '') };
  if (!isSameOrigin(requestHeaders)) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, values };
  let code: string;
  try {
    const joined = await joinWorkshop(values, clientAddress(requestHeaders));
    code = joined.code;
    const secure = readAppEnv().https;
    (await cookies()).set(PARTICIPANT_COOKIE, joined.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: workshopPath(joined.code),
      expires: joined.closesAt,
    });
  } catch (error) {
    if (error instanceof ValidationError) return { status: 'invalid', message: error.userMessage, fieldErrors: error.fieldErrors, values };
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, values };
    throw error;
  }
  redirect(workshopPath(code));
}
