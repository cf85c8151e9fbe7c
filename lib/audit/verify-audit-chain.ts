// Re-computes the audit chain from the first entry and reports the first entry that does not fit:
// a changed entry (its hash no longer matches its content), a deleted one (a gap in the sequence,
// or a previous-hash that names another entry), or entries removed from the end (the head).
import type { TDb } from '@/lib/db/client';
import { computeAuditHash, GENESIS_HASH } from './audit-hash';

export type TAuditVerification = { ok: true; entries: number; headHash: string } | { ok: false; entries: number; sequence: number; problem: string };

const PAGE = 2_000;

export async function verifyAuditChain(db: TDb): Promise<TAuditVerification> {
  let expectedSequence = 1;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const entries = await db.auditEntry.findMany({ where: { sequence: { gte: expectedSequence } }, orderBy: { sequence: 'asc' }, take: PAGE });
    for (const entry of entries) {
      if (entry.sequence !== expectedSequence) {
        return {
          ok: false,
          entries: checked,
          sequence: expectedSequence,
          problem: `entry ${expectedSequence} is missing (the log jumps from ${expectedSequence - 1} to ${entry.sequence})`,
        };
      }
      if (entry.previousHash !== previousHash) {
        return {
          ok: false,
          entries: checked,
          sequence: entry.sequence,
          problem: `entry ${entry.sequence} does not follow entry ${entry.sequence - 1} (previous hash differs): an entry was replaced or removed`,
        };
      }
      if (computeAuditHash(entry, entry.previousHash) !== entry.hash) {
        return {
          ok: false,
          entries: checked,
          sequence: entry.sequence,
          problem: `entry ${entry.sequence} was changed after it was written (${entry.action} on ${entry.entityType} ${entry.entityId}): its content no longer matches its hash`,
        };
      }
      previousHash = entry.hash;
      expectedSequence += 1;
      checked += 1;
    }
    if (entries.length < PAGE) break;
  }
  const head = await db.auditHead.findUnique({ where: { id: 1 } });
  const headSequence = head?.sequence ?? 0;
  if (headSequence !== checked || (head?.hash ?? GENESIS_HASH) !== previousHash) {
    return {
      ok: false,
      entries: checked,
      sequence: headSequence,
      problem: `the log ends at entry ${checked}, but its head records entry ${headSequence}: entries were removed from the end`,
    };
  }
  return { ok: true, entries: checked, headHash: previousHash };
}
