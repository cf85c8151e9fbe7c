// Quality managers' edits of a procedure's recommendations and quality profile. Every change is
// appended to the audit log with its before and after, which is the profile's history.

import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { canManageProcedures } from '@/lib/auth/policies';
import { certificateScope, procedureScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import type { QualityRating } from '@/lib/db/generated/sqlite/enums';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type {
  TAddQualityProfileCriterionInput,
  TCreateProcedureInput,
  TRemoveQualityProfileCriterionInput,
  TUpdateQualityProfileRatingInput,
  TUpdateRecommendationStatusInput,
} from './schemas';

function assertManager(actor: TActor): void {
  if (!canManageProcedures(actor)) throw new ForbiddenError('Only quality managers edit procedures');
}

export async function updateRecommendationStatus(actor: TActor, input: TUpdateRecommendationStatusInput): Promise<{ procedureId: string }> {
  const db = getDb();
  const recommendation = await db.recommendation.findFirst({ where: { id: input.recommendationId, procedure: procedureScope(actor) } });
  if (!recommendation) throw new NotFoundError('Recommendation not found');
  assertManager(actor);
  await db.$transaction(async (tx) => {
    await tx.recommendation.update({ where: { id: recommendation.id }, data: { status: input.status } });
    await recordAudit(tx, actor, {
      action: 'recommendation.status',
      entityType: 'Recommendation',
      entityId: recommendation.id,
      procedureId: recommendation.procedureId,
      before: { status: recommendation.status },
      after: { status: input.status },
    });
  });
  return { procedureId: recommendation.procedureId };
}

const criterionState = (row: { criterionCode: string; criterionTitle: string; isAsterisk: boolean; rating: QualityRating; note: string | null }) => ({
  criterionCode: row.criterionCode,
  criterionTitle: row.criterionTitle,
  isAsterisk: row.isAsterisk,
  rating: row.rating,
  note: row.note,
});

async function assertCodeFree(procedureId: string, code: string, exceptId: string | null): Promise<void> {
  const clash = await getDb().qualityProfileRating.findFirst({ where: { procedureId, criterionCode: code, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (clash) throw new ValidationError('Nothing was changed.', { criterionCode: [`Criterion ${code} is already in the profile`] });
}

export async function updateQualityProfileRating(actor: TActor, input: TUpdateQualityProfileRatingInput): Promise<{ procedureId: string }> {
  const db = getDb();
  const row = await db.qualityProfileRating.findFirst({ where: { id: input.ratingId, procedure: procedureScope(actor) } });
  if (!row) throw new NotFoundError('Criterion not found');
  assertManager(actor);
  await assertCodeFree(row.procedureId, input.criterionCode, row.id);
  const after = criterionState(input);
  await db.$transaction(async (tx) => {
    await tx.qualityProfileRating.update({ where: { id: row.id }, data: after });
    await recordAudit(tx, actor, {
      action: 'quality-profile.update',
      entityType: 'QualityProfileRating',
      entityId: row.id,
      procedureId: row.procedureId,
      before: criterionState(row),
      after,
    });
  });
  return { procedureId: row.procedureId };
}

export async function addQualityProfileCriterion(actor: TActor, input: TAddQualityProfileCriterionInput): Promise<{ procedureId: string }> {
  const db = getDb();
  const procedure = await db.accreditationProcedure.findFirst({
    where: { AND: [{ id: input.procedureId }, procedureScope(actor)] },
    include: { qualityProfile: { select: { position: true } } },
  });
  if (!procedure) throw new NotFoundError('Procedure not found');
  assertManager(actor);
  await assertCodeFree(procedure.id, input.criterionCode, null);
  const after = criterionState(input);
  await db.$transaction(async (tx) => {
    const position = Math.max(0, ...procedure.qualityProfile.map((row) => row.position)) + 1;
    const row = await tx.qualityProfileRating.create({ data: { procedureId: procedure.id, position, ...after } });
    await recordAudit(tx, actor, { action: 'quality-profile.add', entityType: 'QualityProfileRating', entityId: row.id, procedureId: procedure.id, after });
  });
  return { procedureId: procedure.id };
}

export async function removeQualityProfileCriterion(actor: TActor, input: TRemoveQualityProfileCriterionInput): Promise<{ procedureId: string }> {
  const db = getDb();
  const row = await db.qualityProfileRating.findFirst({ where: { id: input.ratingId, procedure: procedureScope(actor) } });
  if (!row) throw new NotFoundError('Criterion not found');
  assertManager(actor);
  await db.$transaction(async (tx) => {
    await tx.qualityProfileRating.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, {
      action: 'quality-profile.remove',
      entityType: 'QualityProfileRating',
      entityId: row.id,
      procedureId: row.procedureId,
      before: criterionState(row),
    });
  });
  return { procedureId: row.procedureId };
}

/** Quality managers open a procedure for certificates of their own platform with an agency. */
export async function createProcedure(actor: TActor, input: TCreateProcedureInput): Promise<{ procedureId: string }> {
  assertManager(actor);
  const db = getDb();
  const agency = await db.organisation.findFirst({ where: { id: input.agencyOrganisationId, kind: 'AGENCY' } });
  if (!agency) throw new ValidationError('Nothing was created.', { agencyOrganisationId: ['Choose an accreditation agency'] });
  const certificates = await db.certificate.findMany({ where: { AND: [{ id: { in: input.certificateIds } }, certificateScope(actor)] }, select: { id: true } });
  if (certificates.length !== new Set(input.certificateIds).size)
    throw new ValidationError('Nothing was created.', { certificateIds: ['Unknown certificate'] });
  if (await db.accreditationProcedure.findFirst({ where: { agencyOrganisationId: agency.id, projectNumber: input.projectNumber } })) {
    throw new ValidationError('Nothing was created.', { projectNumber: [`${agency.name} ${input.projectNumber} exists already`] });
  }
  return db.$transaction(async (tx) => {
    const procedure = await tx.accreditationProcedure.create({
      data: {
        agencyOrganisationId: agency.id,
        platformOrganisationId: actor.organisationId,
        projectNumber: input.projectNumber,
        type: input.type,
        decision: input.decision,
        openedOn: input.openedOn,
        committeeMeetingOn: input.committeeMeetingOn,
        certificationFrom: input.certificationFrom,
        certificationUntil: input.certificationUntil,
        proofOfConditionsDueOn: input.proofOfConditionsDueOn,
        certificates: { create: certificates.map((certificate) => ({ certificateId: certificate.id })) },
      },
    });
    await recordAudit(tx, actor, {
      action: 'procedure.create',
      entityType: 'AccreditationProcedure',
      entityId: procedure.id,
      procedureId: procedure.id,
      after: { ...input, agency: agency.name },
    });
    return { procedureId: procedure.id };
  });
}
