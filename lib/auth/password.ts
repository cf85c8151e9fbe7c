// Password hashing with scrypt, a memory-hard function built into Node (no native addon).
// Parameters: N = 2^15, r = 8, p = 1 → 32 MiB per hash, ~0.1 s on one core; stored with the
// hash so they can be raised later without invalidating existing passwords.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * n * r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * The stored "hash" of a user who signs in only through single sign-on. It is not in scrypt form,
 * so verifyPassword can never accept any password for it.
 */
export const SSO_ONLY_PASSWORD_HASH = 'sso-only';

/** A hash that verifyPassword will actually compute against (false for the SSO-only marker). */
export function isUsablePasswordHash(stored: string): boolean {
  return stored.startsWith('scrypt$') && stored.split('$').length === 6;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
