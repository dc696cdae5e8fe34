import 'server-only';
import { countAttempts, registerAttempt } from '@/graph/repositories/login-throttle';

/**
 * Wrong workshop codes, counted per client address in the login limits' store
 * (graph/repositories/login-throttle.ts): a join with a code that leads nowhere, and a signed-in
 * user's request for a workshop they may not run (its projector, action list, report), which
 * answers exactly like an unknown code. 20 in a minute, then the address is refused.
 */
const CODE_GUESS_WINDOW_MS = 60_000;
export const CODE_GUESSES_PER_ADDRESS = 20;

export const TOO_MANY_CODE_GUESSES_MESSAGE = 'Te veel pogingen met een verkeerde code. Wacht een minuut en probeer dan opnieuw.';

function key(address: string): string {
  return `workshop-join:address:${address}`;
}

/** Whether this address already has its 20 misses this minute. */
export async function codeGuessingThrottled(address: string, now: number = Date.now()): Promise<boolean> {
  return (await countAttempts(key(address), now, CODE_GUESS_WINDOW_MS)).count >= CODE_GUESSES_PER_ADDRESS;
}

/** Counts a miss; true when the address has now reached the limit. */
export async function countCodeMiss(address: string, now: number = Date.now()): Promise<boolean> {
  const decision = await registerAttempt([{ key: key(address), limit: CODE_GUESSES_PER_ADDRESS }], now, CODE_GUESS_WINDOW_MS);
  return !decision.allowed;
}
