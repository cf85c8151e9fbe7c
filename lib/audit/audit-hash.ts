// The hash of one audit entry: SHA-256 over a fixed-order JSON array of every stored field and the
// previous entry's hash. Changing any field of any entry, or removing one, breaks the chain.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type TAuditEntryContent = {
  sequence: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  procedureId: string | null;
  certificateId: string | null;
  before: string | null;
  after: string | null;
};

export function computeAuditHash(entry: TAuditEntryContent, previousHash: string): string {
  const fields = [
    entry.sequence,
    entry.at.toISOString(),
    entry.actorId,
    entry.actorLabel,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.procedureId,
    entry.certificateId,
    entry.before,
    entry.after,
    previousHash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
