import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors';
import { loadPageData, type PageData } from './load-page-data';

/**
 * Loads a house page's data and maps the access errors the way every house page answers them:
 * not signed in → the login page (and back here afterwards); not allowed or not there → 404,
 * so a house's existence does not leak; database down → the Dutch panel (PageData).
 */
export async function loadHousePage<T>(returnTo: string, load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return await loadPageData(load);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/aanmelden?terug=${encodeURIComponent(returnTo)}`);
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
}
