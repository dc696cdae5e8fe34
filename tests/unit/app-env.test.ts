import { describe, expect, it } from 'vitest';
import { readAppEnv } from '@/lib/edge/app-env';

describe('the app settings (lib/edge/app-env.ts)', () => {
  it('serves locally over http when no public address is set', () => {
    expect(readAppEnv({ PORT: '3201' })).toMatchObject({ publicOrigin: null, https: false, localOrigin: 'http://localhost:3201', trustedOrigins: [], trustForwardedHost: false });
  });

  it('takes the public address, under its older name too, as an origin; https turns on secure settings', () => {
    expect(readAppEnv({ NETWERKKAART_URL: 'https://kaart.example.be/' })).toMatchObject({ publicOrigin: 'https://kaart.example.be', https: true });
    expect(readAppEnv({ BETTER_AUTH_URL: 'http://10.0.0.5:3000' })).toMatchObject({ publicOrigin: 'http://10.0.0.5:3000', https: false });
    expect(readAppEnv({ NETWERKKAART_URL: '', BETTER_AUTH_URL: 'https://oud.example.be' }).publicOrigin).toBe('https://oud.example.be');
  });

  it('splits the trusted origins and reads the proxy switch', () => {
    const env = readAppEnv({ NETWERKKAART_TRUSTED_ORIGINS: ' https://a.example.be , https://b.example.be,', NETWERKKAART_TRUST_PROXY: '1' });
    expect(env.trustedOrigins).toEqual(['https://a.example.be', 'https://b.example.be']);
    expect(env.trustForwardedHost).toBe(true);
  });

  it('refuses a malformed setting with a message that names it', () => {
    expect(() => readAppEnv({ NETWERKKAART_URL: 'kaart.example.be' })).toThrow(/NETWERKKAART_URL/);
    expect(() => readAppEnv({ NETWERKKAART_URL: 'ftp://kaart.example.be' })).toThrow(/NETWERKKAART_URL/);
    expect(() => readAppEnv({ NETWERKKAART_TRUST_PROXY: 'yes' })).toThrow(/NETWERKKAART_TRUST_PROXY is 0 of 1/);
    expect(() => readAppEnv({ PORT: 'drieduizend' })).toThrow(/PORT/);
  });
});
