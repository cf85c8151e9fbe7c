// Reads of control loops, scoped: a loop is seen through its certificate (controlLoopScope), so a
// partner sees the loops of its own certificates and an auditor those of granted procedures; any
// other loop is not found. Snapshots come back parsed and checked against their format.
import type { TActor } from '@/lib/auth/actor';
import { canManageControlLoops } from '@/lib/auth/policies';
import { certificateScope, checklistItemScope, controlLoopScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { parseSnapshot, ZWaveAnalysis, ZWaveComparison } from './snapshot';

async function findCertificateInScope(actor: TActor, slug: string) {
  const certificate = await getDb().certificate.findFirst({
    where: { AND: [{ slug }, certificateScope(actor)] },
    include: { courses: { include: { course: true }, orderBy: { position: 'asc' } }, platformOrganisation: true, contentPartnerOrganisation: true },
  });
  if (!certificate) throw new NotFoundError('Certificate not found');
  return certificate;
}

export async function listControlLoops(actor: TActor, slug: string) {
  const certificate = await findCertificateInScope(actor, slug);
  const loops = await getDb().controlLoop.findMany({
    // scope-redundant: the certificate was found in scope above, and a loop's scope is its certificate's.
    where: { AND: [{ certificateId: certificate.id }, controlLoopScope(actor)] },
    orderBy: { createdAt: 'desc' },
    include: {
      baselineWave: { select: { name: true } },
      followUpWave: { select: { name: true } },
      condition: { select: { number: true } },
      measures: { select: { status: true } },
    },
  });
  return {
    certificate: { id: certificate.id, slug: certificate.slug, name: certificate.name },
    loops: loops.map((loop) => ({
      id: loop.id,
      title: loop.title,
      status: loop.status,
      baselineWaveName: loop.baselineWave.name,
      baselineFrozenAt: loop.baselineFrozenAt,
      followUpWaveName: loop.followUpWave?.name ?? null,
      conditionNumber: loop.condition?.number ?? null,
      measureCount: loop.measures.length,
      openMeasureCount: loop.measures.filter((measure) => measure.status === 'PLANNED' || measure.status === 'IN_PROGRESS').length,
      closedAt: loop.closedAt,
    })),
  };
}

export type TControlLoopSummary = Awaited<ReturnType<typeof listControlLoops>>['loops'][number];

export async function getControlLoop(actor: TActor, slug: string, loopId: string) {
  const db = getDb();
  const loop = await db.controlLoop.findFirst({
    where: { AND: [{ id: loopId, certificate: { slug } }, controlLoopScope(actor)] },
    include: {
      certificate: { select: { id: true, slug: true, name: true, platformOrganisationId: true, contentPartnerOrganisationId: true } },
      baselineWave: { select: { id: true, name: true, sourceName: true, importedAt: true } },
      followUpWave: { select: { id: true, name: true, sourceName: true, importedAt: true } },
      condition: { select: { id: true, number: true, procedureId: true, procedure: { select: { projectNumber: true } } } },
      measures: {
        orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }],
        include: { ownerOrganisation: { select: { id: true, name: true } }, ownerUser: { select: { id: true, name: true } } },
      },
      // Only evidence on checklist items the actor may see: a partner does not learn of other items.
      evidence: {
        where: { checklistItem: checklistItemScope(actor) },
        orderBy: { createdAt: 'asc' },
        include: {
          checklistItem: { select: { id: true, title: true, condition: { select: { number: true, procedureId: true } } } },
          revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, sha256: true, uploadedAt: true } },
        },
      },
    },
  });
  if (!loop) throw new NotFoundError('Control loop not found');
  const people = await db.user.findMany({
    where: { id: { in: [loop.createdById, ...(loop.closedById ? [loop.closedById] : [])] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null) => (id ? (people.find((person) => person.id === id)?.name ?? 'a former user') : null);
  return {
    ...loop,
    createdByName: nameOf(loop.createdById),
    closedByName: nameOf(loop.closedById),
    baseline: parseSnapshot(ZWaveAnalysis, loop.baselineSnapshot, 'baseline analysis'),
    followUp: loop.followUpSnapshot ? parseSnapshot(ZWaveAnalysis, loop.followUpSnapshot, 'follow-up analysis') : null,
    comparisonResult: loop.comparison ? parseSnapshot(ZWaveComparison, loop.comparison, 'comparison') : null,
  };
}

export type TControlLoopDetail = Awaited<ReturnType<typeof getControlLoop>>;

/**
 * Survey waves a quality manager can use for this certificate: imported by their organisation and
 * holding responses for its courses (n counts only those). Others choose no waves, so get none.
 */
export async function listSurveyWaveOptions(actor: TActor, slug: string) {
  const certificate = await findCertificateInScope(actor, slug);
  if (!canManageControlLoops(actor)) return [];
  const courseraIds = certificate.courses.flatMap(({ course }) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  const db = getDb();
  const counts = await db.workloadSurveyResponse.groupBy({
    by: ['waveId'],
    where: { courseraCourseId: { in: courseraIds }, wave: { organisationId: actor.organisationId } },
    _count: { _all: true },
  });
  const waves = await db.workloadSurveyWave.findMany({
    where: { id: { in: counts.map((row) => row.waveId) }, organisationId: actor.organisationId },
    orderBy: { importedAt: 'desc' },
    select: { id: true, name: true, sourceName: true, importedAt: true },
  });
  return waves.map((wave) => ({ ...wave, responsesForCertificate: counts.find((row) => row.waveId === wave.id)?._count._all ?? 0 }));
}

export type TSurveyWaveOption = Awaited<ReturnType<typeof listSurveyWaveOptions>>[number];

/** Who can own a measure of this certificate: its platform and its content partner, with their active people. */
export async function listMeasureOwnerOptions(actor: TActor, slug: string) {
  const certificate = await findCertificateInScope(actor, slug);
  const organisations = [certificate.platformOrganisation, certificate.contentPartnerOrganisation];
  const users = await getDb().user.findMany({
    where: {
      organisationId: { in: organisations.map((organisation) => organisation.id) },
      disabledAt: null,
      role: { in: ['QUALITY_MANAGER', 'CONTENT_PARTNER'] },
    },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, organisationId: true },
  });
  return organisations.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    people: users.filter((user) => user.organisationId === organisation.id).map(({ id, name }) => ({ id, name })),
  }));
}

