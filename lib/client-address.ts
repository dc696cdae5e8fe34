/**
 * The client's address as the app server sees it. `next start` sets X-Forwarded-For to the
 * socket's address when the request has none; a reverse proxy in front must overwrite it (a
 * client that reaches the app directly could otherwise choose its own). The per-account limit
 * holds either way.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'onbekend';
}
