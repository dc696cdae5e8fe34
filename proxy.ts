import { NextResponse, type NextRequest } from 'next/server';
import { newNonce, securityHeaderOptions, securityHeaders } from '@/lib/edge/security-headers';

/**
 * Every answer gets its security headers here (lib/edge/security-headers.ts), with a fresh nonce per
 * request: Next.js reads it from the request's Content-Security-Policy and puts it on the
 * scripts and styles it renders; app/layout.tsx reads it as `x-nonce`.
 */
export function proxy(request: NextRequest) {
  const options = securityHeaderOptions(newNonce());
  const headers = securityHeaders(options);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', options.nonce);
  requestHeaders.set('Content-Security-Policy', headers.find(([name]) => name === 'Content-Security-Policy')![1]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of headers) response.headers.set(name, value);
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
