// A whole control loop on the demo database (both dialects): two workload-survey waves for the
// IBM Data Science certificate, the frozen baseline, a measure, the follow-up and its comparison,
// the close, and filing the loop as evidence on a condition. Refusals are proven harmless by the
// table digest. The tests run in order and share the loop they build.

import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { createCondition } from '@/lib/conditions/mutations';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { importExport } from '@/lib/import/import-export';
import { importWorkloadSurvey } from '@/lib/surveys/mutations';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { addMeasure, attachFollowUpWave, attachLoopToCondition, closeControlLoop, createControlLoop, updateMeasureStatus } from './mutations';
import { getControlLoop, listAttachableChecklistItems, listControlLoops, listSurveyWaveOptions } from './queries';
import { CLOSE_WITHOUT_FOLLOW_UP_REASON, CLOSED_LOOP_REASON } from './workflow';

const SLUG = 'ibm-data-science';

let database: TTestDatabase;
let quality: TActor;
let ibm: TActor;
let northwind: TActor;
let auditor: TActor;
/** Coursera ids of the certificate's first two courses (8 h and 20 h estimated). */
let firstCourse: string;
let secondCourse: string;
let baselineWaveId: string;
let followUpWaveId: string;
let loopId: string;
let measureId: string;

const HEADER = 'course,course_user_id,reported_hours,comparison,submitted_at';
const rows = (course: string, answers: [number, string][], month: string) =>
  answers.map(([hours, comparison], index) => `${course},,${hours},${comparison},2024-${month}-${String(index + 1).padStart(2, '0')}`);

/** Runs the change only after the first digest, so that a change that wrongly writes cannot slip in before it. */
async function expectRefusedUnchanged(
  change: () => Promise<unknown>,
  errorClass: typeof ValidationError | typeof ForbiddenError | typeof NotFoundError,
  message: string,
) {
  const before = await computeTableDigest(database.db);
  const error = await change().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(errorClass);
  expect((error as Error).message).toContain(message);
  expect(await computeTableDigest(database.db)).toBe(before);
}

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  // A small generated export gives the IBM courses their Coursera ids, as the demo does.
  const out = join(mkdtempSync(join(tmpdir(), 'certqa-loops-')), 'export.zip');
  await generateDemoExport({ learners: 40, seed: 5, out });
  await importExport(quality, { sourcePath: out });
  const courses = await database.db.certificateCourse.findMany({
    where: { certificate: { slug: SLUG } },
    include: { course: true },
    orderBy: { position: 'asc' },
  });
  const [first, second] = courses.map((row) => row.course.courseraCourseId);
  if (!first || !second) throw new Error('the export should give the first two courses their Coursera ids');
  [firstCourse, secondCourse] = [first, second];

  // Baseline: the first course (8 h estimated) is felt as far heavier; the second has only 3 answers.
  const baseline = await importWorkloadSurvey(quality, {
    name: 'Spring 2024 workload survey',
    sourceName: 'spring.csv',
    text: [
      HEADER,
      ...rows(
        firstCourse,
        [
          [12, 'higher'],
          [14, 'higher'],
          [12, 'higher'],
          [9, 'about right'],
          [15, 'higher'],
          [13, 'higher'],
        ],
        '03',
      ),
      ...rows(
        secondCourse,
        [
          [20, 'about right'],
          [22, 'higher'],
          [18, 'lower'],
        ],
        '03',
      ),
    ].join('\n'),
  });
  // importedAt has millisecond resolution; the follow-up must be imported strictly later.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const followUp = await importWorkloadSurvey(quality, {
    name: 'Autumn 2024 workload survey',
    sourceName: 'autumn.csv',
    text: [
      HEADER,
      ...rows(
        firstCourse,
        [
          [9, 'about right'],
          [10, 'higher'],
          [8, 'about right'],
          [9, 'about right'],
          [11, 'higher'],
          [8, 'lower'],
        ],
        '10',
      ),
      ...rows(
        secondCourse,
        [
          [20, 'about right'],
          [21, 'about right'],
          [19, 'about right'],
          [24, 'higher'],
          [18, 'lower'],
        ],
        '10',
      ),
    ].join('\n'),
  });
  baselineWaveId = baseline.id;
  followUpWaveId = followUp.id;
});
afterAll(async () => database.drop());

