/** The request header that carries the client address the app's own server decided. */
export const CLIENT_ADDRESS_HEADER = 'x-netwerkkaart-client-address';

/**
 * The client's address, as the app's own server decided it from the socket before Next.js saw
 * the request (scripts/serve.mjs, scripts/client-address.mjs): the peer itself, or the address a
 * proxy named in NETWERKKAART_TRUSTED_PROXIES forwarded. Whatever the client put in
 * X-Forwarded-For is not read here. Without that server in front (a bare `next start`) there is
 * no decided address, and every request counts as the one address 'onbekend': the limits then
 * hold for everybody together rather than for nobody.
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'onbekend';
}
