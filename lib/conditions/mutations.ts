// Writes of the condition workflow. Each finds its object through the actor's scope (outside it:
// not found), checks the named permission and the workflow rule, then changes it and appends the
// audit entry in the same transaction, so the log holds exactly what was committed.

import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { canManageProcedures, canReviewEvidence, canWorkChecklistItem } from '@/lib/auth/policies';
import { checklistItemScope, procedureScope } from '@/lib/auth/scope';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { expandChecklist, inferChecklistScope } from './checklist-scope';
import { hasCurrentAcceptedEvidence } from './evidence-state';
import type {
  TChangeConditionStatusInput,
  TCreateConditionInput,
  TRecordCommitteeDecisionInput,
  TSetChecklistItemStatusInput,
  TUpdateChecklistItemInput,
} from './schemas';
import { checkCommitteeDecision, checkManualTransition } from './workflow';

async function findConditionInScope(actor: TActor, conditionId: string) {
  const condition = await getDb().condition.findFirst({
    where: { id: conditionId, procedure: procedureScope(actor) },
    include: { procedure: true, checklistItems: { include: { evidence: { select: { status: true, expiresOn: true } } } } },
  });
  if (!condition) throw new NotFoundError('Condition not found');
  return condition;
}

export async function createCondition(actor: TActor, input: TCreateConditionInput): Promise<{ conditionId: string; items: number }> {
  const db = getDb();
  const procedure = await db.accreditationProcedure.findFirst({
    where: { AND: [{ id: input.procedureId }, procedureScope(actor)] },
    include: { certificates: { include: { certificate: { include: { courses: { include: { course: true } } } } } } },
  });
  if (!procedure) throw new NotFoundError('Procedure not found');
  if (!canManageProcedures(actor)) throw new ForbiddenError('Only quality managers add conditions');
  if (await db.condition.findFirst({ where: { procedureId: procedure.id, number: input.number } })) {
    throw new ValidationError('Nothing was added.', { number: [`Condition ${input.number} already exists in this procedure`] });
  }
  const scope = input.checklistScope ?? inferChecklistScope(input.text);
  const certificates = procedure.certificates.map(({ certificate }) => certificate);
  if (certificates.length === 0) throw new ValidationError('The procedure covers no certificate yet; nothing was added.');
  const partnerOf = new Map(certificates.map((certificate) => [certificate.id, certificate.contentPartnerOrganisationId]));
  const targets = expandChecklist(
    scope,
    `Condition ${input.number}`,
    certificates.map((certificate) => ({
      id: certificate.id,
      name: certificate.name,
      courses: certificate.courses.map((row) => ({ courseId: row.courseId, position: row.position, name: row.course.name })),
    })),
  );
  // Whole-condition items go to the partner of the procedure's certificates (the first, if several).
  const defaultAssignee = certificates[0]?.contentPartnerOrganisationId as string;
  return db.$transaction(async (tx) => {
    const condition = await tx.condition.create({
      data: {
        procedureId: procedure.id,
        number: input.number,
        chapter: input.chapter,
        criterion: input.criterion,
        isAsteriskCriterion: /^[\d.]+\*/.test(input.criterion),
        text: input.text,
        checklistScope: scope,
        dueOn: input.dueOn,
      },
    });
    for (const target of targets) {
      await tx.checklistItem.create({
        data: {
          conditionId: condition.id,
          certificateId: target.certificateId,
          courseId: target.courseId,
          title: target.title,
          assigneeOrganisationId: (target.certificateId ? partnerOf.get(target.certificateId) : undefined) ?? defaultAssignee,
        },
      });
    }
    await recordAudit(tx, actor, {
      action: 'condition.create',
      entityType: 'Condition',
      entityId: condition.id,
      procedureId: procedure.id,
      after: {
        number: input.number,
        chapter: input.chapter,
        criterion: input.criterion,
        text: input.text,
        checklistScope: scope,
        dueOn: input.dueOn,
        items: targets.length,
      },
    });
    return { conditionId: condition.id, items: targets.length };
  });
}

export async function changeConditionStatus(actor: TActor, input: TChangeConditionStatusInput): Promise<{ procedureId: string }> {
  const condition = await findConditionInScope(actor, input.conditionId);
  const isAssigned = condition.checklistItems.some((item) => canWorkChecklistItem(actor, item));
  // Partners may start work on a condition assigned to them; everything else is the quality manager's.
  const mayChange = canManageProcedures(actor) || (isAssigned && condition.status === 'OPEN' && input.status === 'IN_PROGRESS');
  if (!mayChange) throw new ForbiddenError('Only quality managers change the status of a condition');
  const now = getNow();
  const openItems = condition.checklistItems.filter((item) => !hasCurrentAcceptedEvidence(item.evidence, now)).length;
  const check = checkManualTransition(condition.status, input.status, { openItems });
  if (!check.ok) throw new ValidationError(check.reason, { status: [check.reason] });
  await getDb().$transaction(async (tx) => {
    // Guarded on the status read above: a concurrent change makes this update match nothing.
    const updated = await tx.condition.updateMany({ where: { id: condition.id, status: condition.status }, data: { status: input.status } });
    if (updated.count !== 1) throw new ValidationError('The condition was changed meanwhile; reload and try again.');
    await recordAudit(tx, actor, {
      action: 'condition.status',
      entityType: 'Condition',
      entityId: condition.id,
      procedureId: condition.procedureId,
      before: { status: condition.status },
      after: { status: input.status },
    });
  });
  return { procedureId: condition.procedureId };
}

