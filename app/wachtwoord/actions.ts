'use server';

import { headers } from 'next/headers';
import { actionFailure, done, formFields, invalid } from '@/lib/edge/run-action';
import { setPasswordSchema } from '@/lib/domain/admin-input';
import { setPasswordWithLink } from '@/lib/use-cases/password-links';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { type ActionState } from '@/lib/edge/action-state';

/** Sets a new password with a one-time link; the person then signs in with it. */
export async function setPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {} };
  const parsed = setPasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  let account;
  try {
    account = await setPasswordWithLink(parsed.data.token, parsed.data.password);
  } catch (error) {
    return actionFailure(error, '/aanmelden');
  }
  if (!account)
    return { status: 'error', message: 'Deze link is niet meer geldig: hij werd al gebruikt of is verlopen. Vraag de beheerder een nieuwe.', fieldErrors: {} };
  return done(`Het wachtwoord van ${account.email} is ingesteld. U kunt zich nu aanmelden.`);
}
