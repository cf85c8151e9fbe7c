// Token hashing: API tokens are stored only as this digest, so it must be SHA-256 exactly (a known
// vector, computed independently with `sha256sum`), deterministic, and distinct for distinct tokens.
import { expect, test } from 'vitest';
import { hashApiToken } from './api-tokens';

test('a token is stored as its SHA-256 hex digest', () => {
  expect(hashApiToken('cqa_example-token-0000000000000000')).toBe('15ef005a7b027d53012b1de861944068a88ade9fb111823fa3b62e99eabf3143');
});

test('the digest is stable, 64 hex characters, and does not contain the token', () => {
  const token = 'cqa_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';
  expect(hashApiToken(token)).toBe(hashApiToken(token));
  expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
  expect(hashApiToken(token)).not.toContain(token.slice(4, 12));
});

test('tokens differing in one character have unrelated digests', () => {
  const a = hashApiToken('cqa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  const b = hashApiToken('cqa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB');
  expect(a).not.toBe(b);
  const sameHexPositions = [...a].filter((character, index) => character === b[index]).length;
  expect(sameHexPositions).toBeLessThan(16);
});
