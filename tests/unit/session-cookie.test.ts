import { serializeSignedCookie } from 'better-call';
import { describe, expect, it } from 'vitest';
import { cookieValue, signedCookieValue } from '@/lib/edge/session-cookie';

const SECRET = 'een-geheim-van-minstens-32-tekens-lang';

describe('signedCookieValue', () => {
  it('reads a cookie signed by better-call (Better Auth) and only that', async () => {
    // A Set-Cookie as Better Auth writes it, sent back as a Cookie header.
    const setCookie = await serializeSignedCookie('netwerkkaart.session_token', 'token-abc_123', SECRET, { path: '/' });
    const header = `andere=1; ${setCookie.split(';')[0]}; laatste=2`;
    expect(signedCookieValue(header, 'netwerkkaart.session_token', SECRET)).toBe('token-abc_123');
    expect(signedCookieValue(header, 'netwerkkaart.session_token', `${SECRET}x`)).toBeNull();
    expect(signedCookieValue(header.replace('token-abc', 'token-abd'), 'netwerkkaart.session_token', SECRET)).toBeNull();
    expect(signedCookieValue('netwerkkaart.session_token=token-abc_123', 'netwerkkaart.session_token', SECRET)).toBeNull();
    expect(signedCookieValue(null, 'netwerkkaart.session_token', SECRET)).toBeNull();
  });

  it('refuses the base64url spelling of a valid signature, as Better Auth does', async () => {
    // A token whose signature holds + or /, written with - and _ instead.
    for (let i = 0; i < 50; i += 1) {
      const setCookie = await serializeSignedCookie('netwerkkaart.session_token', `token-${i}`, SECRET, { path: '/' });
      const value = decodeURIComponent(setCookie.split(';')[0].split('=').slice(1).join('='));
      const signature = value.slice(value.lastIndexOf('.') + 1);
      if (!/[+/]/.test(signature)) continue;
      const urlSafe = `token-${i}.${signature.replace(/\+/g, '-').replace(/\//g, '_')}`;
      expect(signedCookieValue(`netwerkkaart.session_token=${encodeURIComponent(value)}`, 'netwerkkaart.session_token', SECRET)).toBe(`token-${i}`);
      expect(signedCookieValue(`netwerkkaart.session_token=${encodeURIComponent(urlSafe)}`, 'netwerkkaart.session_token', SECRET)).toBeNull();
      return;
    }
    throw new Error('no signature with + or / among 50 tokens');
  });

  it('takes the first of two cookies with one name, unquoted', () => {
    expect(cookieValue('a=1; b="2"; a=3', 'a')).toBe('1');
    expect(cookieValue('a=1; b=2', 'c')).toBeNull();
  });
});
