// The security headers of every response, as pure functions (no imports: next.config.ts loads this
// file too). Two parts:
//   - STATIC_SECURITY_HEADERS do not depend on the request; next.config.ts sends them on every
//     path, static files included.
//   - buildRequestSecurityHeaders: the Content-Security-Policy with this request's nonce, and HSTS
//     when the request came over TLS; proxy.ts sends them with every page and API response, and
//     hands the CSP to Next.js in the request headers, which is how Next.js learns the nonce and
//     puts it on its own <script> tags.
//
// Scripts: only those carrying the nonce ('strict-dynamic' lets them load the chunks they import);
// no 'unsafe-inline'. Styles: 'unsafe-inline' stays, because React renders `style` attributes
// (Recharts positions its SVG that way, and components set widths and colours inline), and CSP
// nonces cover <style> elements only, never attributes. Injected styles cannot run code, so this is
// the lesser risk the Next.js guide accepts as well.

export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // For browsers that predate CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Two years, the figure HSTS preload lists ask for. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

export type TRequestSecurityOptions = {
  nonce: string;
  /** The request reached the public side over https. */
  isTls: boolean;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  isDevelopment: boolean;
};

export function buildContentSecurityPolicy({ nonce, isTls, isDevelopment }: TRequestSecurityOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a local start) upgrading would break every asset, so only behind TLS.
    ...(isTls ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

export function buildRequestSecurityHeaders(options: TRequestSecurityOptions): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(options),
    ...(options.isTls ? { 'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` } : {}),
  };
}

/** Every security header of a response, static and per request (what a browser ends up seeing). */
export function buildSecurityHeaders(options: TRequestSecurityOptions): Record<string, string> {
  return { ...STATIC_SECURITY_HEADERS, ...buildRequestSecurityHeaders(options) };
}

/**
 * Whether the browser talked https to the public side: a TLS-terminating proxy says so in
 * X-Forwarded-Proto (the first entry is the one nearest the client), the request URL is https, or
 * the configured public URL (NEXTAUTH_URL) is, for a proxy that does not set the header. A client
 * forging the header on plain http gains nothing: browsers ignore HSTS received over http.
 */
export function isTlsRequest(forwardedProto: string | null | undefined, requestProtocol: string, publicUrl: string | undefined): boolean {
  const forwarded = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || requestProtocol === 'https:' || (publicUrl?.trim().toLowerCase().startsWith('https://') ?? false);
}

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
