import { describe, expect, test } from 'vitest';
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce, isTlsRequest, STATIC_SECURITY_HEADERS } from './security-headers';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('Content-Security-Policy', () => {
  const production = directives(buildContentSecurityPolicy({ nonce: 'abc123==', isTls: false, isDevelopment: false }));

  test('scripts need this response nonce; inline scripts and eval are not allowed', () => {
    expect(production.get('script-src')).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(production.get('script-src')).not.toContain('unsafe-inline');
    expect(production.get('script-src')).not.toContain('unsafe-eval');
  });

  test('no framing, no plugins, no foreign base or form targets', () => {
    expect(production.get('frame-ancestors')).toBe("'none'");
    expect(production.get('object-src')).toBe("'none'");
    expect(production.get('base-uri')).toBe("'self'");
    expect(production.get('form-action')).toBe("'self'");
    expect(production.get('default-src')).toBe("'self'");
  });

  test('next dev gets eval; only TLS responses upgrade insecure requests', () => {
    expect(directives(buildContentSecurityPolicy({ nonce: 'n', isTls: false, isDevelopment: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(production.has('upgrade-insecure-requests')).toBe(false);
    expect(directives(buildContentSecurityPolicy({ nonce: 'n', isTls: true, isDevelopment: false })).has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('security headers', () => {
  test('every response gets nosniff, a referrer policy, a permissions policy and no framing', () => {
    const headers = buildSecurityHeaders({ nonce: 'n', isTls: false, isDevelopment: false });
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Content-Security-Policy']).toContain("'nonce-n'");
    expect(Object.keys(STATIC_SECURITY_HEADERS)).not.toContain('Content-Security-Policy');
  });

  test('HSTS only over TLS', () => {
    expect(buildSecurityHeaders({ nonce: 'n', isTls: false, isDevelopment: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(buildSecurityHeaders({ nonce: 'n', isTls: true, isDevelopment: false })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });

  test('TLS is read from X-Forwarded-Proto, the request URL or the public URL', () => {
    expect(isTlsRequest('https', 'http:', undefined)).toBe(true);
    expect(isTlsRequest('https, http', 'http:', undefined)).toBe(true);
    expect(isTlsRequest('http', 'http:', undefined)).toBe(false);
    expect(isTlsRequest(null, 'https:', undefined)).toBe(true);
    expect(isTlsRequest(null, 'http:', 'https://certqa.example.org')).toBe(true);
    expect(isTlsRequest(null, 'http:', 'http://localhost:3000')).toBe(false);
  });

  test('nonces are 128 random bits and never repeat', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
