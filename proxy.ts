// Runs before every page and API request:
//   1. security headers that depend on the request (lib/auth/security-headers.ts): a fresh CSP
//      nonce, given to Next.js in the request headers so that its scripts carry it, and HSTS over TLS;
//   2. an optimistic redirect to the sign-in page when a page other than /login or /setup is asked
//      for without a session cookie. Never the only gate: every page, action and route handler
//      checks the actor itself.
import { type NextRequest, NextResponse } from 'next/server';
import { buildRequestSecurityHeaders, createNonce, isTlsRequest } from '@/lib/auth/security-headers';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** Pages a visitor without a session may open: sign-in, and the first-run setup (which refuses once a user exists). */
const PUBLIC_PAGES = ['/login', '/setup'];

/** The public pages and the API (which answers 401 itself) are reachable without a session. */
function needsSessionCookie(pathname: string): boolean {
  return !(PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`)) || pathname.startsWith('/api/'));
}

export function proxy(request: NextRequest) {
  const headers = buildRequestSecurityHeaders({
    nonce: createNonce(),
    isTls: isTlsRequest(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol, process.env.NEXTAUTH_URL),
    isDevelopment: process.env.NODE_ENV === 'development',
  });

  let response: NextResponse;
  if (needsSessionCookie(request.nextUrl.pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    response = NextResponse.redirect(new URL('/login', request.url));
  } else {
    const requestHeaders = new Headers(request.headers);
    for (const [name, value] of Object.entries(headers)) requestHeaders.set(name, value);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets and the two root files, which carry no script and need no session.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
