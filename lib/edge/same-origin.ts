/**
 * CSRF: a mutation is accepted only when the browser says it comes from this very site. The
 * Origin header (sent by every current browser on POST, PUT, PATCH and DELETE) must name the host
 * the request was sent to. NETWERKKAART_TRUSTED_ORIGINS (comma-separated) adds origins, e.g.
 * when a reverse proxy rewrites the Host header; NETWERKKAART_TRUST_PROXY=1 reads the proxy's
 * X-Forwarded-Host instead of Host.
 */
export function isSameOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  const extra = (env.NETWERKKAART_TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (extra.includes(originUrl.origin)) return true;
  // Behind a trusted reverse proxy the public host arrives as X-Forwarded-Host.
  const host = (env.NETWERKKAART_TRUST_PROXY === '1' && headers.get('x-forwarded-host')) || headers.get('host');
  return Boolean(host) && originUrl.host.toLowerCase() === host!.toLowerCase();
}

export const CROSS_SITE_MESSAGE = 'Dit verzoek komt niet van Netwerkkaart zelf en werd geweigerd.';
