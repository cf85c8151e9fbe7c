// CSRF defence for route handlers that change state: the browser's Origin (or Referer) must be
// this server. Server actions get the same check from Next.js itself.
export function isSameOrigin(request: Request): boolean {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const origin = request.headers.get('origin') ?? request.headers.get('referer');
  if (!host || !origin) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