test('starting a loop freezes the baseline analysis with its SHA-256, and is audited', async () => {
  const options = await listSurveyWaveOptions(quality, SLUG);
  expect(options.map((wave) => [wave.name, wave.responsesForCertificate])).toEqual([
    ['Autumn 2024 workload survey', 11],
    ['Spring 2024 workload survey', 9],
  ]);
  expect(await listSurveyWaveOptions(ibm, SLUG)).toEqual([]);

  const created = await createControlLoop(quality, { certificateSlug: SLUG, title: 'Workload of the first courses', baselineWaveId });
  loopId = created.loopId;
  const loop = await database.db.controlLoop.findUniqueOrThrow({ where: { id: loopId } });
  expect(loop.status).toBe('BASELINE');
  expect(loop.baselineSha256).toBe(createHash('sha256').update(loop.baselineSnapshot).digest('hex'));

  const detail = await getControlLoop(quality, SLUG, loopId);
  expect(detail.baseline.courses[0]).toMatchObject({ position: 1, estimatedHours: 8, n: 6, q1: 12, median: 12.5, q3: 13.75, suppressed: null });
  expect(detail.baseline.courses[0]?.shareHigher).toBeCloseTo(5 / 6, 12);
  expect(detail.baseline.courses[1]).toMatchObject({
    position: 2,
    estimatedHours: 20,
    n: 3,
    median: null,
    shareHigher: null,
    suppressed: 'fewer than 5 respondents (n = 3)',
  });
  expect(detail.baseline.courses.slice(2).every((course) => course.n === 0 && course.suppressed === 'no data')).toBe(true);
  expect(detail.baseline).toMatchObject({
    responseCount: 9,
    surveyedFrom: '2024-03-01T00:00:00.000Z',
    surveyedTo: '2024-03-06T00:00:00.000Z',
    minimumGroupSize: 5,
  });

  const audit = await database.db.auditEntry.findMany({ where: { entityType: 'ControlLoop', entityId: loopId } });
  expect(audit.map((entry) => [entry.action, entry.certificateId])).toEqual([['control-loop.create', detail.certificateId]]);
  expect((await listControlLoops(quality, SLUG)).loops.map((entry) => [entry.title, entry.status])).toEqual([['Workload of the first courses', 'BASELINE']]);
});

test('a wave of another organisation is not found; a wave of other courses is refused; nothing changes', async () => {
  const ibmOrganisation = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  const foreign = await database.db.workloadSurveyWave.create({
    data: {
      name: 'Foreign',
      sourceName: 'x.csv',
      sha256: '0'.repeat(64),
      importedById: ibm.userId,
      organisationId: ibmOrganisation.id,
      responseCount: 0,
      linkedCount: 0,
    },
  });
  await expectRefusedUnchanged(
    () => createControlLoop(quality, { certificateSlug: SLUG, title: 'Foreign wave', baselineWaveId: foreign.id }),
    NotFoundError,
    'Survey wave not found',
  );

  const elsewhere = await database.db.course.findFirstOrThrow({
    where: { courseraCourseId: { not: null }, certificates: { none: { certificate: { slug: SLUG } } } },
  });
  const other = await importWorkloadSurvey(quality, {
    name: 'Other courses',
    sourceName: 'other.csv',
    text: `${HEADER}\n${elsewhere.courseraCourseId},,5,lower,2024-03-01\n`,
  });
  await expectRefusedUnchanged(
    () => createControlLoop(quality, { certificateSlug: SLUG, title: 'Other courses', baselineWaveId: other.id }),
    ValidationError,
    'holds no responses for the courses of IBM Data Science Professional Certificate; nothing was changed',
  );
  await expectRefusedUnchanged(
    () => createControlLoop(ibm, { certificateSlug: SLUG, title: 'Partner loop', baselineWaveId }),
    ForbiddenError,
    'Only quality managers start control loops',
  );
});

