import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './lib/auth/security-headers';

const nextConfig: NextConfig = {
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  poweredByHeader: false,
  // Types are checked by `npm test` (tsc --noEmit); the build that `npm start` runs skips it to start sooner.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // Request-independent security headers on every path; proxy.ts adds the CSP (with its per-request
  // nonce) and HSTS. Relative import: this file is loaded before the '@/' alias exists.
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
