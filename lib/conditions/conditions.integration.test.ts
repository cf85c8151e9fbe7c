// The condition workflow on both dialects: scope expansion into checklist items, the status rules
// (forged transitions refused, nothing changed), committee decisions, scoping of items, and the
// audit entries each change leaves.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import type { TActor } from '@/lib/auth/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { changeConditionStatus, createCondition, recordCommitteeDecision, setChecklistItemStatus, updateChecklistItem } from './mutations';
import { getChecklistItem, listConditionsWithChecklist } from './queries';

let database: TTestDatabase;
let quality: TActor;
let ibm: TActor;
let northwind: TActor;
let auditor: TActor;
let procedureId: string;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  procedureId = (await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: '23/016' } })).id;
});
afterAll(async () => database.drop());

const digest = () => computeTableDigest(database.db);

test('"for each of the six courses" expands to one item per certificate, assigned to its partner', async () => {
  const { conditionId, items } = await createCondition(quality, {
    procedureId,
    number: 6,
    chapter: '3.1',
    criterion: '3.1.2* Application of ECTS and modularization',
    text: 'For each of the six courses, Coursera and IBM evaluate the workload again after one year.',
    checklistScope: null,
    dueOn: null,
  });
  expect(items).toBe(6);
  const rows = await database.db.checklistItem.findMany({ where: { conditionId }, include: { assigneeOrganisation: true } });
  expect(new Set(rows.map((row) => row.certificateId)).size).toBe(6);
  expect(rows.every((row) => row.assigneeOrganisation.slug === 'ibm')).toBe(true);
  const entry = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: conditionId, action: 'condition.create' } });
  expect(entry.procedureId).toBe(procedureId);
});

test('per-course expansion lists each shared course once', async () => {
  const { items } = await createCondition(quality, {
    procedureId,
    number: 7,
    chapter: '3.4',
    criterion: '3.4.2 Course and learning materials',
    text: 'For each module, IBM checks the literature list.',
    checklistScope: null,
    dueOn: null,
  });
  const distinctCourses = await database.db.certificateCourse.findMany({
    where: { certificate: { procedures: { some: { procedureId } } } },
    distinct: ['courseId'],
  });
  expect(items).toBe(distinctCourses.length);
});

test('partners, auditors and a duplicate number cannot add conditions; nothing changes', async () => {
  const before = await digest();
  const input = { procedureId, number: 8, chapter: '1', criterion: '1.1', text: 'A condition text of enough length.', checklistScope: null, dueOn: null };
  await expect(createCondition(ibm, input)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createCondition(auditor, input)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createCondition(northwind, input)).rejects.toBeInstanceOf(NotFoundError);
  await expect(createCondition(quality, { ...input, number: 6 })).rejects.toBeInstanceOf(ValidationError);
  expect(await digest()).toEqual(before);
});

