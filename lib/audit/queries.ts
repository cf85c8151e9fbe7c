// The audit trail of one procedure, for those who may read it: its quality managers and the
// auditors granted it. Scope first (procedureScope), so an unseen procedure is not found.
import type { TActor } from '@/lib/auth/actor';
import { canReadAuditTrail } from '@/lib/auth/policies';
import { procedureScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

export async function listProcedureAuditTrail(actor: TActor, procedureId: string, { take = 200 }: { take?: number } = {}) {
  const db = getDb();
  const procedure = await db.accreditationProcedure.findFirst({ where: { AND: [{ id: procedureId }, procedureScope(actor)] }, select: { id: true } });
  if (!procedure || !canReadAuditTrail(actor)) throw new NotFoundError('Procedure not found');
  return db.auditEntry.findMany({ where: { procedureId }, orderBy: { sequence: 'desc' }, take });
}

/** The history of one entity (e.g. a quality-profile rating), newest first; callers check scope. */
export async function listEntityHistory(entityType: string, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  return getDb().auditEntry.findMany({ where: { entityType, entityId: { in: [...entityIds] } }, orderBy: { sequence: 'desc' } });
}