test('closing without a follow-up wave is refused and changes nothing; so is a follow-up before any measure', async () => {
  await expectRefusedUnchanged(
    () => closeControlLoop(quality, { loopId, closingNote: 'Trying to close at once.' }),
    ValidationError,
    CLOSE_WITHOUT_FOLLOW_UP_REASON,
  );
  await expectRefusedUnchanged(
    () => attachFollowUpWave(quality, { loopId, followUpWaveId }),
    ValidationError,
    'Record at least one measure before comparing a follow-up wave',
  );
});

test('a measure has an owner organisation and person; the owner works its status, others may not', async () => {
  const ibmOrganisation = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  const agency = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'fibaa' } });
  const measure = {
    loopId,
    title: 'Restate the hours of course 1 from the learning plan',
    ownerOrganisationId: ibmOrganisation.id,
    ownerUserId: ibm.userId,
    dueOn: new Date('2024-08-31T00:00:00Z'),
    expectedEffect: 'Fewer learners find the workload higher than estimated',
  };
  await expectRefusedUnchanged(
    () => addMeasure(quality, { ...measure, ownerOrganisationId: agency.id, ownerUserId: null }),
    ValidationError,
    'Nothing was added',
  );
  await expectRefusedUnchanged(() => addMeasure(quality, { ...measure, ownerUserId: quality.userId }), ValidationError, 'Nothing was added');
  await expectRefusedUnchanged(() => addMeasure(auditor, measure), ForbiddenError, 'Only quality managers add measures');

  measureId = (await addMeasure(quality, measure)).measureId;
  expect((await database.db.controlLoop.findUniqueOrThrow({ where: { id: loopId } })).status).toBe('MEASURES');
  await updateMeasureStatus(ibm, { measureId, status: 'IN_PROGRESS' });
  await expectRefusedUnchanged(() => updateMeasureStatus(auditor, { measureId, status: 'DONE' }), ForbiddenError, 'owner organisation');
  const actions = await database.db.auditEntry.findMany({ where: { entityType: 'Measure', entityId: measureId }, orderBy: { sequence: 'asc' } });
  expect(actions.map((entry) => [entry.action, entry.actorLabel, entry.after])).toEqual([
    ['measure.create', 'quality@coursera.demo', expect.stringContaining('"ownerOrganisationId"')],
    ['measure.status', 'partner@ibm.demo', '{"status":"IN_PROGRESS"}'],
  ]);
});

test('a partner of another organisation does not see the loop or its measures at all', async () => {
  await expect(getControlLoop(northwind, SLUG, loopId)).rejects.toBeInstanceOf(NotFoundError);
  await expect(listControlLoops(northwind, SLUG)).rejects.toBeInstanceOf(NotFoundError);
  await expectRefusedUnchanged(() => updateMeasureStatus(northwind, { measureId, status: 'DONE' }), NotFoundError, 'Measure not found');
  await expectRefusedUnchanged(() => closeControlLoop(northwind, { loopId, closingNote: 'Not my loop to close.' }), NotFoundError, 'Control loop not found');
  // The auditor of the procedure reads it.
  expect((await getControlLoop(auditor, SLUG, loopId)).measures).toHaveLength(1);
});

test('the follow-up is a later, different wave; its analysis and the comparison are frozen', async () => {
  await expectRefusedUnchanged(
    () => attachFollowUpWave(quality, { loopId, followUpWaveId: baselineWaveId }),
    ValidationError,
    'different wave than the baseline',
  );
  await attachFollowUpWave(quality, { loopId, followUpWaveId });
  const detail = await getControlLoop(quality, SLUG, loopId);
  expect(detail.status).toBe('FOLLOW_UP');
  expect(detail.followUpSha256).toBe(
    createHash('sha256')
      .update(detail.followUpSnapshot ?? '')
      .digest('hex'),
  );
  const [first, second] = detail.comparisonResult?.courses ?? [];
  // 5/6 → 2/6 higher; median 12.5 h → 9 h against 8 h estimated: both signals better.
  expect(first).toMatchObject({ verdict: 'IMPROVED', medianChange: -3.5, baseline: { n: 6 }, followUp: { n: 6 } });
  expect(first?.shareHigherChange).toBeCloseTo(-0.5, 12);
  expect(second).toMatchObject({
    verdict: null,
    baseline: { n: 3 },
    followUp: { n: 5 },
    explanation: 'Not comparable: baseline withheld (fewer than 5 respondents (n = 3)).',
  });
  await expectRefusedUnchanged(() => attachFollowUpWave(quality, { loopId, followUpWaveId }), ValidationError, 'already been compared');
});

