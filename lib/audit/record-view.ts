// Auditors' reads are part of the record: what an external auditor opened or exported is logged
// like a change (the issue's "auditors' views and exports are logged too").
import type { TActor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { recordAudit, type TAuditEvent } from './record-audit';

export async function recordAuditorView(actor: TActor, event: Omit<TAuditEvent, 'before' | 'after'>): Promise<void> {
  if (actor.role !== 'AUDITOR') return;
  await getDb().$transaction((tx) => recordAudit(tx, actor, event));
}
