// One procedure as the report shows it: its facts and timeline (getProcedure), its conditions with
// committee decisions and checklist (listConditionsWithChecklist), and each item's evidence. Both
// reads apply the actor's scope; a certificate report keeps only the items of that certificate and
// those that concern the whole condition.
import type { TActor } from '@/lib/auth/actor';
import { courseScope } from '@/lib/auth/scope';
import { listConditionsWithChecklist } from '@/lib/conditions/queries';
import { getDb } from '@/lib/db/client';
import { getEctsRules } from '@/lib/procedures/ects-rules';
import { getProcedure } from '@/lib/procedures/queries';
import { toFileStem } from '../bundle/bundle-paths';
import type { TReportChecklistItem, TReportProcedure } from '../report-data';
import { listItemEvidence } from './list-item-evidence';

export type TProcedureFilter = { certificateId: string | null };

const byTitleThenId = (a: { title: string; id: string }, b: { title: string; id: string }) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1;

export async function collectProcedure(actor: TActor, procedureId: string, filter: TProcedureFilter, now: Date): Promise<TReportProcedure> {
  const procedure = await getProcedure(actor, procedureId);
  const conditions = await listConditionsWithChecklist(actor, procedureId);
  const certificateNames = new Map(procedure.certificates.map(({ certificate }) => [certificate.id, certificate.name]));
  const courseIds = [...new Set(conditions.flatMap((condition) => condition.checklistItems.flatMap((item) => (item.courseId ? [item.courseId] : []))))];
  const courses = courseIds.length
    ? await getDb().course.findMany({ where: { AND: [{ id: { in: courseIds } }, courseScope(actor, now)] }, select: { id: true, name: true } })
    : [];
  const courseNames = new Map(courses.map((course) => [course.id, course.name]));
  const procedureStem = toFileStem(procedure.agency.slug, procedure.projectNumber);

  const reportConditions = [];
  for (const condition of conditions) {
    const items = condition.checklistItems
      .filter((item) => filter.certificateId === null || item.certificateId === null || item.certificateId === filter.certificateId)
      .sort(byTitleThenId);
    const evidence = await listItemEvidence(
      actor,
      items.map((item) => item.id),
      { procedureStem, conditionNumber: condition.number },
      now,
    );
    reportConditions.push({
      id: condition.id,
      number: condition.number,
      chapter: condition.chapter,
      criterion: condition.criterion,
      isAsteriskCriterion: condition.isAsteriskCriterion,
      text: condition.text,
      status: condition.status,
      dueOn: condition.dueOn ?? procedure.proofOfConditionsDueOn,
      decisions: condition.decisions.map(({ decision, decidedOn, meeting, note, extendedUntil }) => ({ decision, decidedOn, meeting, note, extendedUntil })),
      items: items.map(
        (item): TReportChecklistItem => ({
          id: item.id,
          title: item.title,
          certificateName: item.certificateId ? (certificateNames.get(item.certificateId) ?? null) : null,
          courseName: item.courseId ? (courseNames.get(item.courseId) ?? null) : null,
          assigneeName: item.assigneeUser ? `${item.assigneeUser.name} (${item.assigneeOrganisation.name})` : item.assigneeOrganisation.name,
          status: item.status,
          effectiveDueOn: item.effectiveDueOn,
          evidenceState: item.evidenceState,
          evidence: evidence.get(item.id) ?? [],
        }),
      ),
    });
  }

  return {
    id: procedure.id,
    agencyName: procedure.agency.name,
    platformName: procedure.platform.name,
    projectNumber: procedure.projectNumber,
    type: procedure.type,
    modeOfStudy: procedure.modeOfStudy,
    decision: procedure.decision,
    committeeMeetingNumber: procedure.committeeMeetingNumber,
    committeeMeetingOn: procedure.committeeMeetingOn,
    certificationFrom: procedure.certificationFrom,
    certificationUntil: procedure.certificationUntil,
    proofOfConditionsDueOn: procedure.proofOfConditionsDueOn,
    rules: getEctsRules(procedure),
    timeline: procedure.timeline,
    certificates: procedure.certificates
      .filter(({ certificate }) => filter.certificateId === null || certificate.id === filter.certificateId)
      .map(({ certificate }) => ({ slug: certificate.slug, name: certificate.name, contentPartner: certificate.contentPartnerOrganisation.name })),
    conditions: reportConditions,
    recommendations: procedure.recommendations.map(({ position, chapter, text, status }) => ({ position, chapter, text, status })),
    qualityProfile: procedure.qualityProfile.map(({ position, criterionCode, criterionTitle, isAsterisk, rating, note }) => ({
      position,
      criterionCode,
      criterionTitle,
      isAsterisk,
      rating,
      note,
    })),
  };
}
