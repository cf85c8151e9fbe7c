import { describe, expect, test } from 'vitest';
import { computeAuditHash, GENESIS_HASH, type TAuditEntryContent } from './audit-hash';

const entry: TAuditEntryContent = {
  sequence: 1,
  at: new Date('2026-11-23T10:00:00.000Z'),
  actorId: 'u1',
  actorLabel: 'quality@coursera.demo',
  action: 'evidence.accept',
  entityType: 'Evidence',
  entityId: 'e1',
  procedureId: 'p1',
  certificateId: null,
  before: '{"status":"SUBMITTED"}',
  after: '{"status":"ACCEPTED"}',
};

describe('computeAuditHash', () => {
  test('is a stable SHA-256 hex digest', () => {
    const hash = computeAuditHash(entry, GENESIS_HASH);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(computeAuditHash({ ...entry }, GENESIS_HASH)).toBe(hash);
  });

  test('changes when any field or the previous hash changes', () => {
    const hash = computeAuditHash(entry, GENESIS_HASH);
    expect(computeAuditHash({ ...entry, after: '{"status":"REJECTED"}' }, GENESIS_HASH)).not.toBe(hash);
    expect(computeAuditHash({ ...entry, at: new Date('2026-11-23T10:00:00.001Z') }, GENESIS_HASH)).not.toBe(hash);
    expect(computeAuditHash({ ...entry, sequence: 2 }, GENESIS_HASH)).not.toBe(hash);
    expect(computeAuditHash(entry, 'f'.repeat(64))).not.toBe(hash);
  });

  test('keeps null apart from the text "null"', () => {
    expect(computeAuditHash({ ...entry, before: null }, GENESIS_HASH)).not.toBe(computeAuditHash({ ...entry, before: 'null' }, GENESIS_HASH));
  });
});
