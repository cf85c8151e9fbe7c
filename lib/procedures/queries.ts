// Reads of accreditation procedures, scoped by the actor (procedureScope): a procedure outside
// it is not found. Certificates covered are filtered by the actor's certificate scope too.
import type { TActor } from '@/lib/auth/actor';
import { certificateScope, procedureScope } from '@/lib/auth/scope';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { buildProcedureTimeline } from './timeline';

export async function listProcedures(actor: TActor) {
  const procedures = await getDb().accreditationProcedure.findMany({
    where: procedureScope(actor),
    include: {
      agency: true,
      platform: true,
      conditions: { select: { status: true } },
      certificates: { where: { certificate: certificateScope(actor) }, select: { certificateId: true } },
    },
    orderBy: { committeeMeetingOn: 'desc' },
  });
  return procedures.map((procedure) => ({
    id: procedure.id,
    agencyName: procedure.agency.name,
    platformName: procedure.platform.name,
    projectNumber: procedure.projectNumber,
    type: procedure.type,
    decision: procedure.decision,
    certificationUntil: procedure.certificationUntil,
    proofOfConditionsDueOn: procedure.proofOfConditionsDueOn,
    certificateCount: procedure.certificates.length,
    conditionCount: procedure.conditions.length,
    fulfilledConditionCount: procedure.conditions.filter((condition) => condition.status === 'FULFILLED').length,
  }));
}

export async function getProcedure(actor: TActor, procedureId: string) {
  const procedure = await getDb().accreditationProcedure.findFirst({
    where: { AND: [{ id: procedureId }, procedureScope(actor)] },
    include: {
      agency: true,
      platform: true,
      certificates: {
        where: { certificate: certificateScope(actor) },
        include: { certificate: { include: { contentPartnerOrganisation: true } } },
        orderBy: { certificate: { name: 'asc' } },
      },
      conditions: { include: { decisions: { orderBy: { decidedOn: 'asc' } } }, orderBy: { number: 'asc' } },
      recommendations: { orderBy: { position: 'asc' } },
      qualityProfile: { orderBy: { position: 'asc' } },
    },
  });
  if (!procedure) throw new NotFoundError('Procedure not found');
  const decisions = procedure.conditions.flatMap((condition) =>
    condition.decisions.map((decision) => ({ conditionNumber: condition.number, decision: decision.decision, decidedOn: decision.decidedOn })),
  );
  return { ...procedure, timeline: buildProcedureTimeline(procedure, decisions, getNow()) };
}

export type TProcedureDetail = Awaited<ReturnType<typeof getProcedure>>;

/** Conditions not yet decided as fulfilled, with their due date (own, else the procedure's proof date), soonest first. */
export async function listOpenConditionDeadlines(actor: TActor) {
  const conditions = await getDb().condition.findMany({
    where: { status: { notIn: ['FULFILLED', 'NOT_FULFILLED'] }, procedure: procedureScope(actor) },
    include: { procedure: { include: { agency: true } } },
  });
  return conditions
    .map((condition) => ({
      id: condition.id,
      procedureId: condition.procedureId,
      label: `${condition.procedure.agency.name} ${condition.procedure.projectNumber}, condition ${condition.number}`,
      status: condition.status,
      dueOn: condition.dueOn ?? condition.procedure.proofOfConditionsDueOn,
    }))
    .sort((a, b) => (a.dueOn?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueOn?.getTime() ?? Number.POSITIVE_INFINITY));
}

/** Accreditation agencies a procedure can be opened with (organisation names are not confidential). */
export async function listAgencies(): Promise<{ id: string; name: string }[]> {
  return getDb().organisation.findMany({ where: { kind: 'AGENCY' }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}
