// Imported by proxy.ts (see lib/use-cases/share-link-admission.ts for why there is no server-only).
import { admitShareLink, SHARE_REFUSAL_STATUS, type ShareRefusal } from '../use-cases/share-link-admission';
import { clientAddress } from './client-address';

/** The request header by which the proxy tells the deellink page why its link was refused. */
export const SHARE_REFUSAL_HEADER = 'x-netwerkkaart-deellink-geweigerd';
const SHARE_PAGE = /^\/d\/([^/]+)$/;
const REFUSALS: readonly ShareRefusal[] = ['verlopen', 'ingetrokken', 'onbekend', 'te-veel'];

/**
 * A deellink's page answers with the status of its refusal (404 unknown, 410 expired or revoked,
 * 429 too many guesses), and Next.js cannot give a page a status of its own other than 404 once it
 * renders. So the proxy admits the token before the page renders: this returns null for any other
 * path, else the status and the refusal the page is to show (null = admitted). The page then reads
 * the link without counting it again (viewAdmittedShareLink). A database error leaves the decision
 * to the page, which shows its own error panel.
 */
export async function gateSharePage(pathname: string, headers: Headers): Promise<{ status: number; refusal: ShareRefusal | null } | null> {
  const match = SHARE_PAGE.exec(pathname);
  if (!match) return null;
  let token: string;
  try {
    token = decodeURIComponent(match[1]);
  } catch {
    token = match[1];
  }
  try {
    const admitted = await admitShareLink(token, clientAddress(headers));
    if (admitted.status === 'open') return { status: 200, refusal: null };
    return { status: SHARE_REFUSAL_STATUS[admitted.status], refusal: admitted.status };
  } catch {
    return null;
  }
}

/** The refusal the proxy decided for this request, from its header; null when none (or not one of ours). */
export function shareRefusalOf(headers: Headers): ShareRefusal | null {
  const value = headers.get(SHARE_REFUSAL_HEADER);
  return REFUSALS.find((r) => r === value) ?? null;
}
