// Reads of conditions and checklist items, scoped: a procedure's conditions are read through
// procedureScope; their items through checklistItemScope, so a content partner sees the items
// assigned to its organisation and no other.
import type { TActor } from '@/lib/auth/actor';
import { checklistItemScope, procedureScope } from '@/lib/auth/scope';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { getEvidenceState, getItemEvidenceState } from './evidence-state';

/** The due date that applies: the item's own, else its condition's, else the procedure's proof date. */
export function getEffectiveDueOn(
  item: { dueOn: Date | null },
  condition: { dueOn: Date | null },
  procedure: { proofOfConditionsDueOn: Date | null },
): Date | null {
  return item.dueOn ?? condition.dueOn ?? procedure.proofOfConditionsDueOn;
}

export async function listConditionsWithChecklist(actor: TActor, procedureId: string) {
  const db = getDb();
  const procedure = await db.accreditationProcedure.findFirst({ where: { AND: [{ id: procedureId }, procedureScope(actor)] } });
  if (!procedure) throw new NotFoundError('Procedure not found');
  const now = getNow();
  const conditions = await db.condition.findMany({
    where: { procedureId },
    orderBy: { number: 'asc' },
    include: {
      decisions: { orderBy: { decidedOn: 'asc' } },
      checklistItems: {
        where: checklistItemScope(actor),
        orderBy: [{ title: 'asc' }],
        include: { assigneeOrganisation: true, assigneeUser: true, evidence: { select: { status: true, expiresOn: true } } },
      },
    },
  });
  return conditions.map((condition) => ({
    ...condition,
    checklistItems: condition.checklistItems.map((item) => ({
      ...item,
      effectiveDueOn: getEffectiveDueOn(item, condition, procedure),
      evidenceState: getItemEvidenceState(item.evidence, now),
      evidenceCount: item.evidence.length,
    })),
  }));
}

export type TConditionWithChecklist = Awaited<ReturnType<typeof listConditionsWithChecklist>>[number];

export async function getChecklistItem(actor: TActor, itemId: string) {
  const item = await getDb().checklistItem.findFirst({
    where: { AND: [{ id: itemId }, checklistItemScope(actor)] },
    include: {
      condition: { include: { procedure: { include: { agency: true } }, decisions: { orderBy: { decidedOn: 'asc' } } } },
      certificate: true,
      course: true,
      assigneeOrganisation: true,
      assigneeUser: true,
      evidence: {
        orderBy: { createdAt: 'asc' },
        include: {
          createdBy: { select: { name: true, email: true } },
          reviewedBy: { select: { name: true, email: true } },
          revisions: { orderBy: { number: 'desc' }, include: { uploadedBy: { select: { name: true, email: true } } } },
        },
      },
    },
  });
  if (!item) throw new NotFoundError('Checklist item not found');
  const now = getNow();
  return {
    ...item,
    effectiveDueOn: getEffectiveDueOn(item, item.condition, item.condition.procedure),
    evidenceState: getItemEvidenceState(item.evidence, now),
    evidence: item.evidence.map((entry) => ({ ...entry, state: getEvidenceState(entry, now) })),
  };
}

export type TChecklistItemDetail = Awaited<ReturnType<typeof getChecklistItem>>;
