import 'server-only';
import { registerAttempt, releaseAttempt } from '@/graph/repositories/login-throttle';

/**
 * Sign-in limits (issue 7, issue 15): over a sliding minute, 10 failed attempts per account and
 * 30 per address (an office, a workshop room behind one router: many people share it). The next
 * one gets 429, whatever the password.
 *
 * A browser that signed in to the account before (a trusted device, lib/edge/trusted-device.ts) is
 * counted on its own instead: 10 failures a minute for that browser, and neither the account's
 * nor the address's count applies to it. So guessing from anywhere else still stops at 10 a
 * minute, and the owner is not locked out by whoever does the guessing.
 */
export const LOGIN_WINDOW_MS = 60_000;
export const ACCOUNT_ATTEMPTS_PER_WINDOW = 10;
const ADDRESS_ATTEMPTS_PER_WINDOW = 30;
const DEVICE_ATTEMPTS_PER_WINDOW = 10;

export const TOO_MANY_ATTEMPTS_MESSAGE = 'Te veel mislukte aanmeldpogingen. Wacht een minuut en probeer dan opnieuw.';

function limits(email: string, address: string, device: string | null) {
  if (device) return [{ key: `device:${device}`, limit: DEVICE_ATTEMPTS_PER_WINDOW }];
  return [
    { key: `account:${email.trim().toLowerCase()}`, limit: ACCOUNT_ATTEMPTS_PER_WINDOW },
    { key: `address:${address}`, limit: ADDRESS_ATTEMPTS_PER_WINDOW },
  ];
}

/** Registers an attempt; refused (with the seconds to wait) when a limit is reached. */
export async function admitLoginAttempt(email: string, address: string, now = Date.now(), device: string | null = null) {
  return registerAttempt(limits(email, address, device), now, LOGIN_WINDOW_MS);
}

/** A successful sign-in takes its attempt back, so only failures count against the limits. */
export async function releaseLoginAttempt(email: string, address: string, stamp: number, device: string | null = null) {
  await releaseAttempt(
    limits(email, address, device).map((l) => l.key),
    stamp,
  );
}
