import 'server-only';
import { isValidSetupToken } from '@/graph/repositories/admin-setup';
import { countAttempts, registerAttempt } from '@/graph/repositories/login-throttle';

/**
 * The first-start link is open to anyone who has it, so its form is the one place where a
 * stranger can make the server work: a wrong token is found out with one read (its SHA-256
 * looked up), never with the password hash (scrypt, costly on purpose), and an address with 10
 * wrong tokens in a minute is refused before even that read. Counted in the login limits' store.
 */
const FIRST_START_WINDOW_MS = 60_000;
const FIRST_START_FAILURES_PER_ADDRESS = 10;

export const FIRST_START_THROTTLED_MESSAGE = 'Te veel pogingen met een ongeldige link. Wacht een minuut en probeer dan opnieuw.';

export type FirstStartTokenCheck = 'valid' | 'invalid' | 'throttled';

// Addresses this process already found over the limit, until when: refused without asking the
// database again (the count itself lives in Neo4j, shared by all processes).
const refusedUntil = new Map<string, number>();

export async function checkFirstStartToken(token: string, address: string, now: number = Date.now()): Promise<FirstStartTokenCheck> {
  if ((refusedUntil.get(address) ?? 0) > now) return 'throttled';
  refusedUntil.delete(address);
  const key = `first-start:address:${address}`;
  const misses = await countAttempts(key, now, FIRST_START_WINDOW_MS);
  if (misses.count >= FIRST_START_FAILURES_PER_ADDRESS) {
    if (refusedUntil.size > 10_000) for (const [a, until] of refusedUntil) if (until <= now) refusedUntil.delete(a);
    refusedUntil.set(address, (misses.oldest ?? now) + FIRST_START_WINDOW_MS);
    return 'throttled';
  }
  if (await isValidSetupToken(token, new Date(now))) return 'valid';
  await registerAttempt([{ key, limit: FIRST_START_FAILURES_PER_ADDRESS }], now, FIRST_START_WINDOW_MS);
  return 'invalid';
}
