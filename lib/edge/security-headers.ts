/**
 * The security headers of every answer (issue 15, item 7), set by proxy.ts on pages and route
 * handlers, and by the upload routes themselves (which the proxy leaves alone so their bodies
 * stream: see proxy.ts). Pure: the caller passes the nonce and the settings.
 *
 * Scripts run only with the request's nonce (Next.js puts it on its own scripts, reading it from
 * the request's Content-Security-Policy) or when loaded by such a script ('strict-dynamic');
 * style elements the same way; style attributes (React's style={...}, which cannot run code) are
 * allowed. Workers come from the app's own origin (the map's layout worker). Images may be data: and blob: URLs (the map's PNG and SVG exports). Nothing may frame
 * the app, and the browser gets no camera, microphone, location or payment.
 */
export interface SecurityHeaderOptions {
  nonce: string;
  /** The app is served over https (NETWERKKAART_URL): HSTS, and upgrade any http sub-request. */
  https: boolean;
  /** `next dev`: React needs eval for its error overlay, and the overlay styles without a nonce. */
  dev: boolean;
}

/**
 * Cytoscape adds one style element of its own when the first map is drawn (the rule below,
 * cytoscape.cjs.js `setContainer`); it is allowed by the hash of its text.
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"; // .__________cytoscape_container { position: relative; }

function contentSecurityPolicy({ nonce, https, dev }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // `next dev` adds its overlay's styles without a nonce: in development only, any style.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}' ${CYTOSCAPE_STYLE_HASH}`,
    "style-src-attr 'unsafe-inline'",
    // The map lays out in a Web Worker from a same-origin script (components/map/arrange.worker.ts).
    // 'strict-dynamic' lets Chromium start it, but a browser that reads worker-src apart from
    // script-src must not refuse it: said outright.
    "worker-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    // Links carry one-time tokens (/wachtwoord?token=…): never send the address to another site.
    ['Referrer-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ...(options.https ? [['Strict-Transport-Security', 'max-age=31536000'] as [string, string]] : []),
  ];
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The settings from the environment: https when NETWERKKAART_URL (or BETTER_AUTH_URL) is. */
export function securityHeaderOptions(nonce: string, env: Record<string, string | undefined> = process.env): SecurityHeaderOptions {
  const url = env.NETWERKKAART_URL || env.BETTER_AUTH_URL || '';
  return { nonce, https: url.startsWith('https://'), dev: env.NODE_ENV === 'development' };
}

/** Sets the headers on a response a route handler made itself (the upload routes). */
export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of securityHeaders(securityHeaderOptions(newNonce()))) response.headers.set(name, value);
  return response;
}
