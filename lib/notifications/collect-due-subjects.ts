// The open checklist items and measures that a warning applies to today, across the whole
// installation (the generator runs as a system job, not as a user; recipients are checked against
// their own scope afterwards).

import { getEffectiveDueOn } from '@/lib/conditions/queries';
import type { TDb } from '@/lib/db/client';
import type { NotificationKind } from '@/lib/db/generated/sqlite/enums';
import { CLOSED_CONDITION_STATUSES, checklistItemHref, measureHref, OPEN_MEASURE_STATUSES, type TSubjectType } from './due-subjects';
import { computeDueWarning } from './due-warning';

export type TDueSubject = {
  subjectType: TSubjectType;
  subjectId: string;
  title: string;
  href: string;
  dueOn: Date;
  kind: NotificationKind;
  /** The assigned person, when set and still active; else the whole organisation is told. */
  assigneeUserId: string | null;
  organisationId: string;
  /** The platform whose quality managers answer for the subject. */
  platformOrganisationId: string;
};

/** "FIBAA 23/016, condition 6: IBM Data Science …"; a whole-condition item is titled after its condition already. */
function describeChecklistItem(agency: string, projectNumber: string, conditionNumber: number, itemTitle: string): string {
  const condition = `${agency} ${projectNumber}, condition ${conditionNumber}`;
  return itemTitle === `Condition ${conditionNumber}` ? condition : `${condition}: ${itemTitle}`;
}

async function collectChecklistItems(db: TDb, now: Date): Promise<TDueSubject[]> {
  const items = await db.checklistItem.findMany({
    where: { status: { not: 'DONE' }, condition: { status: { notIn: CLOSED_CONDITION_STATUSES } } },
    select: {
      id: true,
      title: true,
      dueOn: true,
      assigneeOrganisationId: true,
      assigneeUser: { select: { id: true, disabledAt: true } },
      condition: {
        select: {
          number: true,
          dueOn: true,
          procedureId: true,
          procedure: { select: { projectNumber: true, proofOfConditionsDueOn: true, platformOrganisationId: true, agency: { select: { name: true } } } },
        },
      },
    },
  });
  const subjects: TDueSubject[] = [];
  for (const item of items) {
    const { condition } = item;
    const dueOn = getEffectiveDueOn(item, condition, condition.procedure);
    const kind = dueOn ? computeDueWarning(dueOn, now) : null;
    if (!dueOn || !kind) continue;
    subjects.push({
      subjectType: 'checklist-item',
      subjectId: item.id,
      title: describeChecklistItem(condition.procedure.agency.name, condition.procedure.projectNumber, condition.number, item.title),
      href: checklistItemHref(condition.procedureId, item.id),
      dueOn,
      kind,
      assigneeUserId: item.assigneeUser && !item.assigneeUser.disabledAt ? item.assigneeUser.id : null,
      organisationId: item.assigneeOrganisationId,
      platformOrganisationId: condition.procedure.platformOrganisationId,
    });
  }
  return subjects;
}

async function collectMeasures(db: TDb, now: Date): Promise<TDueSubject[]> {
  const measures = await db.measure.findMany({
    where: { status: { in: OPEN_MEASURE_STATUSES } },
    select: {
      id: true,
      title: true,
      dueOn: true,
      ownerOrganisationId: true,
      ownerUser: { select: { id: true, disabledAt: true } },
      loop: { select: { id: true, title: true, certificate: { select: { slug: true, name: true, platformOrganisationId: true } } } },
    },
  });
  const subjects: TDueSubject[] = [];
  for (const measure of measures) {
    const kind = computeDueWarning(measure.dueOn, now);
    if (!kind) continue;
    const { loop } = measure;
    subjects.push({
      subjectType: 'measure',
      subjectId: measure.id,
      title: `Measure "${measure.title}" of the control loop "${loop.title}" (${loop.certificate.name})`,
      href: measureHref(loop.certificate.slug, loop.id),
      dueOn: measure.dueOn,
      kind,
      assigneeUserId: measure.ownerUser && !measure.ownerUser.disabledAt ? measure.ownerUser.id : null,
      organisationId: measure.ownerOrganisationId,
      platformOrganisationId: loop.certificate.platformOrganisationId,
    });
  }
  return subjects;
}

export async function collectDueSubjects(db: TDb, now: Date): Promise<TDueSubject[]> {
  const [items, measures] = await Promise.all([collectChecklistItems(db, now), collectMeasures(db, now)]);
  return [...items, ...measures];
}
