import { expect, test } from 'vitest';
import { hashPassword, isUsablePasswordHash, SSO_ONLY_PASSWORD_HASH, verifyPassword } from './password';

test('a hash verifies its own password and no other', async () => {
  const stored = await hashPassword('correct horse battery staple');
  expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
  expect(await verifyPassword('correct horse battery stapl', stored)).toBe(false);
});

test('two hashes of one password differ (random salt)', async () => {
  expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
});

test('malformed stored hashes never verify', async () => {
  expect(await verifyPassword('x', '')).toBe(false);
  expect(await verifyPassword('x', 'bcrypt$1$2$3$4$5')).toBe(false);
});

test('the single-sign-on marker never verifies and is not a usable hash', async () => {
  expect(await verifyPassword('sso-only', SSO_ONLY_PASSWORD_HASH)).toBe(false);
  expect(await verifyPassword('', SSO_ONLY_PASSWORD_HASH)).toBe(false);
  expect(isUsablePasswordHash(SSO_ONLY_PASSWORD_HASH)).toBe(false);
  expect(isUsablePasswordHash(await hashPassword('maple tractor inkwell'))).toBe(true);
});
