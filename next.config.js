/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test run builds into its own folder so it never disturbs the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The driver opens raw sockets; keep it a plain Node dependency rather than bundling it.
  serverExternalPackages: ['neo4j-driver'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
