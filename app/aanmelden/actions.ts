'use server';

import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/edge/auth';
import { TOO_MANY_ATTEMPTS_MESSAGE } from '@/lib/use-cases/login-limits';
import { loginInputSchema } from '@/lib/domain/login-input';
import { ACCOUNT_DEACTIVATED_MESSAGE, type LoginOutcome } from '@/lib/edge/login-state';
import { isLocalPath } from '@/lib/edge/page-guard';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import type { ActionState } from '@/lib/edge/action-state';

/** Signs in with email and password; Better Auth sets the session cookie (nextCookies). */
export async function signIn(_previous: ActionState<LoginOutcome>, formData: FormData): Promise<ActionState<LoginOutcome>> {
  const requestHeaders = await headers();
  const email = String(formData.get('email') ?? '');
  if (!isSameOrigin(requestHeaders)) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, email };
  const parsed = loginInputSchema.safeParse({
    email,
    password: formData.get('password') ?? '',
    returnTo: formData.get('returnTo') || undefined,
  });
  if (!parsed.success) {
    return { status: 'invalid', message: 'Controleer de gemarkeerde velden.', fieldErrors: parsed.error.flatten().fieldErrors, email };
  }
  try {
    await getAuth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.statusCode === 429) return { status: 'error', message: TOO_MANY_ATTEMPTS_MESSAGE, fieldErrors: {}, email };
    if (error.statusCode === 403 && error.body?.code === 'ACCOUNT_DEACTIVATED')
      return { status: 'error', message: ACCOUNT_DEACTIVATED_MESSAGE, fieldErrors: {}, email };
    if (error.statusCode === 401) return { status: 'error', message: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.', fieldErrors: {}, email };
    return { status: 'error', message: 'Aanmelden lukte niet. Probeer het opnieuw.', fieldErrors: {}, email };
  }
  const returnTo = parsed.data.returnTo;
  redirect(returnTo && isLocalPath(returnTo) && !returnTo.startsWith('/aanmelden') ? returnTo : '/');
}
