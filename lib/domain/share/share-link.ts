import { z } from 'zod';
import { plainText } from '../plain-text';

/**
 * A deellink (issue 18): a read-only link to a house's map or presentation for people without an
 * account. Only the SHA-256 of its token is stored; the token itself is shown once, to whoever
 * made it. It expires (at most 90 days) and can be revoked at any time.
 */
export const SHARE_SCOPES = ['kaart', 'presentatie'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

export const SHARE_SCOPE_LABELS: Record<ShareScope, string> = { kaart: 'De kaart', presentatie: 'De presentatie' };

export const MAX_SHARE_DAYS = 90;
export const DEFAULT_SHARE_DAYS = 30;

/** A link as listed on the house's page (never with its token). */
export interface ShareLinkSummary {
  id: string;
  scope: ShareScope;
  label: string;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  uses: number;
}

export type ShareLinkState = 'actief' | 'verlopen' | 'ingetrokken';

export function shareLinkState(link: Pick<ShareLinkSummary, 'expiresAt' | 'revokedAt'>, now: Date = new Date()): ShareLinkState {
  if (link.revokedAt) return 'ingetrokken';
  if (new Date(link.expiresAt).getTime() <= now.getTime()) return 'verlopen';
  return 'actief';
}

export const shareLinkInputSchema = plainText(
  z.object({
    scope: z.enum(SHARE_SCOPES, { message: 'Kies wat de link toont: de kaart of de presentatie.' }),
    days: z.coerce
      .number({ message: 'Geef een geldigheid in dagen.' })
      .int('Geef een geheel aantal dagen.')
      .min(1, 'Een deellink is minstens 1 dag geldig.')
      .max(MAX_SHARE_DAYS, `Een deellink is hoogstens ${MAX_SHARE_DAYS} dagen geldig.`),
    label: z.string().trim().max(80, 'De omschrijving is te lang (max. 80 tekens).').default(''),
  }),
);

/** A token looks like what makeShareToken gives (43 base64url characters); anything else is not looked up. */
export function looksLikeShareToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** What making a deellink answers: once, the token of the new link (shown this once, never stored). */
export interface ShareLinkOutcome {
  token: string | null;
}
