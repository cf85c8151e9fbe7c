// The security headers as a browser receives them, and proof that the strict CSP does not break
// the app: pages hydrate (the sign-in form signs in, the dashboard draws its charts after mount)
// and the browser reports no CSP violation on the way.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `));
}

/** Every CSP violation the page reports, from the DOM event and from the console. */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

test('the sign-in page carries the security headers, and its scripts this response nonce', async ({ page }) => {
  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  const policy = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(directive(policy, 'script-src') ?? '')?.[1];
  expect(nonce).toBeTruthy();
  expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive(policy, 'object-src')).toBe("object-src 'none'");
  expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
  expect(directive(policy, 'form-action')).toBe("form-action 'self'");
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
  // Plain http: no HSTS, no upgrading.
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(directive(policy, 'upgrade-insecure-requests')).toBeUndefined();

  const scriptNonces = await page.locator('script').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  const again = await page.request.get('/login');
  expect(again.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
});

test('HSTS only when the request came over TLS; API answers carry the headers too', async ({ request }) => {
  const overTls = await request.get('/login', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overTls.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(overTls.headers()['content-security-policy']).toContain('upgrade-insecure-requests');

  const api = await request.get('/api/v1/certificates/ibm-data-science/metrics');
  expect(api.status()).toBe(401);
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('no CSP violation on the sign-in page and the certificate dashboard, which hydrate and work', async ({ page }) => {
  const violations = await watchCspViolations(page);
  await signIn(page, 'quality');
  await page.goto('/certificates/ibm-data-science/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard: IBM Data Science Professional Certificate' })).toBeVisible();
  // The charts render only after React has mounted them in the browser.
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
