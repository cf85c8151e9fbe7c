// The demo's condition workflow: checklist items for the conditions of FIBAA 23/016 (decided by the
// committee before CertQA existed, so done without evidence recorded here) and the fictional open
// procedure of Northwind with its items still to work. Runs inside seedDemoFacts' transaction.
import { recordAudit } from '@/lib/audit/record-audit';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { expandChecklist, inferChecklistScope } from '@/lib/conditions/checklist-scope';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { DEMO_OPEN_PROCEDURE } from './fixtures/demo-open-procedure';

type TTx = Prisma.TransactionClient;
const DAY = 86_400_000;

async function expandConditionItems(tx: TTx, procedureId: string, status: 'OPEN' | 'DONE'): Promise<number> {
  const procedure = await tx.accreditationProcedure.findUniqueOrThrow({
    where: { id: procedureId },
    include: { conditions: true, certificates: { include: { certificate: { include: { courses: { include: { course: true } } } } } } },
  });
  const certificates = procedure.certificates.map(({ certificate }) => certificate);
  let count = 0;
  for (const condition of procedure.conditions) {
    const scope = inferChecklistScope(condition.text);
    await tx.condition.update({ where: { id: condition.id }, data: { checklistScope: scope } });
    const targets = expandChecklist(
      scope,
      `Condition ${condition.number}`,
      certificates.map((certificate) => ({
        id: certificate.id,
        name: certificate.name,
        courses: certificate.courses.map((row) => ({ courseId: row.courseId, position: row.position, name: row.course.name })),
      })),
    );
    for (const target of targets) {
      const partner = certificates.find((certificate) => certificate.id === target.certificateId) ?? certificates[0];
      await tx.checklistItem.create({
        data: {
          conditionId: condition.id,
          certificateId: target.certificateId,
          courseId: target.courseId,
          title: target.title,
          assigneeOrganisationId: partner?.contentPartnerOrganisationId as string,
          status,
        },
      });
      count += 1;
    }
  }
  return count;
}

export async function seedDemoWorkflow(
  tx: TTx,
  ids: { fibaaProcedureId: string; agencyId: string; platformId: string; northwindCertificateId: string; auditorId: string; adminId: string },
  now: Date,
): Promise<void> {
  const decidedItems = await expandConditionItems(tx, ids.fibaaProcedureId, 'DONE');
  const facts = DEMO_OPEN_PROCEDURE;
  const committeeOn = new Date(now.getTime() - facts.committeeDaysAgo * DAY);
  const open = await tx.accreditationProcedure.create({
    data: {
      agencyOrganisationId: ids.agencyId,
      platformOrganisationId: ids.platformId,
      projectNumber: facts.projectNumber,
      type: facts.type,
      decision: 'Certification with conditions (fictional)',
      openedOn: new Date(now.getTime() - facts.openedDaysAgo * DAY),
      committeeMeetingOn: committeeOn,
      certificationFrom: committeeOn,
      certificationUntil: new Date(committeeOn.getTime() + facts.certificationYears * 365 * DAY),
      proofOfConditionsDueOn: new Date(now.getTime() + facts.proofDueInDays * DAY),
      certificates: { create: [{ certificateId: ids.northwindCertificateId }] },
      conditions: {
        create: facts.conditions.map((condition) => ({
          number: condition.number,
          chapter: condition.chapter,
          criterion: condition.criterion,
          isAsteriskCriterion: condition.criterion.includes('*'),
          text: condition.text,
          status: condition.status,
          dueOn: condition.dueInDays === null ? null : new Date(now.getTime() + condition.dueInDays * DAY),
        })),
      },
    },
  });
  const openItems = await expandConditionItems(tx, open.id, 'OPEN');
  await tx.auditorGrant.create({
    data: {
      userId: ids.auditorId,
      procedureId: open.id,
      validFrom: new Date(now.getTime() - DAY),
      validUntil: new Date(now.getTime() + 365 * DAY),
      createdById: ids.adminId,
    },
  });
  for (const [procedureId, items] of [
    [ids.fibaaProcedureId, decidedItems],
    [open.id, openItems],
  ] as const) {
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'demo.seed',
      entityType: 'AccreditationProcedure',
      entityId: procedureId,
      procedureId,
      after: { checklistItems: items },
    });
  }
}
