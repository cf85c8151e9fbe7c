// Single sign-on after the identity provider has answered, on both dialects and without a network:
// the ID-token claims go through next-auth's signIn and jwt callbacks as configured from
// CERTQA_OIDC_* (config.ts), and signInWithOidc maps them to a CertQA user or refuses with a code.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { getAuthOptions } from './config';
import type { TOidcClaims } from './oidc-claims';
import { parseOidcConfig, type TOidcConfig } from './oidc-config';
import { OIDC_PROVIDER_ID } from './oidc-provider';
import { signInWithOidc } from './oidc-sign-in';
import { SSO_ONLY_PASSWORD_HASH, verifyPassword } from './password';

const ISSUER = 'https://idp.example.org/realms/certqa';
const ENV = {
  CERTQA_OIDC_ISSUER: ISSUER,
  CERTQA_OIDC_CLIENT_ID: 'certqa',
  CERTQA_OIDC_CLIENT_SECRET: 'client-secret-for-tests',
  CERTQA_OIDC_NAME: 'Example IdP',
  CERTQA_OIDC_ROLE_CLAIM: 'groups',
  CERTQA_OIDC_ROLE_MAP: 'qa-team=QUALITY_MANAGER,ibm-editors=CONTENT_PARTNER,fibaa-auditors=AUDITOR',
  CERTQA_OIDC_ORGANISATION_CLAIM: 'org',
  CERTQA_OIDC_DEFAULT_ORGANISATION: 'coursera',
};

let database: TTestDatabase;
let config: TOidcConfig;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoFacts(database.db);
  // getAuthOptions reads process.env once per process; this file runs in its own.
  Object.assign(process.env, ENV);
  const parsed = parseOidcConfig(ENV);
  if (!parsed) throw new Error('configured');
  config = parsed;
});
afterAll(async () => {
  for (const name of Object.keys(ENV)) delete process.env[name];
  await database.drop();
});

const claims = (sub: string, extra: TOidcClaims): TOidcClaims => ({ iss: ISSUER, sub, email_verified: true, ...extra });

describe('next-auth wiring', () => {
  type TSignIn = (params: { account: { provider: string }; profile: TOidcClaims; user: { id: string } }) => Promise<boolean | string>;
  type TJwt = (params: { token: Record<string, unknown>; user: { id: string }; account: { provider: string } }) => Promise<Record<string, unknown>>;

  test('the provider is offered beside credentials, discovered from the issuer', () => {
    const { providers } = getAuthOptions();
    expect(providers.map((provider) => provider.id)).toEqual(['credentials', OIDC_PROVIDER_ID]);
    expect(providers[1]).toMatchObject({ name: 'Example IdP', wellKnown: `${ISSUER}/.well-known/openid-configuration`, idToken: true });
  });

  test('a mapped sign-in creates the user, and the session token names the CertQA user', async () => {
    const { callbacks } = getAuthOptions();
    const signIn = callbacks?.signIn as unknown as TSignIn;
    const jwt = callbacks?.jwt as unknown as TJwt;
    const profile = claims('new-qm', { email: 'new.qm@coursera.example', name: 'New QM', groups: ['staff', 'qa-team'] });
    const subject = `${ISSUER}|new-qm`;
    expect(await signIn({ account: { provider: OIDC_PROVIDER_ID }, profile, user: { id: subject } })).toBe(true);
    const user = await database.db.user.findUniqueOrThrow({ where: { oidcSubject: subject } });
    expect(user).toMatchObject({ email: 'new.qm@coursera.example', name: 'New QM', role: 'QUALITY_MANAGER', passwordHash: SSO_ONLY_PASSWORD_HASH });
    const token = await jwt({ token: {}, user: { id: subject }, account: { provider: OIDC_PROVIDER_ID } });
    expect(token).toMatchObject({ sub: user.id });
    expect(typeof token.signedInAt).toBe('number');
  });

  test('a refused sign-in goes back to the login page with its reason', async () => {
    const signIn = getAuthOptions().callbacks?.signIn as unknown as TSignIn;
    const profile = claims('nobody', { email: 'nobody@coursera.example', groups: ['staff'] });
    expect(await signIn({ account: { provider: OIDC_PROVIDER_ID }, profile, user: { id: `${ISSUER}|nobody` } })).toBe('/login?error=certqa%3Asso%3Ano-role');
    expect(await database.db.user.findUnique({ where: { email: 'nobody@coursera.example' } })).toBeNull();
  });
});

