/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds into its own folder so it never disturbs the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The driver opens raw sockets, and pdfkit reads its font data from its own folder: keep them
  // plain Node dependencies rather than bundling them.
  serverExternalPackages: ['neo4j-driver', 'pdfkit', 'svg-to-pdfkit'],
  poweredByHeader: false,
  // forbidden() and app/forbidden.tsx: a Dutch "geen toegang" page with status 403 for the parts
  // of the product a role does not open (lib/edge/page-guard.ts).
  experimental: { authInterrupts: true },
  // Pages and routes get their security headers from proxy.ts (lib/edge/security-headers.ts); Next's
  // own static files, which the proxy skips, at least this one.
  async headers() {
    return [{ source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }];
  },
  reactStrictMode: true,
};

export default nextConfig;
