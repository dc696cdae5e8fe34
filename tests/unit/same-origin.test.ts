import { describe, expect, it } from 'vitest';
import { isLocalPath } from '@/lib/edge/page-guard';
import { isSameOrigin } from '@/lib/edge/same-origin';

describe('same-origin check for mutations (CSRF)', () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it('accepts an Origin that names the host the request was sent to', () => {
    expect(isSameOrigin(headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }), {})).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://kaart.example.be', host: 'kaart.example.be' }), {})).toBe(true);
  });

  it('refuses another site, a missing or null Origin, and another port', () => {
    expect(isSameOrigin(headers({ origin: 'https://aanvaller.example', host: 'localhost:3000' }), {})).toBe(false);
    expect(isSameOrigin(headers({ host: 'localhost:3000' }), {})).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null', host: 'localhost:3000' }), {})).toBe(false);
    expect(isSameOrigin(headers({ origin: 'http://localhost:3001', host: 'localhost:3000' }), {})).toBe(false);
  });

  it('reads X-Forwarded-Host only behind a trusted proxy, and accepts listed origins', () => {
    const proxied = headers({ origin: 'https://kaart.example.be', host: '10.0.0.5:3000', 'x-forwarded-host': 'kaart.example.be' });
    expect(isSameOrigin(proxied, {})).toBe(false);
    expect(isSameOrigin(proxied, { NETWERKKAART_TRUST_PROXY: '1' })).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://kaart.example.be', host: '10.0.0.5:3000' }), { NETWERKKAART_TRUSTED_ORIGINS: 'https://kaart.example.be' })).toBe(true);
  });
});

describe('return paths after login', () => {
  it('allows only paths on this site', () => {
    expect(isLocalPath('/huizen/demo-001')).toBe(true);
    for (const path of ['https://aanvaller.example', '//aanvaller.example', '/\\aanvaller.example', 'huizen', '/x\r\nSet-Cookie: a=b']) expect(isLocalPath(path), path).toBe(false);
  });
});
