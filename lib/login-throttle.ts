import 'server-only';
import { registerAttempt, releaseAttempt } from '@/graph/repositories/login-throttle';

/**
 * Sign-in limits (issue 7): per account and per address, over a sliding minute. The eleventh
 * failed password for one account within a minute is refused with 429; an address (an office,
 * a workshop room behind one router) gets more room, because many people share it.
 */
export const LOGIN_WINDOW_MS = 60_000;
export const ACCOUNT_ATTEMPTS_PER_WINDOW = 10;
export const ADDRESS_ATTEMPTS_PER_WINDOW = 30;

export const TOO_MANY_ATTEMPTS_MESSAGE =
  'Te veel mislukte aanmeldpogingen. Wacht een minuut en probeer dan opnieuw.';

function keys(email: string, address: string) {
  return {
    account: `account:${email.trim().toLowerCase()}`,
    address: `address:${address}`,
  };
}

/** Registers an attempt; refused (with the seconds to wait) when a limit is reached. */
export async function admitLoginAttempt(email: string, address: string, now = Date.now()) {
  const k = keys(email, address);
  return registerAttempt(
    [
      { key: k.account, limit: ACCOUNT_ATTEMPTS_PER_WINDOW },
      { key: k.address, limit: ADDRESS_ATTEMPTS_PER_WINDOW },
    ],
    now,
    LOGIN_WINDOW_MS,
  );
}

/** A successful sign-in takes its attempt back, so only failures count against the limits. */
export async function releaseLoginAttempt(email: string, address: string, stamp: number) {
  const k = keys(email, address);
  await releaseAttempt([k.account, k.address], stamp);
}