export async function recordCommitteeDecision(actor: TActor, input: TRecordCommitteeDecisionInput): Promise<{ procedureId: string }> {
  const condition = await findConditionInScope(actor, input.conditionId);
  if (!canReviewEvidence(actor)) throw new ForbiddenError('Only quality managers record committee decisions');
  const check = checkCommitteeDecision(condition.status, input.decision, input.extendedUntil);
  if (!check.ok) throw new ValidationError(check.reason, { decision: [check.reason] });
  await getDb().$transaction(async (tx) => {
    const updated = await tx.condition.updateMany({
      where: { id: condition.id, status: condition.status },
      data: { status: input.decision, ...(input.extendedUntil ? { dueOn: input.extendedUntil } : {}) },
    });
    if (updated.count !== 1) throw new ValidationError('The condition was changed meanwhile; reload and try again.');
    const record = await tx.conditionDecisionRecord.create({
      data: {
        conditionId: condition.id,
        decision: input.decision,
        decidedOn: input.decidedOn,
        meeting: input.meeting,
        note: input.note,
        extendedUntil: input.extendedUntil,
        recordedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: 'condition.decision',
      entityType: 'Condition',
      entityId: condition.id,
      procedureId: condition.procedureId,
      before: { status: condition.status, dueOn: condition.dueOn },
      after: {
        status: input.decision,
        decisionId: record.id,
        decidedOn: input.decidedOn,
        meeting: input.meeting,
        note: input.note,
        dueOn: input.extendedUntil ?? condition.dueOn,
      },
    });
  });
  return { procedureId: condition.procedureId };
}

async function findItemInScope(actor: TActor, itemId: string) {
  const item = await getDb().checklistItem.findFirst({
    where: { AND: [{ id: itemId }, checklistItemScope(actor)] },
    include: { condition: true, evidence: { select: { status: true, expiresOn: true } } },
  });
  if (!item) throw new NotFoundError('Checklist item not found');
  return item;
}

function assertConditionOpenForWork(status: string): void {
  if (status === 'FULFILLED' || status === 'NOT_FULFILLED') throw new ValidationError('The committee has decided on this condition; its checklist is closed.');
}

export async function updateChecklistItem(actor: TActor, input: TUpdateChecklistItemInput): Promise<{ procedureId: string }> {
  const db = getDb();
  const item = await findItemInScope(actor, input.itemId);
  if (!canManageProcedures(actor)) throw new ForbiddenError('Only quality managers assign checklist items');
  assertConditionOpenForWork(item.condition.status);
  const organisation = await db.organisation.findUnique({ where: { id: input.assigneeOrganisationId } });
  if (!organisation || organisation.kind === 'AGENCY')
    throw new ValidationError('Nothing was changed.', { assigneeOrganisationId: ['Choose a content partner or the platform'] });
  if (input.assigneeUserId) {
    const user = await db.user.findFirst({ where: { id: input.assigneeUserId, organisationId: organisation.id, disabledAt: null } });
    if (!user) throw new ValidationError('Nothing was changed.', { assigneeUserId: [`The person must belong to ${organisation.name}`] });
  }
  await db.$transaction(async (tx) => {
    await tx.checklistItem.update({
      where: { id: item.id },
      data: { assigneeOrganisationId: organisation.id, assigneeUserId: input.assigneeUserId, dueOn: input.dueOn },
    });
    await recordAudit(tx, actor, {
      action: 'checklist-item.assign',
      entityType: 'ChecklistItem',
      entityId: item.id,
      procedureId: item.condition.procedureId,
      certificateId: item.certificateId,
      before: { assigneeOrganisationId: item.assigneeOrganisationId, assigneeUserId: item.assigneeUserId, dueOn: item.dueOn },
      after: { assigneeOrganisationId: organisation.id, assigneeUserId: input.assigneeUserId, dueOn: input.dueOn },
    });
  });
  return { procedureId: item.condition.procedureId };
}

export async function setChecklistItemStatus(actor: TActor, input: TSetChecklistItemStatusInput): Promise<{ procedureId: string }> {
  const item = await findItemInScope(actor, input.itemId);
  if (!canWorkChecklistItem(actor, item)) throw new ForbiddenError('Only the assigned organisation and quality managers work this item');
  assertConditionOpenForWork(item.condition.status);
  if (input.status === 'DONE') {
    if (!canReviewEvidence(actor)) throw new ForbiddenError('Only quality managers mark an item done');
    if (!hasCurrentAcceptedEvidence(item.evidence, getNow()))
      throw new ValidationError('An item is done only with accepted, unexpired evidence.', { status: ['No accepted evidence yet'] });
  }
  await getDb().$transaction(async (tx) => {
    await tx.checklistItem.update({ where: { id: item.id }, data: { status: input.status } });
    await recordAudit(tx, actor, {
      action: 'checklist-item.status',
      entityType: 'ChecklistItem',
      entityId: item.id,
      procedureId: item.condition.procedureId,
      certificateId: item.certificateId,
      before: { status: item.status },
      after: { status: input.status },
    });
  });
  return { procedureId: item.condition.procedureId };
}
