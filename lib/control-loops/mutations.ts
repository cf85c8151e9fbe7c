// Writes of control loops and their measures. Each finds its object through the actor's scope
// (outside it: not found), checks the named permission, then the workflow rule, and only then
// changes the loop and appends the audit entry in the same transaction. Updates are guarded on the
// status read before, so a concurrent change (say, a close) makes the write match nothing and
// the request is refused instead of acting on a stale loop.
import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { canManageControlLoops } from '@/lib/auth/policies';
import { certificateScope, checklistItemScope, controlLoopScope } from '@/lib/auth/scope';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { compareWaves } from './compare-waves';
import { buildLoopEvidenceSnapshot, getLoopEvidenceDate } from './evidence-snapshot';
import { loadWaveAnalysis } from './load-wave-analysis';
import { canUpdateMeasureStatus } from './permissions';
import type {
  TAddMeasureInput,
  TAttachFollowUpWaveInput,
  TAttachLoopToConditionInput,
  TCloseControlLoopInput,
  TCreateControlLoopInput,
  TUpdateMeasureStatusInput,
} from './schemas';
import { freezeSnapshot, parseSnapshot, ZWaveAnalysis } from './snapshot';
import { checkLoopAction, LOOP_STATUS_LABEL, MEASURE_STATUS_LABEL, type TLoopAction } from './workflow';

const certificateWithCourses = { courses: { include: { course: true }, orderBy: { position: 'asc' } } } as const;

async function findLoopInScope(actor: TActor, loopId: string) {
  const loop = await getDb().controlLoop.findFirst({
    where: { AND: [{ id: loopId }, controlLoopScope(actor)] },
    include: { certificate: { include: certificateWithCourses }, condition: true, measures: true },
  });
  if (!loop) throw new NotFoundError('Control loop not found');
  return loop;
}

type TLoopInScope = Awaited<ReturnType<typeof findLoopInScope>>;

function assertLoopAllows(loop: TLoopInScope, action: TLoopAction, field: string) {
  const check = checkLoopAction(loop.status, action, {
    hasFollowUp: loop.followUpWaveId !== null,
    openMeasures: loop.measures.filter((measure) => measure.status === 'PLANNED' || measure.status === 'IN_PROGRESS').length,
  });
  if (!check.ok) throw new ValidationError(check.reason, { [field]: [check.reason] });
  return check.next;
}

function assertManager(actor: TActor, what: string) {
  if (!canManageControlLoops(actor)) throw new ForbiddenError(`Only quality managers ${what}`);
}

const STALE = 'The control loop was changed meanwhile; reload and try again. Nothing was changed.';

/** The audit entry of a change of the loop's status: before and after, with its certificate and condition. */
function recordLoopStatusAudit(
  tx: Prisma.TransactionClient,
  actor: TActor,
  loop: { id: string; certificateId: string; status: string; condition: { procedureId: string } | null },
  action: string,
  after: Record<string, unknown>,
): Promise<void> {
  return recordAudit(tx, actor, {
    action,
    entityType: 'ControlLoop',
    entityId: loop.id,
    certificateId: loop.certificateId,
    procedureId: loop.condition?.procedureId,
    before: { status: loop.status },
    after,
  });
}

export async function createControlLoop(actor: TActor, input: TCreateControlLoopInput): Promise<{ loopId: string; slug: string }> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({
    where: { AND: [{ slug: input.certificateSlug }, certificateScope(actor)] },
    include: certificateWithCourses,
  });
  if (!certificate) throw new NotFoundError('Certificate not found');
  assertManager(actor, 'start control loops');
  const { wave, analysis } = await loadWaveAnalysis(db, actor, certificate, input.baselineWaveId, 'baselineWaveId');
  const frozen = freezeSnapshot(analysis);
  const frozenAt = getNow();
  return db.$transaction(async (tx) => {
    const loop = await tx.controlLoop.create({
      data: {
        certificateId: certificate.id,
        title: input.title,
        status: 'BASELINE',
        baselineWaveId: wave.id,
        baselineSnapshot: frozen.json,
        baselineSha256: frozen.sha256,
        baselineFrozenAt: frozenAt,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: 'control-loop.create',
      entityType: 'ControlLoop',
      entityId: loop.id,
      certificateId: certificate.id,
      after: { title: input.title, status: 'BASELINE', baselineWaveId: wave.id, baselineSha256: frozen.sha256, baselineFrozenAt: frozenAt },
    });
    return { loopId: loop.id, slug: certificate.slug };
  });
}

