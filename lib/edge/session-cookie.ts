import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Reads Better Auth's signed session cookie the way Better Auth does (better-call's
 * getSignedCookie): the value is `<token>.<base64 HMAC-SHA256 of the token>`, URI-encoded. Kept
 * here so the hot path of every request can look the session and its user up in one query
 * (lib/edge/session.ts) instead of Better Auth's two plus ours.
 *
 * Returns the token, or null when the cookie is absent or its signature does not match (Better
 * Auth then has no session either).
 */
export function signedCookieValue(cookieHeader: string | null, name: string, secret: string): string | null {
  const raw = cookieValue(cookieHeader, name);
  if (!raw) return null;
  const unquoted = raw.startsWith('"') ? raw.slice(1, -1) : raw;
  let value = unquoted;
  try {
    value = decodeURIComponent(unquoted);
  } catch {
    // kept as sent, as better-call's tryDecode does
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  // Standard base64 only, 44 characters: what better-call's atob accepts (Buffer would also take base64url).
  if (!/^[A-Za-z0-9+/]{43}=$/.test(signature)) return null;
  const expected = createHmac('sha256', secret).update(token).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/** One cookie's raw value from a Cookie header (the first, as browsers send the most specific first). */
export function cookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
