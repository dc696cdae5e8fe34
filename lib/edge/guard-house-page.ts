import 'server-only';
import { loadPageData, type PageData } from './load-page-data';
import { guardPage } from './page-guard';

/**
 * Loads a house page's data the way every house page answers: not signed in → the login page
 * (and back here afterwards); not allowed or not there → 404, so a house's existence does not
 * leak (guardPage); database down → the Dutch panel (loadPageData).
 */
export function loadHousePage<T>(returnTo: string, load: () => Promise<T>): Promise<PageData<T>> {
  return guardPage(returnTo, () => loadPageData(load));
}