export async function addMeasure(actor: TActor, input: TAddMeasureInput): Promise<{ measureId: string; loopId: string; slug: string }> {
  const db = getDb();
  const loop = await findLoopInScope(actor, input.loopId);
  assertManager(actor, 'add measures');
  const next = assertLoopAllows(loop, 'ADD_MEASURE', 'title');
  // Measures are owned by a party to the certificate: its platform or its content partner.
  const parties = [loop.certificate.platformOrganisationId, loop.certificate.contentPartnerOrganisationId];
  const organisation = await db.organisation.findFirst({ where: { id: input.ownerOrganisationId } });
  if (!organisation || !parties.includes(organisation.id)) {
    throw new ValidationError('Nothing was added.', { ownerOrganisationId: ["Choose the certificate's platform or content partner"] });
  }
  if (input.ownerUserId) {
    const user = await db.user.findFirst({ where: { id: input.ownerUserId, organisationId: organisation.id, disabledAt: null } });
    if (!user) throw new ValidationError('Nothing was added.', { ownerUserId: [`The person must belong to ${organisation.name}`] });
  }
  return db.$transaction(async (tx) => {
    const guarded = await tx.controlLoop.updateMany({ where: { id: loop.id, status: loop.status }, data: { status: next } });
    if (guarded.count !== 1) throw new ValidationError(STALE);
    const measure = await tx.measure.create({
      data: {
        loopId: loop.id,
        title: input.title,
        ownerOrganisationId: organisation.id,
        ownerUserId: input.ownerUserId,
        dueOn: input.dueOn,
        expectedEffect: input.expectedEffect,
      },
    });
    await recordAudit(tx, actor, {
      action: 'measure.create',
      entityType: 'Measure',
      entityId: measure.id,
      certificateId: loop.certificateId,
      procedureId: loop.condition?.procedureId,
      after: {
        loopId: loop.id,
        title: input.title,
        ownerOrganisationId: organisation.id,
        ownerUserId: input.ownerUserId,
        dueOn: input.dueOn,
        expectedEffect: input.expectedEffect,
      },
    });
    if (next !== loop.status) {
      await recordLoopStatusAudit(tx, actor, loop, 'control-loop.status', { status: next });
    }
    return { measureId: measure.id, loopId: loop.id, slug: loop.certificate.slug };
  });
}

export async function updateMeasureStatus(actor: TActor, input: TUpdateMeasureStatusInput): Promise<{ loopId: string; slug: string }> {
  const db = getDb();
  const found = await db.measure.findFirst({ where: { id: input.measureId, loop: controlLoopScope(actor) }, select: { loopId: true } });
  if (!found) throw new NotFoundError('Measure not found');
  const loop = await findLoopInScope(actor, found.loopId);
  const measure = loop.measures.find((entry) => entry.id === input.measureId);
  if (!measure) throw new NotFoundError('Measure not found');
  if (!canUpdateMeasureStatus(actor, measure)) throw new ForbiddenError("Only quality managers and the measure's owner organisation change its status");
  assertLoopAllows(loop, 'UPDATE_MEASURE_STATUS', 'status');
  if (measure.status === input.status) throw new ValidationError(`The measure is already ${MEASURE_STATUS_LABEL[input.status]}; nothing was changed.`);
  await db.$transaction(async (tx) => {
    // Both guards: the loop must not have moved on (closed) and the measure not been changed meanwhile.
    const loopGuard = await tx.controlLoop.updateMany({ where: { id: loop.id, status: loop.status }, data: { status: loop.status } });
    const measureGuard = await tx.measure.updateMany({ where: { id: measure.id, status: measure.status }, data: { status: input.status } });
    if (loopGuard.count !== 1 || measureGuard.count !== 1) throw new ValidationError(STALE);
    await recordAudit(tx, actor, {
      action: 'measure.status',
      entityType: 'Measure',
      entityId: measure.id,
      certificateId: loop.certificateId,
      procedureId: loop.condition?.procedureId,
      before: { status: measure.status },
      after: { status: input.status },
    });
  });
  return { loopId: loop.id, slug: loop.certificate.slug };
}

