import { describe, expect, it } from 'vitest';
import { normaliseAddress, parseTrustedProxies, resolveClientAddress } from '../../scripts/client-address.mjs';

// Issue 15, item 2, the rule scripts/serve.mjs applies to every request before Next sees it.
describe('the client address', () => {
  const nobody = parseTrustedProxies('');
  const local = parseTrustedProxies('127.0.0.1, ::1');
  const network = parseTrustedProxies('10.0.0.0/8');

  it('is the socket’s peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.5', '198.51.100.1', nobody)).toBe('203.0.113.5');
    expect(resolveClientAddress('::ffff:203.0.113.5', '198.51.100.1', nobody)).toBe('203.0.113.5');
  });

  it('is the peer when the peer is not a trusted proxy', () => {
    expect(resolveClientAddress('127.0.0.2', '198.51.100.1', local)).toBe('127.0.0.2');
  });

  it('is the forwarded address when a trusted proxy forwards it, read from the right', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', local)).toBe('198.51.100.1');
    // A client sent a made-up entry first; the proxy appended the real one.
    expect(resolveClientAddress('127.0.0.1', '1.2.3.4, 198.51.100.1', local)).toBe('198.51.100.1');
    // Two proxies of our own in a row.
    expect(resolveClientAddress('10.0.0.2', '198.51.100.1, 10.0.0.9', network)).toBe('198.51.100.1');
  });

  it('stops at the last trusted hop when an entry is not an address', () => {
    expect(resolveClientAddress('127.0.0.1', 'niet-een-adres', local)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', undefined, local)).toBe('127.0.0.1');
  });

  it('refuses a setting that is not an address or range', () => {
    expect(() => parseTrustedProxies('localhost')).toThrow(/not an IP address or CIDR range/);
    expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/invalid prefix length/);
    expect(normaliseAddress(' ::ffff:10.1.2.3 ')).toBe('10.1.2.3');
  });
});