export type TMeasureOwnerOption = Awaited<ReturnType<typeof listMeasureOwnerOptions>>[number];

/**
 * Checklist items this loop can be filed on: visible to the actor, of a condition not yet decided
 * by the committee, in a procedure covering the loop's certificate, and for this certificate (or
 * the whole condition, or one of its courses).
 */
export async function listAttachableChecklistItems(actor: TActor, slug: string, loopId: string) {
  const db = getDb();
  const loop = await db.controlLoop.findFirst({
    where: { AND: [{ id: loopId, certificate: { slug } }, controlLoopScope(actor)] },
    select: { certificateId: true, conditionId: true, certificate: { select: { courses: { select: { courseId: true } } } } },
  });
  if (!loop) throw new NotFoundError('Control loop not found');
  const courseIds = loop.certificate.courses.map((row) => row.courseId);
  const items = await db.checklistItem.findMany({
    where: {
      AND: [
        checklistItemScope(actor),
        {
          condition: {
            status: { notIn: ['FULFILLED', 'NOT_FULFILLED'] },
            procedure: { certificates: { some: { certificateId: loop.certificateId } } },
            ...(loop.conditionId ? { id: loop.conditionId } : {}),
          },
        },
        { OR: [{ certificateId: null }, { certificateId: loop.certificateId }] },
        { OR: [{ courseId: null }, { courseId: { in: courseIds } }] },
      ],
    },
    orderBy: [{ condition: { number: 'asc' } }, { title: 'asc' }],
    select: {
      id: true,
      title: true,
      condition: { select: { number: true, text: true, procedure: { select: { projectNumber: true, agency: { select: { name: true } } } } } },
    },
  });
  return items.map((item) => ({
    id: item.id,
    label: `${item.condition.procedure.agency.name} ${item.condition.procedure.projectNumber}, condition ${item.condition.number}: ${item.title}`,
  }));
}

export type TAttachableChecklistItem = Awaited<ReturnType<typeof listAttachableChecklistItems>>[number];
