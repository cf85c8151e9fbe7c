import { expect, test } from 'vitest';
import { claimValues, mapRole, readClaim, readIdentity, resolveOrganisationSlug } from './oidc-claims';

const rules = {
  roleClaim: 'roles',
  roleRules: [
    { value: 'qa-team', role: 'QUALITY_MANAGER' as const },
    { value: 'ibm-editors', role: 'CONTENT_PARTNER' as const },
  ],
};

test('claims are read by exact name first (URL-style names hold dots), else along a dotted path', () => {
  const claims = { 'https://example.org/roles': ['a'], realm_access: { roles: ['qa-team'] }, roles: 'solo' };
  expect(readClaim(claims, 'https://example.org/roles')).toEqual(['a']);
  expect(readClaim(claims, 'realm_access.roles')).toEqual(['qa-team']);
  expect(readClaim(claims, 'realm_access.missing')).toBeUndefined();
  expect(claimValues('solo')).toEqual(['solo']);
  expect(claimValues(['x', 3, ' y ', ''])).toEqual(['x', 'y']);
  expect(claimValues({ not: 'a list' })).toEqual([]);
});

test('the first rule, in configuration order, that the user has decides the role', () => {
  expect(mapRole({ roles: ['ibm-editors', 'qa-team'] }, rules)).toBe('QUALITY_MANAGER');
  expect(mapRole({ roles: 'ibm-editors' }, rules)).toBe('CONTENT_PARTNER');
  expect(mapRole({ roles: ['staff'] }, rules)).toBeNull();
  expect(mapRole({}, rules)).toBeNull();
  expect(mapRole({ realm_access: { roles: ['qa-team'] } }, { ...rules, roleClaim: 'realm_access.roles' })).toBe('QUALITY_MANAGER');
});

test('the organisation comes from its claim, else from the configured default', () => {
  expect(resolveOrganisationSlug({ org: ['IBM', 'other'] }, { organisationClaim: 'org', defaultOrganisationSlug: 'coursera' })).toBe('ibm');
  expect(resolveOrganisationSlug({}, { organisationClaim: 'org', defaultOrganisationSlug: 'coursera' })).toBe('coursera');
  expect(resolveOrganisationSlug({ org: 'ibm' }, { organisationClaim: null, defaultOrganisationSlug: null })).toBeNull();
});

test('identity: issuer-qualified subject, normalised e-mail, verification as sent', () => {
  const config = { issuer: 'https://idp.example.org' };
  expect(readIdentity({ sub: 'abc', email: ' Quinn@Example.ORG ', email_verified: true, name: 'Quinn Q.' }, config)).toEqual({
    subject: 'https://idp.example.org|abc',
    email: 'quinn@example.org',
    emailVerified: true,
    name: 'Quinn Q.',
  });
  expect(readIdentity({ iss: 'https://other.example/', sub: 'abc', email: 'a@b.org', preferred_username: 'ab' }, config)).toMatchObject({
    subject: 'https://other.example|abc',
    emailVerified: null,
    name: 'ab',
  });
  expect(readIdentity({ sub: 'abc', email: 'a@b.org', email_verified: 'false' }, config)?.emailVerified).toBe(false);
  expect(readIdentity({ sub: 'abc' }, config)).toBeNull();
  expect(readIdentity({ email: 'a@b.org' }, config)).toBeNull();
});
