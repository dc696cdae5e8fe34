import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, securityHeaderOptions, securityHeaders } from '@/lib/edge/security-headers';
import { gateSharePage, SHARE_REFUSAL_HEADER } from '@/lib/edge/share-gate';

/**
 * Every answer gets its security headers here (lib/edge/security-headers.ts), with a fresh nonce per
 * request: Next.js reads it from the request's Content-Security-Policy and puts it on the
 * scripts and styles it renders; app/layout.tsx reads it as `x-nonce`. A deellink's page is
 * admitted here too, so that a refused one answers 404, 410 or 429 (lib/edge/share-gate.ts).
 */
export async function proxy(request: NextRequest) {
  const options = securityHeaderOptions(newNonce());
  const headers = securityHeaders(options);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', options.nonce);
  requestHeaders.set('Content-Security-Policy', headers.find(([name]) => name === 'Content-Security-Policy')![1]);
  // Only the proxy says why a deellink was refused: never what the client sent.
  requestHeaders.delete(SHARE_REFUSAL_HEADER);
  const gate = await gateSharePage(request.nextUrl.pathname, request.headers);
  if (gate?.refusal) requestHeaders.set(SHARE_REFUSAL_HEADER, gate.refusal);
  const response = NextResponse.next({ request: { headers: requestHeaders }, status: gate?.status });
  for (const [name, value] of headers) response.headers.set(name, value);
  if (gate?.refusal === 'te-veel') response.headers.set('Retry-After', '60');
  return response;
}

export const config = {
  matcher: [
    // Not Next's static files (they get nosniff from next.config.js), and not the three upload
    // routes: a proxy makes Next read the whole request body before the route runs, which the
    // uploads must stream and cut off at their limit themselves. They set these headers too.
    '/((?!_next/static|_next/image|favicon.ico|api/beheer/backup|api/beheer/import|api/huizen/[^/]+/import).*)',
  ],
};
