// Who is on the other end of a request, decided once, by the app's own server (scripts/serve.mjs)
// before Next.js sees the request. Plain JavaScript so the server runs it without a build.
import net from 'node:net';
import { CLIENT_ADDRESS_HEADER } from '../lib/edge/client-address.ts';

/** The request header that carries the decided address to the app (lib/edge/client-address.ts reads it). */
export { CLIENT_ADDRESS_HEADER };

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) → `127.0.0.1`; anything else as it is. */
export function normaliseAddress(address) {
  const text = String(address ?? '').trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  return mapped ? mapped[1] : text;
}

/**
 * The proxies whose X-Forwarded-For is believed: NETWERKKAART_TRUSTED_PROXIES, a comma-separated
 * list of addresses and CIDR ranges (`127.0.0.1`, `10.0.0.0/8`, `::1`). Empty: nobody's.
 * Throws on an entry that is neither, so a typo does not silently trust nobody (or everybody).
 */
export function parseTrustedProxies(setting) {
  const list = new net.BlockList();
  const entries = String(setting ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : null;
    if (!family) throw new Error(`NETWERKKAART_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    if (prefix === undefined) list.addAddress(address, family);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 'ipv4' ? 32 : 128))
        throw new Error(`NETWERKKAART_TRUSTED_PROXIES: "${entry}" has an invalid prefix length.`);
      list.addSubnet(address, bits, family);
    }
  }
  return {
    size: entries.length,
    has: (address) => {
      const a = normaliseAddress(address);
      const family = net.isIPv4(a) ? 'ipv4' : net.isIPv6(a) ? 'ipv6' : null;
      return family !== null && list.check(a, family);
    },
  };
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy. Then the
 * X-Forwarded-For chain is read from the right (the entry the proxy itself appended) and the
 * first address that is not a trusted proxy is the client; everything left of it was written
 * by someone we do not trust and is ignored. An entry that is not an address ends the walk at
 * the last hop we do trust.
 */
export function resolveClientAddress(peer, forwardedFor, trusted) {
  let current = normaliseAddress(peer) || 'onbekend';
  if (!trusted.has(current)) return current;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = header
    .split(',')
    .map((entry) => normaliseAddress(entry))
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (net.isIP(chain[i]) === 0) return current;
    current = chain[i];
    if (!trusted.has(current)) return current;
  }
  return current;
}
