// The tables users take elsewhere, each built from the same scoped queries as its page, so an
// export can never show more than the page does. Subject: a certificate slug or a procedure id.
import type { TActor } from '@/lib/auth/actor';
import { checklistItemScope } from '@/lib/auth/scope';
import { getCertificateBySlug } from '@/lib/certificates/queries';
import { getNow } from '@/lib/clock';
import { getEvidenceState } from '@/lib/conditions/evidence-state';
import { listConditionsWithChecklist } from '@/lib/conditions/queries';
import { getDb } from '@/lib/db/client';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { getProcedure } from '@/lib/procedures/queries';
import { listSurveyResults } from './survey-results';
import type { TCell, TExportTable } from './table-export';

export const DATASETS = {
  'certificate-courses': { subject: 'certificate', build: buildCertificateCourses },
  'certificate-metrics': { subject: 'certificate', build: buildCertificateMetrics },
  'survey-results': { subject: 'certificate', build: listSurveyResults },
  'procedure-conditions': { subject: 'procedure', build: buildProcedureConditions },
  'procedure-evidence': { subject: 'procedure', build: buildProcedureEvidence },
} as const satisfies Record<string, { subject: 'certificate' | 'procedure'; build: (actor: TActor, subject: string) => Promise<TExportTable> }>;

export type TDatasetName = keyof typeof DATASETS;

async function buildCertificateCourses(actor: TActor, slug: string): Promise<TExportTable> {
  const certificate = await getCertificateBySlug(actor, slug);
  return {
    name: `${slug}-courses`,
    columns: [
      { key: 'position', header: 'Position' },
      { key: 'course', header: 'Course' },
      { key: 'courseraCourseId', header: 'Coursera course id' },
      { key: 'estimatedHours', header: 'Estimated hours' },
      { key: 'exactCredits', header: 'Hours / 25 (exact ECTS)' },
    ],
    rows: certificate.courses.map((course) => ({
      position: course.position,
      course: course.name,
      courseraCourseId: course.courseraCourseId,
      estimatedHours: course.estimatedHours,
      exactCredits: course.estimatedHours / 25,
    })),
  };
}

async function buildCertificateMetrics(actor: TActor, slug: string): Promise<TExportTable> {
  const metrics = await getCertificateMetrics(actor, slug);
  return {
    name: `${slug}-metrics`,
    columns: [
      { key: 'position', header: 'Position' },
      { key: 'course', header: 'Course' },
      { key: 'enrolled', header: 'Enrolled' },
      { key: 'completers', header: 'Completers' },
      { key: 'completionRate', header: 'Completion rate' },
      { key: 'completionLow', header: 'Completion 95 % CI low' },
      { key: 'completionHigh', header: 'Completion 95 % CI high' },
      { key: 'paying', header: 'Paying learners' },
      { key: 'paidCompletionRate', header: 'Paid completion rate' },
      { key: 'starN', header: 'Star ratings (n)' },
      { key: 'starMean', header: 'Star mean' },
      { key: 'npsEndN', header: 'NPS end of course (n)' },
      { key: 'npsEnd', header: 'NPS end of course' },
      { key: 'medianDays', header: 'Median days to completion' },
      { key: 'estimatedHours', header: 'Estimated hours' },
      { key: 'observedMedianHours', header: 'Observed median hours (lower bound)' },
      { key: 'suppressed', header: 'Withheld because' },
      { key: 'importId', header: 'Import' },
    ],
    rows: metrics.courses.map((course) => ({
      position: course.position,
      course: course.name,
      enrolled: course.enrolled,
      completers: course.completers,
      completionRate: course.completion.value,
      completionLow: course.completion.interval?.low ?? null,
      completionHigh: course.completion.interval?.high ?? null,
      paying: course.paying,
      paidCompletionRate: course.paidCompletion.value,
      starN: course.star.n,
      starMean: course.star.mean,
      npsEndN: course.nps.NPS_END_OF_COURSE.n,
      npsEnd: course.nps.NPS_END_OF_COURSE.score,
      medianDays: course.timeToCompletionDays.median,
      estimatedHours: course.estimatedHours,
      observedMedianHours: course.workload.observedHours.median,
      suppressed: course.suppressed ?? course.completion.suppressed,
      importId: course.source?.importId ?? null,
    })),
  };
}

