'use server';

import { hashPassword } from 'better-auth/crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { claimAdminSetup } from '@/graph/repositories/admin-setup';
import { actionFailure, formFields, invalid } from '@/lib/edge/run-action';
import { firstAdminSchema } from '@/lib/domain/admin-input';
import { getAuth } from '@/lib/edge/auth';
import { clientAddress } from '@/lib/edge/client-address';
import { checkFirstStartToken, FIRST_START_THROTTLED_MESSAGE } from '@/lib/use-cases/first-start';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { type ActionState } from '@/lib/edge/action-state';

const INVALID_LINK_MESSAGE = 'Deze link is niet meer geldig: hij werd al gebruikt, is verlopen, of er is al een beheerder.';

/** Creates the first beheerder with the one-time token, then signs them in. */
export async function createFirstAdmin(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {} };
  const parsed = firstAdminSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { token, name, email, password } = parsed.data;
  let userId: string | null;
  try {
    // The token first (one read, limited per address); only a valid one is worth a password hash.
    const check = await checkFirstStartToken(token, clientAddress(requestHeaders));
    if (check === 'throttled') return { status: 'error', message: FIRST_START_THROTTLED_MESSAGE, fieldErrors: {} };
    if (check === 'invalid') return { status: 'error', message: INVALID_LINK_MESSAGE, fieldErrors: {} };
    userId = await claimAdminSetup(token, { name, email, passwordHash: await hashPassword(password) });
  } catch (error) {
    return actionFailure(error, '/beheer');
  }
  if (!userId) return { status: 'error', message: INVALID_LINK_MESSAGE, fieldErrors: {} };
  await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
  redirect('/beheer');
}