describe('signInWithOidc', () => {
  test('the organisation claim places the user; a later sign-in brings role and organisation up to date', async () => {
    const first = await signInWithOidc(database.db, config, claims('p1', { email: 'editor@ibm.example', groups: 'ibm-editors', org: 'IBM' }));
    expect(first).toMatchObject({ ok: true, created: true });
    const ibm = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
    expect(await database.db.user.findUniqueOrThrow({ where: { email: 'editor@ibm.example' } })).toMatchObject({
      role: 'CONTENT_PARTNER',
      organisationId: ibm.id,
    });

    const again = await signInWithOidc(database.db, config, claims('p1', { email: 'editor@ibm.example', groups: ['fibaa-auditors'], org: 'fibaa' }));
    expect(again).toMatchObject({ ok: true, created: false });
    const fibaa = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'fibaa' } });
    expect(await database.db.user.findUniqueOrThrow({ where: { email: 'editor@ibm.example' } })).toMatchObject({ role: 'AUDITOR', organisationId: fibaa.id });
  });

  test('an existing password account is linked by its verified e-mail and keeps its password', async () => {
    const result = await signInWithOidc(database.db, config, claims('q1', { email: 'quality@coursera.demo', groups: ['qa-team'] }));
    const user = await database.db.user.findUniqueOrThrow({ where: { email: 'quality@coursera.demo' } });
    expect(result).toEqual({ ok: true, userId: user.id, created: false });
    expect(user.oidcSubject).toBe(`${ISSUER}|q1`);
    expect(await verifyPassword('certqa-demo-2026', user.passwordHash)).toBe(true);
  });

  test('users created through single sign-on have no password that could ever verify', async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { email: 'editor@ibm.example' } });
    for (const guess of ['', SSO_ONLY_PASSWORD_HASH, 'sso-only$', 'anything at all']) expect(await verifyPassword(guess, user.passwordHash)).toBe(false);
  });

  test.each([
    ['no-role', claims('r1', { email: 'r1@example.org', groups: ['staff'] })],
    ['no-email', claims('r2', { groups: ['qa-team'] })],
    ['unknown-organisation', claims('r3', { email: 'r3@example.org', groups: ['qa-team'], org: 'acme' })],
    ['organisation-mismatch', claims('r4', { email: 'r4@example.org', groups: ['qa-team'], org: 'ibm' })],
    ['unverified-email', claims('r5', { email: 'partner@ibm.demo', email_verified: false, groups: ['ibm-editors'], org: 'ibm' })],
    ['account-conflict', claims('r6', { email: 'quality@coursera.demo', groups: ['qa-team'] })],
  ] as const)('refused with %s, and nothing is created or linked', async (code, profile) => {
    const usersBefore = await database.db.user.count();
    expect(await signInWithOidc(database.db, config, profile)).toEqual({ ok: false, code });
    expect(await database.db.user.count()).toBe(usersBefore);
    expect(await database.db.user.findUnique({ where: { oidcSubject: `${ISSUER}|${String(profile.sub)}` } })).toBeNull();
  });

  test('a disabled account is refused, and refusals are audited without the token', async () => {
    await database.db.user.update({ where: { email: 'partner@northwind.demo' }, data: { disabledAt: new Date() } });
    const profile = claims('d1', { email: 'partner@northwind.demo', groups: ['ibm-editors'], org: 'northwind-university' });
    expect(await signInWithOidc(database.db, config, profile)).toEqual({ ok: false, code: 'disabled' });
    const refusals = await database.db.auditEntry.findMany({ where: { action: 'auth.sign-in-refused' }, orderBy: { sequence: 'asc' } });
    expect(refusals.map((entry) => JSON.parse(entry.after ?? '{}').reason)).toContain('disabled');
    expect(refusals.find((entry) => entry.actorLabel === 'partner@northwind.demo')?.entityType).toBe('User');
    expect(JSON.stringify(refusals)).not.toContain('client-secret-for-tests');
  });
});
