import 'server-only';
import type { SessionUser } from '../domain/actor';
import { loadPageData, type PageData } from './load-page-data';
import { guardPage } from './page-guard';
import { requireUser } from './session';

/**
 * Loads a house page's data the way every house page answers: not signed in → the login page
 * (and back here afterwards); not allowed or not there → 404, so a house's existence does not
 * leak (guardPage); database down → the Dutch panel (loadPageData). `load` gets the signed-in
 * user and passes it to the use cases, which check it.
 */
export function loadHousePage<T>(returnTo: string, load: (user: SessionUser) => Promise<T>): Promise<PageData<T>> {
  return guardPage(returnTo, () => loadPageData(async () => load(await requireUser())));
}
