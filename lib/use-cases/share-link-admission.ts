// No `import 'server-only'`: proxy.ts imports this module (the deellink's status is decided before
// its page renders), and the proxy is not compiled as a React server module. It is server code all
// the same: it reaches Neo4j and runs only in the proxy and in route handlers.
import { createHash } from 'node:crypto';
import { countAttempts, registerAttempt } from '@/graph/repositories/login-throttle';
import { findShareLink, markShareLinkUsed, type ShareLinkRow } from '@/graph/repositories/share-links';
import { looksLikeShareToken, shareLinkState } from '../domain/share/share-link';

const GUESS_WINDOW_MS = 60_000;
/** Wrong tokens a client address may try per minute before every token is refused for it. */
export const SHARE_GUESSES_PER_ADDRESS = 20;

/** Why a deellink does not open; each has its own Dutch page and HTTP status. */
export type ShareRefusal = 'verlopen' | 'ingetrokken' | 'onbekend' | 'te-veel';

/** The HTTP status of each refusal: gone for a link that existed, not found, too many guesses. */
export const SHARE_REFUSAL_STATUS: Record<ShareRefusal, 404 | 410 | 429> = { verlopen: 410, ingetrokken: 410, onbekend: 404, 'te-veel': 429 };

export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Lets a token in, or says why not: a token that leads nowhere counts as a guess for the address
 * (after 20 a minute every token is refused for that address, right or wrong); an expired or
 * revoked link is refused; an open one is marked as used. Every opening of a deellink (its page,
 * its downloads) goes through here exactly once.
 */
export async function admitShareLink(
  token: string,
  address: string,
  now: Date = new Date(),
): Promise<{ status: 'open'; row: ShareLinkRow } | { status: ShareRefusal }> {
  const key = `deellink:address:${address}`;
  if ((await countAttempts(key, now.getTime(), GUESS_WINDOW_MS)).count >= SHARE_GUESSES_PER_ADDRESS) return { status: 'te-veel' };
  const row = looksLikeShareToken(token) ? await findShareLink(hashShareToken(token)) : null;
  if (!row) {
    await registerAttempt([{ key, limit: SHARE_GUESSES_PER_ADDRESS }], now.getTime(), GUESS_WINDOW_MS);
    return { status: 'onbekend' };
  }
  const state = shareLinkState({ expiresAt: row.expiresAt, revokedAt: row.revokedAt }, now);
  if (state !== 'actief') return { status: state };
  await markShareLinkUsed(row.id);
  return { status: 'open', row };
}
