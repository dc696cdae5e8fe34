import { createHash, randomBytes } from 'node:crypto';

/**
 * A browser that signed in to an account before (issue 15, item 12). After a successful sign-in
 * the browser gets a signed cookie naming a random device id and the accounts (as hashes of
 * their e-mail) that signed in with it. A sign-in attempt from such a browser for one of those
 * accounts is counted against that device, not against the account: a stranger guessing the
 * password of a coordinator locks out only himself, while the coordinator's own browser still
 * gets in. A browser that never signed in to the account gets the account's limit as before.
 * The cookie only changes which counter an attempt uses; the password is checked as always.
 */
export const TRUSTED_DEVICE_COOKIE = 'apparaat';
export const TRUSTED_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
/** Accounts remembered per browser (a shared office computer). */
const MAX_ACCOUNTS = 5;

export interface TrustedDevice {
  id: string;
  accounts: string[];
}

function accountHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('base64url').slice(0, 22);
}

/** The cookie's (already signature-checked) value; null when it is not one of ours. */
export function parseTrustedDevice(value: string | null | false | undefined): TrustedDevice | null {
  if (!value) return null;
  const match = /^([A-Za-z0-9_-]{16,32}):([A-Za-z0-9_,-]{0,200})$/.exec(value);
  if (!match) return null;
  return { id: match[1], accounts: match[2].split(',').filter(Boolean).slice(0, MAX_ACCOUNTS) };
}

/** The device id to count an attempt for `email` against, when this browser signed in to it before. */
export function trustedDeviceFor(device: TrustedDevice | null, email: string): string | null {
  return device && device.accounts.includes(accountHash(email)) ? device.id : null;
}

/** The cookie value after a successful sign-in of `email` (a new device when there was none). */
export function rememberAccount(device: TrustedDevice | null, email: string): string {
  const id = device?.id ?? randomBytes(16).toString('base64url');
  const hash = accountHash(email);
  const accounts = [hash, ...(device?.accounts ?? []).filter((a) => a !== hash)].slice(0, MAX_ACCOUNTS);
  return `${id}:${accounts.join(',')}`;
}
