// Optimistic redirect to the sign-in page when no session cookie is present. Never the only
// gate: every page, action and route handler checks the actor itself.
import { type NextRequest, NextResponse } from 'next/server';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.url);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except the sign-in page, auth and API routes (which answer 401 themselves) and static files.
  matcher: ['/((?!login|api/|_next/|favicon.ico|robots.txt).*)'],
};
