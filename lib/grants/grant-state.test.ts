import { expect, test } from 'vitest';
import { computeGrantState, isGrantRevocable } from './grant-state';

const from = new Date('2026-01-10T00:00:00Z');
const until = new Date('2026-01-20T00:00:00Z');

test('a grant is pending before its first day, active from its first instant, expired from its end', () => {
  expect(computeGrantState({ validFrom: from, validUntil: until, revokedAt: null }, new Date('2026-01-09T23:59:59Z'))).toBe('PENDING');
  expect(computeGrantState({ validFrom: from, validUntil: until, revokedAt: null }, from)).toBe('ACTIVE');
  expect(computeGrantState({ validFrom: from, validUntil: until, revokedAt: null }, new Date('2026-01-19T23:59:59Z'))).toBe('ACTIVE');
  expect(computeGrantState({ validFrom: from, validUntil: until, revokedAt: null }, until)).toBe('EXPIRED');
});

test('revocation wins over every date', () => {
  const revokedAt = new Date('2026-01-12T00:00:00Z');
  for (const now of [new Date('2026-01-01T00:00:00Z'), new Date('2026-01-15T00:00:00Z'), new Date('2026-02-01T00:00:00Z')]) {
    expect(computeGrantState({ validFrom: from, validUntil: until, revokedAt }, now)).toBe('REVOKED');
  }
});

test('only pending and active grants can be revoked', () => {
  expect(['PENDING', 'ACTIVE', 'EXPIRED', 'REVOKED'].filter((state) => isGrantRevocable(state as never))).toEqual(['PENDING', 'ACTIVE']);
});