export async function attachFollowUpWave(actor: TActor, input: TAttachFollowUpWaveInput): Promise<{ loopId: string; slug: string }> {
  const db = getDb();
  const loop = await findLoopInScope(actor, input.loopId);
  assertManager(actor, 'compare follow-up waves');
  const next = assertLoopAllows(loop, 'ATTACH_FOLLOW_UP', 'followUpWaveId');
  if (input.followUpWaveId === loop.baselineWaveId) {
    throw new ValidationError('The follow-up must be a different wave than the baseline; nothing was changed.', { followUpWaveId: ['Choose another wave'] });
  }
  const baselineWave = await db.workloadSurveyWave.findUniqueOrThrow({ where: { id: loop.baselineWaveId }, select: { importedAt: true } });
  const { wave, analysis } = await loadWaveAnalysis(db, actor, loop.certificate, input.followUpWaveId, 'followUpWaveId');
  if (wave.importedAt.getTime() <= baselineWave.importedAt.getTime()) {
    throw new ValidationError('The follow-up must be a wave imported after the baseline wave; nothing was changed.', {
      followUpWaveId: ['Choose a later wave'],
    });
  }
  const baseline = parseSnapshot(ZWaveAnalysis, loop.baselineSnapshot, 'baseline analysis');
  const frozen = freezeSnapshot(analysis);
  const comparison = compareWaves(baseline, analysis);
  const frozenAt = getNow();
  await db.$transaction(async (tx) => {
    const updated = await tx.controlLoop.updateMany({
      where: { id: loop.id, status: loop.status, followUpWaveId: null },
      data: {
        status: next,
        followUpWaveId: wave.id,
        followUpSnapshot: frozen.json,
        followUpSha256: frozen.sha256,
        followUpFrozenAt: frozenAt,
        comparison: JSON.stringify(comparison),
      },
    });
    if (updated.count !== 1) throw new ValidationError(STALE);
    await recordLoopStatusAudit(tx, actor, loop, 'control-loop.follow-up', {
      status: next,
      followUpWaveId: wave.id,
      followUpSha256: frozen.sha256,
      followUpFrozenAt: frozenAt,
      verdicts: comparison.counts,
    });
  });
  return { loopId: loop.id, slug: loop.certificate.slug };
}

export async function closeControlLoop(actor: TActor, input: TCloseControlLoopInput): Promise<{ loopId: string; slug: string }> {
  const loop = await findLoopInScope(actor, input.loopId);
  assertManager(actor, 'close control loops');
  const next = assertLoopAllows(loop, 'CLOSE', 'closingNote');
  const closedAt = getNow();
  await getDb().$transaction(async (tx) => {
    const updated = await tx.controlLoop.updateMany({
      where: { id: loop.id, status: loop.status, followUpWaveId: { not: null } },
      data: { status: next, closedAt, closedById: actor.userId, closingNote: input.closingNote },
    });
    if (updated.count !== 1) throw new ValidationError(STALE);
    await recordLoopStatusAudit(tx, actor, loop, 'control-loop.close', { status: next, closedAt, closingNote: input.closingNote });
  });
  return { loopId: loop.id, slug: loop.certificate.slug };
}

/**
 * Files the loop as evidence on a checklist item of a condition: an Evidence row of kind
 * CONTROL_LOOP whose revision holds the loop's frozen content and its SHA-256. Attaching again
 * after the loop moved on (follow-up compared, closed) adds a revision and puts the evidence back
 * to "submitted", because reviewed content must not change under its review; attaching unchanged
 * content again is refused.
 */
