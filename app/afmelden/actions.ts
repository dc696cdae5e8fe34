'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/edge/auth';
import { isSameOrigin } from '@/lib/edge/same-origin';

/** Ends the session on the server (the Session node is deleted) and clears the cookie. */
export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) redirect('/afmelden');
  try {
    await getAuth().api.signOut({ headers: requestHeaders });
  } catch {
    // No session (already signed out): nothing to end.
  }
  redirect('/aanmelden?afgemeld=1');
}