test('closing needs every measure done or dropped and a note; then nothing changes the closed loop', async () => {
  await expectRefusedUnchanged(
    () => closeControlLoop(quality, { loopId, closingNote: 'Hours restated.' }),
    ValidationError,
    '1 measure(s) are still planned or in progress',
  );
  await updateMeasureStatus(ibm, { measureId, status: 'DONE' });
  await expectRefusedUnchanged(
    () => closeControlLoop(ibm, { loopId, closingNote: 'Partner closing.' }),
    ForbiddenError,
    'Only quality managers close control loops',
  );
  await closeControlLoop(quality, { loopId, closingNote: 'Course 1 restated at 10 h; the share finding it heavier halved.' });
  const closed = await getControlLoop(quality, SLUG, loopId);
  expect(closed).toMatchObject({ status: 'CLOSED', closedById: quality.userId, closedByName: 'Quinn Quality' });

  const ibmOrganisation = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  const edits: (() => Promise<unknown>)[] = [
    () =>
      addMeasure(quality, {
        loopId,
        title: 'One more',
        ownerOrganisationId: ibmOrganisation.id,
        ownerUserId: null,
        dueOn: new Date('2025-01-01T00:00:00Z'),
        expectedEffect: 'Something else',
      }),
    () => updateMeasureStatus(quality, { measureId, status: 'DROPPED' }),
    () => updateMeasureStatus(ibm, { measureId, status: 'IN_PROGRESS' }),
    () => attachFollowUpWave(quality, { loopId, followUpWaveId }),
    () => closeControlLoop(quality, { loopId, closingNote: 'Closing once more.' }),
  ];
  for (const edit of edits) await expectRefusedUnchanged(edit, ValidationError, CLOSED_LOOP_REASON);
  const actions = await database.db.auditEntry.findMany({ where: { entityType: 'ControlLoop', entityId: loopId }, orderBy: { sequence: 'asc' } });
  expect(actions.map((entry) => entry.action)).toEqual(['control-loop.create', 'control-loop.status', 'control-loop.follow-up', 'control-loop.close']);
});