export async function attachLoopToCondition(
  actor: TActor,
  input: TAttachLoopToConditionInput,
): Promise<{ evidenceId: string; revision: number; loopId: string; slug: string }> {
  const db = getDb();
  const loop = await findLoopInScope(actor, input.loopId);
  assertManager(actor, 'attach control loops to conditions');
  const item = await db.checklistItem.findFirst({
    where: { AND: [{ id: input.checklistItemId }, checklistItemScope(actor)] },
    include: { condition: { include: { procedure: { include: { certificates: { select: { certificateId: true } } } } } }, certificate: true },
  });
  if (!item) throw new NotFoundError('Checklist item not found');
  assertLoopAllows(loop, 'ATTACH_TO_CONDITION', 'checklistItemId');
  const refuse = (reason: string) => new ValidationError(`${reason} Nothing was changed.`, { checklistItemId: [reason] });
  if (item.condition.status === 'FULFILLED' || item.condition.status === 'NOT_FULFILLED') {
    throw refuse('The committee has decided on this condition; its checklist is closed.');
  }
  if (!item.condition.procedure.certificates.some((row) => row.certificateId === loop.certificateId)) {
    throw refuse(`The condition's procedure does not cover ${loop.certificate.name}.`);
  }
  if (item.certificateId !== null && item.certificateId !== loop.certificateId) {
    throw refuse(`This checklist item is for ${item.certificate?.name ?? 'another certificate'}; choose the item of ${loop.certificate.name}.`);
  }
  if (item.courseId !== null && !loop.certificate.courses.some((row) => row.courseId === item.courseId)) {
    throw refuse(`This checklist item is for a course outside ${loop.certificate.name}.`);
  }
  if (loop.conditionId !== null && loop.conditionId !== item.conditionId) {
    throw refuse(`This loop is already evidence for condition ${loop.condition?.number ?? ''} of its procedure.`);
  }

  const measures = await db.measure.findMany({
    where: { loopId: loop.id },
    orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
    include: { ownerOrganisation: { select: { name: true } }, ownerUser: { select: { name: true } } },
  });
  const snapshot = freezeSnapshot(
    buildLoopEvidenceSnapshot({
      ...loop,
      certificate: { id: loop.certificate.id, slug: loop.certificate.slug, name: loop.certificate.name },
      measures: measures.map((measure) => ({
        title: measure.title,
        ownerOrganisation: measure.ownerOrganisation.name,
        ownerPerson: measure.ownerUser?.name ?? null,
        dueOn: measure.dueOn,
        status: measure.status,
        expectedEffect: measure.expectedEffect,
      })),
    }),
  );
  const existing = await db.evidence.findFirst({
    where: { checklistItemId: item.id, controlLoopId: loop.id },
    include: { revisions: { orderBy: { number: 'desc' }, take: 1 } },
  });
  if (existing?.revisions[0]?.sha256 === snapshot.sha256) throw refuse('This loop is already attached to this checklist item with the same content.');
  const effectiveOn = getLoopEvidenceDate(loop);
  const note = `Control loop "${loop.title}" (${LOOP_STATUS_LABEL[loop.status]})`;

  return db.$transaction(async (tx) => {
    // The loop's recorded content stays as it is; only its link to the condition is set once.
    if (loop.conditionId === null) {
      const linked = await tx.controlLoop.updateMany({
        where: { id: loop.id, conditionId: null, status: loop.status },
        data: { conditionId: item.conditionId },
      });
      if (linked.count !== 1) throw new ValidationError(STALE);
    }
    let evidenceId: string;
    let revision: number;
    if (existing) {
      revision = (existing.revisions[0]?.number ?? 0) + 1;
      evidenceId = existing.id;
      await tx.evidence.update({
        where: { id: existing.id },
        data: { status: 'SUBMITTED', effectiveOn, reviewedById: null, reviewedAt: null, reviewNote: null },
      });
    } else {
      revision = 1;
      const created = await tx.evidence.create({
        data: {
          checklistItemId: item.id,
          kind: 'CONTROL_LOOP',
          title: `Control loop: ${loop.title}`,
          effectiveOn,
          controlLoopId: loop.id,
          createdById: actor.userId,
        },
      });
      evidenceId = created.id;
    }
    await tx.evidenceRevision.create({
      data: { evidenceId, number: revision, snapshot: snapshot.json, sha256: snapshot.sha256, note, uploadedById: actor.userId },
    });
    const audit = { procedureId: item.condition.procedureId, certificateId: loop.certificateId };
    await recordAudit(tx, actor, {
      ...audit,
      action: existing ? 'evidence.revise' : 'evidence.create',
      entityType: 'Evidence',
      entityId: evidenceId,
      before: existing ? { status: existing.status, revision: revision - 1 } : null,
      after: { checklistItemId: item.id, kind: 'CONTROL_LOOP', controlLoopId: loop.id, status: 'SUBMITTED', revision, sha256: snapshot.sha256, effectiveOn },
    });
    await recordAudit(tx, actor, {
      ...audit,
      action: 'control-loop.attach',
      entityType: 'ControlLoop',
      entityId: loop.id,
      before: { conditionId: loop.conditionId },
      after: { conditionId: item.conditionId, checklistItemId: item.id, evidenceId, revision, sha256: snapshot.sha256 },
    });
    return { evidenceId, revision, loopId: loop.id, slug: loop.certificate.slug };
  });
}
