// Appends to the audit log inside the caller's transaction, so an entry exists exactly when its
// change was committed. Appends are serialised (PostgreSQL: a transaction-scoped advisory lock;
// SQLite: one writer at a time) so that sequence numbers stay contiguous and the chain unbroken.
import type { TActor } from '@/lib/auth/actor';
import { getNow } from '@/lib/clock';
import { getDialect } from '@/lib/db/dialect';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { getDatabaseUrl } from '@/lib/env';
import { computeAuditHash, GENESIS_HASH } from './audit-hash';

/** Any transaction client (or the client itself, for single-statement views). */
export type TAuditWriter = Prisma.TransactionClient;

export type TAuditEvent = {
  action: string;
  entityType: string;
  entityId: string;
  procedureId?: string | null;
  certificateId?: string | null;
  /** The changed fields before and after; omit for creations (before) and views (both). */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

const AUDIT_LOCK_KEY = 74_263_001;

/** Stable JSON: keys sorted, dates as ISO strings, so equal states give equal text. */
export function toAuditJson(value: Record<string, unknown> | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const sorted = Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key] instanceof Date ? (value[key] as Date).toISOString() : value[key]]),
  );
  return JSON.stringify(sorted);
}

export async function recordAudit(tx: TAuditWriter, actor: TActor, event: TAuditEvent): Promise<void> {
  if (getDialect(getDatabaseUrl()) === 'postgres') await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const head = await tx.auditHead.findUnique({ where: { id: 1 } });
  const content = {
    sequence: (head?.sequence ?? 0) + 1,
    at: getNow(),
    actorId: actor.userId === 'system' ? null : actor.userId,
    actorLabel: actor.userId === 'system' ? 'system' : actor.email,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    procedureId: event.procedureId ?? null,
    certificateId: event.certificateId ?? null,
    before: toAuditJson(event.before),
    after: toAuditJson(event.after),
  };
  const previousHash = head?.hash ?? GENESIS_HASH;
  const hash = computeAuditHash(content, previousHash);
  await tx.auditEntry.create({ data: { ...content, previousHash, hash } });
  await tx.auditHead.upsert({ where: { id: 1 }, create: { id: 1, sequence: content.sequence, hash }, update: { sequence: content.sequence, hash } });
}