test('the workflow: start, refuse early submission and forged outcomes, submit, decide', async () => {
  const condition = await database.db.condition.findFirstOrThrow({ where: { procedureId, number: 6 }, include: { checklistItems: true } });
  await changeConditionStatus(ibm, { conditionId: condition.id, status: 'IN_PROGRESS' });
  const before = await digest();
  await expect(changeConditionStatus(quality, { conditionId: condition.id, status: 'SUBMITTED' })).rejects.toThrow(/6 checklist item\(s\) are not done/);
  await expect(changeConditionStatus(quality, { conditionId: condition.id, status: 'FULFILLED' })).rejects.toThrow(
    /only through a recorded committee decision/,
  );
  await expect(changeConditionStatus(ibm, { conditionId: condition.id, status: 'OPEN' })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(
    recordCommitteeDecision(quality, {
      conditionId: condition.id,
      decision: 'FULFILLED',
      decidedOn: new Date('2026-11-20'),
      meeting: 'M1',
      note: null,
      extendedUntil: null,
    }),
  ).rejects.toThrow(/decides on submitted proof/);
  expect(await digest()).toEqual(before);

  // Accepted evidence on every item (the evidence module writes these; here directly) lets it go.
  for (const item of condition.checklistItems) {
    await database.db.evidence.create({
      data: {
        checklistItemId: item.id,
        kind: 'LINK',
        title: 'Survey report',
        status: 'ACCEPTED',
        effectiveOn: new Date('2026-11-01'),
        createdById: quality.userId,
      },
    });
  }
  await changeConditionStatus(quality, { conditionId: condition.id, status: 'SUBMITTED' });
  await expect(
    recordCommitteeDecision(quality, {
      conditionId: condition.id,
      decision: 'EXTENDED',
      decidedOn: new Date('2026-11-20'),
      meeting: 'M1',
      note: null,
      extendedUntil: null,
    }),
  ).rejects.toThrow(/needs the new due date/);
  await recordCommitteeDecision(quality, {
    conditionId: condition.id,
    decision: 'EXTENDED',
    decidedOn: new Date('2026-11-20'),
    meeting: 'Committee 140',
    note: 'One more survey wave',
    extendedUntil: new Date('2027-03-01'),
  });
  const extended = await database.db.condition.findUniqueOrThrow({ where: { id: condition.id }, include: { decisions: true } });
  expect(extended.status).toBe('EXTENDED');
  expect(extended.dueOn?.toISOString()).toBe('2027-03-01T00:00:00.000Z');
  expect(extended.decisions.map((decision) => decision.meeting)).toEqual(['Committee 140']);
  await changeConditionStatus(quality, { conditionId: condition.id, status: 'SUBMITTED' });
  await recordCommitteeDecision(quality, {
    conditionId: condition.id,
    decision: 'FULFILLED',
    decidedOn: new Date('2027-02-15'),
    meeting: 'Committee 141',
    note: null,
    extendedUntil: null,
  });
  expect((await database.db.condition.findUniqueOrThrow({ where: { id: condition.id } })).status).toBe('FULFILLED');
  // A decided condition's checklist is closed.
  await expect(setChecklistItemStatus(ibm, { itemId: condition.checklistItems[0]?.id as string, status: 'IN_PROGRESS' })).rejects.toThrow(
    /checklist is closed/,
  );
  expect((await verifyAuditChain(database.db)).ok).toBe(true);
});

test('checklist items are scoped: the other partner sees none and cannot reach one by id', async () => {
  const conditions = await listConditionsWithChecklist(ibm, procedureId);
  const item = conditions.flatMap((condition) => condition.checklistItems).find((entry) => entry.status !== 'DONE');
  expect(item).toBeDefined();
  await expect(listConditionsWithChecklist(northwind, procedureId)).rejects.toBeInstanceOf(NotFoundError);
  await expect(getChecklistItem(northwind, item?.id as string)).rejects.toBeInstanceOf(NotFoundError);
  await expect(setChecklistItemStatus(northwind, { itemId: item?.id as string, status: 'IN_PROGRESS' })).rejects.toBeInstanceOf(NotFoundError);
  expect((await getChecklistItem(auditor, item?.id as string)).id).toBe(item?.id);
  await expect(setChecklistItemStatus(auditor, { itemId: item?.id as string, status: 'IN_PROGRESS' })).rejects.toBeInstanceOf(ForbiddenError);
});

test('assignment: only quality managers, only to a person of the chosen organisation', async () => {
  const item = await database.db.checklistItem.findFirstOrThrow({ where: { condition: { procedureId, number: 7 } } });
  const ibmOrganisation = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  const northwindUser = await database.db.user.findUniqueOrThrow({ where: { email: 'partner@northwind.demo' } });
  await expect(
    updateChecklistItem(ibm, { itemId: item.id, assigneeOrganisationId: ibmOrganisation.id, assigneeUserId: null, dueOn: null }),
  ).rejects.toBeInstanceOf(ForbiddenError);
  await expect(
    updateChecklistItem(quality, { itemId: item.id, assigneeOrganisationId: ibmOrganisation.id, assigneeUserId: northwindUser.id, dueOn: null }),
  ).rejects.toThrow(ValidationError);
  await updateChecklistItem(quality, {
    itemId: item.id,
    assigneeOrganisationId: ibmOrganisation.id,
    assigneeUserId: ibm.userId,
    dueOn: new Date('2027-01-15'),
  });
  const updated = await getChecklistItem(ibm, item.id);
  expect(updated.assigneeUser?.email).toBe('partner@ibm.demo');
  expect(updated.effectiveDueOn?.toISOString()).toBe('2027-01-15T00:00:00.000Z');
});