async function buildProcedureConditions(actor: TActor, procedureId: string): Promise<TExportTable> {
  const procedure = await getProcedure(actor, procedureId);
  const conditions = await listConditionsWithChecklist(actor, procedureId);
  return {
    name: `procedure-${procedure.projectNumber.replace(/[^\w-]+/g, '-')}-conditions`,
    columns: [
      { key: 'condition', header: 'Condition' },
      { key: 'criterion', header: 'Criterion' },
      { key: 'conditionStatus', header: 'Condition status' },
      { key: 'item', header: 'Checklist item' },
      { key: 'assignee', header: 'Assigned to' },
      { key: 'dueOn', header: 'Due' },
      { key: 'itemStatus', header: 'Item status' },
      { key: 'evidence', header: 'Evidence' },
      { key: 'decisions', header: 'Committee decisions' },
    ],
    rows: conditions.flatMap((condition): Record<string, TCell>[] => {
      const decisions = condition.decisions.map((decision) => `${decision.decidedOn.toISOString().slice(0, 10)} ${decision.decision}`).join('; ');
      const base = { condition: condition.number, criterion: condition.criterion, conditionStatus: condition.status, decisions };
      if (condition.checklistItems.length === 0) return [{ ...base, item: null, assignee: null, dueOn: condition.dueOn, itemStatus: null, evidence: null }];
      return condition.checklistItems.map((item) => ({
        ...base,
        item: item.title,
        assignee: item.assigneeOrganisation.name,
        dueOn: item.effectiveDueOn,
        itemStatus: item.status,
        evidence: item.evidenceState,
      }));
    }),
  };
}

async function buildProcedureEvidence(actor: TActor, procedureId: string): Promise<TExportTable> {
  const procedure = await getProcedure(actor, procedureId);
  const evidence = await getDb().evidence.findMany({
    where: { checklistItem: { AND: [checklistItemScope(actor), { condition: { procedureId } }] } },
    include: { checklistItem: { include: { condition: true } }, revisions: { orderBy: { number: 'desc' }, take: 1 }, createdBy: { select: { email: true } } },
    orderBy: [{ createdAt: 'asc' }],
  });
  const now = getNow();
  return {
    name: `procedure-${procedure.projectNumber.replace(/[^\w-]+/g, '-')}-evidence`,
    columns: [
      { key: 'condition', header: 'Condition' },
      { key: 'item', header: 'Checklist item' },
      { key: 'title', header: 'Evidence' },
      { key: 'kind', header: 'Kind' },
      { key: 'state', header: 'Status' },
      { key: 'effectiveOn', header: 'Effective' },
      { key: 'expiresOn', header: 'Expires' },
      { key: 'revision', header: 'Revision' },
      { key: 'fileName', header: 'File' },
      { key: 'sha256', header: 'SHA-256' },
      { key: 'submittedBy', header: 'Submitted by' },
    ],
    rows: evidence.map((entry) => {
      const revision = entry.revisions[0];
      return {
        condition: entry.checklistItem.condition.number,
        item: entry.checklistItem.title,
        title: entry.title,
        kind: entry.kind,
        state: getEvidenceState(entry, now),
        effectiveOn: entry.effectiveOn,
        expiresOn: entry.expiresOn,
        revision: revision?.number ?? null,
        fileName: revision?.fileName ?? revision?.url ?? null,
        sha256: revision?.sha256 ?? null,
        submittedBy: entry.createdBy.email,
      };
    }),
  };
}