test('the loop is filed as evidence on a checklist item of an undecided condition, with its frozen content and hash', async () => {
  const procedure = await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: '23/016' } });
  const { conditionId } = await createCondition(quality, {
    procedureId: procedure.id,
    number: 6,
    chapter: '3.2',
    criterion: '3.2.4 Workload',
    text: 'For each of the six courses, a systematic control loop from the survey to the analysis of the results and the taking of appropriate measures.',
    checklistScope: null,
    dueOn: null,
  });
  const items = await database.db.checklistItem.findMany({ where: { conditionId }, include: { certificate: true } });
  const item = items.find((entry) => entry.certificate?.slug === SLUG);
  const otherItem = items.find((entry) => entry.certificate?.slug !== SLUG);
  if (!item || !otherItem) throw new Error('expected one checklist item per certificate');
  expect((await listAttachableChecklistItems(quality, SLUG, loopId)).map((entry) => entry.id)).toEqual([item.id]);

  await expectRefusedUnchanged(
    () => attachLoopToCondition(quality, { loopId, checklistItemId: otherItem.id }),
    ValidationError,
    'choose the item of IBM Data Science Professional Certificate',
  );
  await expectRefusedUnchanged(() => attachLoopToCondition(ibm, { loopId, checklistItemId: item.id }), ForbiddenError, 'Only quality managers attach');
  await expectRefusedUnchanged(() => attachLoopToCondition(northwind, { loopId, checklistItemId: item.id }), NotFoundError, 'Control loop not found');

  const { evidenceId, revision } = await attachLoopToCondition(quality, { loopId, checklistItemId: item.id });
  expect(revision).toBe(1);
  const evidence = await database.db.evidence.findUniqueOrThrow({ where: { id: evidenceId }, include: { revisions: true } });
  expect(evidence).toMatchObject({ kind: 'CONTROL_LOOP', status: 'SUBMITTED', controlLoopId: loopId, checklistItemId: item.id });
  // The evidence speaks for the follow-up survey's last response.
  expect(evidence.effectiveOn.toISOString()).toBe('2024-10-06T00:00:00.000Z');
  const [stored] = evidence.revisions;
  expect(stored?.sha256).toBe(
    createHash('sha256')
      .update(stored?.snapshot ?? '')
      .digest('hex'),
  );
  const loop = await database.db.controlLoop.findUniqueOrThrow({ where: { id: loopId } });
  const snapshot = JSON.parse(stored?.snapshot ?? '{}') as {
    loop: { status: string };
    baseline: { sha256: string; analysis: unknown };
    followUp: { analysis: unknown };
    comparison: unknown;
    measures: unknown[];
  };
  expect(snapshot.loop.status).toBe('CLOSED');
  expect(snapshot.baseline.sha256).toBe(loop.baselineSha256);
  expect(JSON.stringify(snapshot.baseline.analysis)).toBe(loop.baselineSnapshot);
  expect(JSON.stringify(snapshot.followUp.analysis)).toBe(loop.followUpSnapshot);
  expect(JSON.stringify(snapshot.comparison)).toBe(loop.comparison);
  expect(snapshot.measures).toHaveLength(1);
  // Attaching links the closed loop to the condition and leaves its recorded content as it was.
  expect(loop).toMatchObject({ conditionId, status: 'CLOSED' });
  const audit = await database.db.auditEntry.findMany({
    where: { procedureId: procedure.id, action: { in: ['control-loop.attach', 'evidence.create'] } },
    orderBy: { sequence: 'asc' },
  });
  expect(audit.map((entry) => [entry.action, entry.certificateId])).toEqual([
    ['evidence.create', loop.certificateId],
    ['control-loop.attach', loop.certificateId],
  ]);

  await expectRefusedUnchanged(
    () => attachLoopToCondition(quality, { loopId, checklistItemId: item.id }),
    ValidationError,
    'already attached to this checklist item with the same content',
  );

  // An open loop filed early gets a new revision once it moves on, and goes back to review.
  const ibmOrganisation = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  const early = await createControlLoop(quality, { certificateSlug: SLUG, title: 'Second round', baselineWaveId: followUpWaveId });
  const filed = await attachLoopToCondition(quality, { loopId: early.loopId, checklistItemId: item.id });
  expect(filed.revision).toBe(1);
  await database.db.evidence.update({ where: { id: filed.evidenceId }, data: { status: 'ACCEPTED', reviewedById: quality.userId, reviewedAt: new Date() } });
  await addMeasure(quality, {
    loopId: early.loopId,
    title: 'Split the capstone into two modules',
    ownerOrganisationId: ibmOrganisation.id,
    ownerUserId: null,
    dueOn: new Date('2025-03-31T00:00:00Z'),
    expectedEffect: 'Reported hours closer to the estimate',
  });
  const refiled = await attachLoopToCondition(quality, { loopId: early.loopId, checklistItemId: item.id });
  expect(refiled).toMatchObject({ evidenceId: filed.evidenceId, revision: 2 });
  const revised = await database.db.evidence.findUniqueOrThrow({ where: { id: filed.evidenceId }, include: { revisions: { orderBy: { number: 'asc' } } } });
  expect(revised).toMatchObject({ status: 'SUBMITTED', reviewedById: null, reviewedAt: null });
  expect(revised.revisions.map((entry) => (JSON.parse(entry.snapshot ?? '{}') as { measures: unknown[] }).measures.length)).toEqual([0, 1]);

  // Once the committee has decided, the condition's checklist takes no more evidence.
  await database.db.condition.update({ where: { id: conditionId }, data: { status: 'FULFILLED' } });
  await expectRefusedUnchanged(
    () => attachLoopToCondition(quality, { loopId, checklistItemId: item.id }),
    ValidationError,
    'The committee has decided on this condition',
  );
  expect(await listAttachableChecklistItems(quality, SLUG, loopId)).toEqual([]);
});
