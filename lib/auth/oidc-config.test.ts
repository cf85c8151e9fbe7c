import { describe, expect, test } from 'vitest';
import { OidcConfigError, parseOidcConfig } from './oidc-config';
import { createOidcProvider, OIDC_PROVIDER_ID } from './oidc-provider';

const COMPLETE = {
  CERTQA_OIDC_ISSUER: 'https://login.example.org/realms/certqa/',
  CERTQA_OIDC_CLIENT_ID: 'certqa',
  CERTQA_OIDC_CLIENT_SECRET: 's3cret-value',
  CERTQA_OIDC_ROLE_MAP: 'qa-team=QUALITY_MANAGER, ibm-editors=content-partner,fibaa=auditor',
  CERTQA_OIDC_DEFAULT_ORGANISATION: 'coursera',
};

function problemsOf(source: Record<string, string | undefined>): readonly string[] {
  try {
    parseOidcConfig(source);
  } catch (error) {
    if (error instanceof OidcConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseOidcConfig', () => {
  test('no CERTQA_OIDC_* variable: single sign-on is off', () => {
    expect(parseOidcConfig({})).toBeNull();
    expect(parseOidcConfig({ CERTQA_OIDC_ISSUER: '  ', DATABASE_URL: 'file:x' })).toBeNull();
  });

  test('a complete configuration, with defaults for the optional variables', () => {
    expect(parseOidcConfig(COMPLETE)).toEqual({
      issuer: 'https://login.example.org/realms/certqa',
      wellKnown: 'https://login.example.org/realms/certqa/.well-known/openid-configuration',
      clientId: 'certqa',
      clientSecret: 's3cret-value',
      displayName: 'single sign-on',
      scope: 'openid email profile',
      roleClaim: 'roles',
      roleRules: [
        { value: 'qa-team', role: 'QUALITY_MANAGER' },
        { value: 'ibm-editors', role: 'CONTENT_PARTNER' },
        { value: 'fibaa', role: 'AUDITOR' },
      ],
      organisationClaim: null,
      defaultOrganisationSlug: 'coursera',
    });
  });

  test('optional variables are read when given', () => {
    const config = parseOidcConfig({
      ...COMPLETE,
      CERTQA_OIDC_NAME: 'Keycloak',
      CERTQA_OIDC_ROLE_CLAIM: 'realm_access.roles',
      CERTQA_OIDC_ORGANISATION_CLAIM: 'organisation',
      CERTQA_OIDC_SCOPE: 'openid email profile groups',
    });
    expect(config).toMatchObject({
      displayName: 'Keycloak',
      roleClaim: 'realm_access.roles',
      organisationClaim: 'organisation',
      scope: 'openid email profile groups',
    });
  });

  test('a half-done configuration names every missing variable', () => {
    expect(problemsOf({ CERTQA_OIDC_ISSUER: 'https://login.example.org' })).toEqual([
      'CERTQA_OIDC_CLIENT_ID is missing',
      'CERTQA_OIDC_CLIENT_SECRET is missing',
      'CERTQA_OIDC_ROLE_MAP is missing',
      'CERTQA_OIDC_ORGANISATION_CLAIM or CERTQA_OIDC_DEFAULT_ORGANISATION is needed, to place new users in an organisation',
    ]);
    expect(() => parseOidcConfig({ CERTQA_OIDC_CLIENT_SECRET: 'x' })).toThrow(/CERTQA_OIDC_ISSUER is missing/);
  });

  test('invalid values are named with the variable', () => {
    expect(problemsOf({ ...COMPLETE, CERTQA_OIDC_ISSUER: 'login.example.org' })).toEqual(['CERTQA_OIDC_ISSUER "login.example.org" is not a URL']);
    expect(problemsOf({ ...COMPLETE, CERTQA_OIDC_ISSUER: 'http://login.example.org' })).toEqual([
      'CERTQA_OIDC_ISSUER must be an https:// URL, got "http://login.example.org"',
    ]);
    expect(problemsOf({ ...COMPLETE, CERTQA_OIDC_ROLE_MAP: 'qa-team=SUPERUSER' })[0]).toMatch(/CERTQA_OIDC_ROLE_MAP entry "qa-team=SUPERUSER" is not/);
    expect(problemsOf({ ...COMPLETE, CERTQA_OIDC_ROLE_MAP: 'qa-team' })[0]).toMatch(/CERTQA_OIDC_ROLE_MAP entry "qa-team"/);
    expect(problemsOf({ ...COMPLETE, CERTQA_OIDC_ROLE_MAP: 'a=ADMIN,a=AUDITOR' })).toEqual(['CERTQA_OIDC_ROLE_MAP maps "a" to both ADMIN and AUDITOR']);
    expect(problemsOf({ ...COMPLETE, CERTQA_OIDC_SCOPE: 'email profile' })).toEqual(['CERTQA_OIDC_SCOPE must include "openid"']);
  });

  test('the error never repeats the client secret', () => {
    expect(() => parseOidcConfig({ ...COMPLETE, CERTQA_OIDC_ROLE_MAP: '' })).toThrow(OidcConfigError);
    try {
      parseOidcConfig({ ...COMPLETE, CERTQA_OIDC_ISSUER: 'bad', CERTQA_OIDC_ROLE_MAP: 'x=y' });
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret-value');
    }
  });

  test('plain http is allowed for an identity provider on this machine', () => {
    expect(parseOidcConfig({ ...COMPLETE, CERTQA_OIDC_ISSUER: 'http://localhost:8080/realms/dev' })?.issuer).toBe('http://localhost:8080/realms/dev');
  });

  test('with ";" as separator, role values may hold commas and "=" (LDAP-style group names)', () => {
    const config = parseOidcConfig({ ...COMPLETE, CERTQA_OIDC_ROLE_MAP: 'CN=QA,OU=Groups=QUALITY_MANAGER; CN=IBM,OU=Groups=CONTENT_PARTNER' });
    expect(config?.roleRules).toEqual([
      { value: 'CN=QA,OU=Groups', role: 'QUALITY_MANAGER' },
      { value: 'CN=IBM,OU=Groups', role: 'CONTENT_PARTNER' },
    ]);
  });
});

describe('createOidcProvider', () => {
  test('discovers endpoints from the issuer, reads the ID token, checks state and PKCE', () => {
    const config = parseOidcConfig({ ...COMPLETE, CERTQA_OIDC_NAME: 'Keycloak' });
    if (!config) throw new Error('configured');
    const provider = createOidcProvider(config);
    expect(provider).toMatchObject({
      id: OIDC_PROVIDER_ID,
      name: 'Keycloak',
      type: 'oauth',
      wellKnown: 'https://login.example.org/realms/certqa/.well-known/openid-configuration',
      clientId: 'certqa',
      idToken: true,
      checks: ['pkce', 'state'],
      authorization: { params: { scope: 'openid email profile' } },
    });
  });

  test('the profile id is the issuer-qualified subject', async () => {
    const config = parseOidcConfig(COMPLETE);
    if (!config) throw new Error('configured');
    const profile = await createOidcProvider(config).profile(
      { iss: 'https://login.example.org/realms/certqa', sub: 'f3a1', email: 'Quinn@Example.org', name: 'Quinn' },
      {},
    );
    expect(profile).toEqual({ id: 'https://login.example.org/realms/certqa|f3a1', email: 'quinn@example.org', name: 'Quinn' });
  });
});
