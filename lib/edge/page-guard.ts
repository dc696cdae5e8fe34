import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { AreaForbiddenError, ForbiddenError, NotFoundError, TooManyAttemptsError, UnauthenticatedError } from '../domain/errors';

/**
 * Pages call their use cases (which check the acting user, lib/use-cases/access.ts) through this: no session sends the visitor to the login
 * page (and back afterwards); a part of the product this role does not open shows "geen toegang"
 * (app/forbidden.tsx, 403); any other refusal shows the not-found page (app/not-found.tsx, 404),
 * the same answer as for a house that does not exist, so a house's existence does not leak
 * (and so does an address that guessed too often: it learns nothing more).
 */
export async function guardPage<T>(returnTo: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(returnTo));
    if (error instanceof AreaForbiddenError) forbidden();
    if (error instanceof ForbiddenError || error instanceof NotFoundError || error instanceof TooManyAttemptsError) notFound();
    throw error;
  }
}

/** /aanmelden with a safe, local return path. */
export function loginPath(returnTo?: string): string {
  return returnTo && isLocalPath(returnTo) ? `/aanmelden?terug=${encodeURIComponent(returnTo)}` : '/aanmelden';
}

/** Only paths on this site: no scheme, no host, no protocol-relative '//' or '/\\'. */
export function isLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') && !/[\r\n]/.test(path);
}
