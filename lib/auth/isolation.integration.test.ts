// The isolation suite: every query and mutation of lib/ (each server action and route calls exactly
// one of them; see the guard at the end) is called by intruders against another organisation's
// objects. Reads must be not found, lists must leak nothing, writes must be refused with the
// database unchanged. scripts/check-scope-mutations.mjs removes each scope check in turn and shows
// that this suite then fails.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listEntityHistory, listProcedureAuditTrail } from '@/lib/audit/queries';
import { updateCertificateDefinition } from '@/lib/certificates/mutations';
import { getCertificateBySlug, listCertificateChoices, listCertificates, listCourseOptions } from '@/lib/certificates/queries';
import { reviewComment } from '@/lib/comments/mutations';
import { listCertificateComments } from '@/lib/comments/queries';
import { changeConditionStatus, createCondition, recordCommitteeDecision, setChecklistItemStatus, updateChecklistItem } from '@/lib/conditions/mutations';
import { getChecklistItem, listConditionsWithChecklist } from '@/lib/conditions/queries';
import { addMeasure, attachFollowUpWave, attachLoopToCondition, closeControlLoop, createControlLoop, updateMeasureStatus } from '@/lib/control-loops/mutations';
import { getControlLoop, listAttachableChecklistItems, listControlLoops, listMeasureOwnerOptions, listSurveyWaveOptions } from '@/lib/control-loops/queries';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { acceptEvidence, addEvidenceRevision, addFileEvidence, addLinkEvidence, addMetricSnapshotEvidence, rejectEvidence } from '@/lib/evidence/mutations';
import { getEvidenceRevisionFile, listChecklistAssigneeOptions } from '@/lib/evidence/queries';
import { generateEvidenceReport } from '@/lib/evidence-report/generate-evidence-report';
import { DATASETS } from '@/lib/exports/datasets';
import { revokeGrant } from '@/lib/grants/mutations';
import { importExport } from '@/lib/import/import-export';
import { listImports } from '@/lib/imports/queries';
import { listCertificateOverviews } from '@/lib/metrics/overview';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { generateDueNotifications } from '@/lib/notifications/generate-notifications';
import { listDue, listDueFilterOptions } from '@/lib/notifications/list-due';
import { markNotificationRead } from '@/lib/notifications/mutations';
import { listNotifications } from '@/lib/notifications/queries';
import {
  addQualityProfileCriterion,
  createProcedure,
  removeQualityProfileCriterion,
  updateQualityProfileRating,
  updateRecommendationStatus,
} from '@/lib/procedures/mutations';
import { getProcedure, listOpenConditionDeadlines, listProcedures } from '@/lib/procedures/queries';
import { importWorkloadSurvey } from '@/lib/surveys/mutations';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import type { TActor } from './actor';
import { createApiToken, revokeApiTokenAsActor } from './api-tokens';
import { hashPassword } from './password';
import { SYSTEM_ACTOR } from './system-actor';

const SLUG = 'ibm-data-science';
const SECRET_NAME = 'IBM Data Science Professional Certificate';

let database: TTestDatabase;
let quality: TActor;
const intruders: Record<string, TActor> = {};
/** Ids of IBM / Coursera objects that no intruder may reach. */
const ibm = {
  importId: '',
  certificateId: '',
  procedureId: '',
  conditionId: '',
  itemId: '',
  evidenceId: '',
  loopId: '',
  measureId: '',
  waveId: '',
  notificationId: '',
  recommendationId: '',
  ratingId: '',
  commentKey: '',
  grantId: '',
  tokenId: '',
};

async function createUser(email: string, role: 'QUALITY_MANAGER' | 'AUDITOR', organisationId: string): Promise<TActor> {
  await database.db.user.create({ data: { email, name: email, role, organisationId, passwordHash: await hashPassword('isolation-suite-passphrase') } });
  return getActorByEmail(database.db, email);
}

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  const out = join(mkdtempSync(join(tmpdir(), 'certqa-isolation-')), 'export.zip');
  await generateDemoExport({ learners: 60, seed: 11, out });
  // Imported by the local operator (CLI), as the demo is: such imports carry no organisation.
  const imported = await importExport(SYSTEM_ACTOR, { sourcePath: out });

  const procedure = await database.db.accreditationProcedure.findFirstOrThrow({
    where: { projectNumber: '23/016' },
    include: { recommendations: true, qualityProfile: true, auditorGrants: true },
  });
  const certificate = await database.db.certificate.findUniqueOrThrow({
    where: { slug: SLUG },
    include: { courses: { include: { course: true }, orderBy: { position: 'asc' } } },
  });
  Object.assign(ibm, {
    importId: imported.importId,
    certificateId: certificate.id,
    procedureId: procedure.id,
    recommendationId: procedure.recommendations[0]?.id,
    ratingId: procedure.qualityProfile[0]?.id,
    grantId: procedure.auditorGrants[0]?.id,
  });
  const { conditionId } = await createCondition(quality, {
    procedureId: procedure.id,
    number: 6,
    chapter: '3.1',
    criterion: '3.1.2*',
    text: 'For each of the six courses, a second workload survey.',
    checklistScope: null,
    dueOn: new Date(Date.now() + 10 * 86_400_000),
  });
  const item = await database.db.checklistItem.findFirstOrThrow({ where: { conditionId, certificateId: certificate.id } });
  const ibmPartner = await getActorByEmail(database.db, 'partner@ibm.demo');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  const evidence = await addFileEvidence(
    ibmPartner,
    { itemId: item.id, title: 'Survey report', effectiveOn: new Date('2026-11-01'), expiresOn: null },
    { body: Readable.from([pdf]), fileName: 'survey report.pdf' },
  );
  const courseId = certificate.courses[0]?.course.courseraCourseId as string;
  const wave = await importWorkloadSurvey(quality, {
    name: 'Isolation wave',
    sourceName: 'wave.csv',
    text: [
      'course,course_user_id,reported_hours,comparison,submitted_at',
      ...[9, 10, 11, 12, 13].map((hours, index) => `${courseId},,${hours},higher,2026-10-0${index + 1}`),
    ].join('\n'),
  });
  const loop = await createControlLoop(quality, { certificateSlug: SLUG, title: 'Workload loop', baselineWaveId: wave.id });
  const ibmOrganisation = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  const measure = await addMeasure(quality, {
    loopId: loop.loopId,
    title: 'Shorten module 3',
    ownerOrganisationId: ibmOrganisation.id,
    ownerUserId: null,
    dueOn: new Date(Date.now() + 5 * 86_400_000),
    expectedEffect: 'Fewer learners report more hours',
  });
  await generateDueNotifications();
  const comment = await database.db.summaryCourseComment.findFirstOrThrow({ where: { course_id: courseId } });
  const token = await createApiToken(ibmPartner.userId, 'isolation');
  Object.assign(ibm, {
    conditionId,
    itemId: item.id,
    evidenceId: evidence.evidenceId,
    loopId: loop.loopId,
    measureId: measure.measureId,
    waveId: wave.id,
    notificationId: (await database.db.notification.findFirstOrThrow({ where: { userId: quality.userId } })).id,
    commentKey: comment.comment_key,
    tokenId: token.id,
  });

  // Intruders: the other content partner, a quality manager of another platform, an auditor granted
  // only the other procedure, and the administrator (who reads no certificate data at all).
  intruders.northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  const otherPlatform = await database.db.organisation.create({ data: { slug: 'other-platform', name: 'Other Platform', kind: 'PLATFORM' } });
  intruders.otherQuality = await createUser('quality@other-platform.test', 'QUALITY_MANAGER', otherPlatform.id);
  const agency = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'fibaa' } });
  intruders.otherAuditor = await createUser('auditor2@fibaa.test', 'AUDITOR', agency.id);
  const northwindProcedure = await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: { not: '23/016' } } });
  await database.db.auditorGrant.create({
    data: {
      userId: intruders.otherAuditor.userId,
      procedureId: northwindProcedure.id,
      validFrom: new Date(Date.now() - 86_400_000),
      validUntil: new Date(Date.now() + 86_400_000),
    },
  });
  intruders.admin = await getActorByEmail(database.db, 'admin@certqa.demo');

  // Objects inside a container the reader does see, which still must stay hidden:
  // an item of IBM's procedure assigned to the platform itself (IBM's partner sees the procedure);
  const coursera = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'coursera' } });
  const platformItem = await database.db.checklistItem.findFirstOrThrow({ where: { conditionId, certificateId: { not: certificate.id } } });
  await database.db.checklistItem.update({ where: { id: platformItem.id }, data: { assigneeOrganisationId: coursera.id } });
  hidden.platformItemId = platformItem.id;
  hidden.platformEvidenceId = (
    await addLinkEvidence(quality, {
      itemId: platformItem.id,
      title: 'Platform-only note',
      url: 'https://example.org/platform',
      effectiveOn: new Date('2026-11-01'),
      expiresOn: null,
    })
  ).evidenceId;
  // Northwind's certificate sharing one of IBM's courses (at other hours: a consistency flag);
  const northwindCertificate = await database.db.certificate.findUniqueOrThrow({ where: { slug: 'northwind-learning-analytics' }, include: { courses: true } });
  await database.db.certificateCourse.create({
    data: {
      certificateId: northwindCertificate.id,
      courseId: certificate.courses[0]?.courseId as string,
      position: northwindCertificate.courses.length + 1,
      estimatedHours: 99,
    },
  });
  hidden.ibmCourseIds = certificate.courses.slice(1).map((row) => row.courseId);
  // a second procedure covering Northwind's certificate that the other auditor was not granted;
  const hiddenProcedure = await createProcedure(quality, {
    agencyOrganisationId: agency.id,
    projectNumber: '27/100',
    type: 'Re-certification',
    decision: null,
    openedOn: null,
    committeeMeetingOn: null,
    certificationFrom: null,
    certificationUntil: null,
    proofOfConditionsDueOn: null,
    certificateIds: [northwindCertificate.id],
  });
  hidden.procedureId = hiddenProcedure.procedureId;
  // and a certificate of the other platform, to which its quality manager might add IBM's courses.
  hidden.otherCertificateId = (
    await database.db.certificate.create({
      data: { slug: 'other-certificate', name: 'Other certificate', platformOrganisationId: otherPlatform.id, contentPartnerOrganisationId: otherPlatform.id },
    })
  ).id;
}, 120_000);

const hidden = { platformEvidenceId: '', platformItemId: '', ibmCourseIds: [] as string[], procedureId: '', otherCertificateId: '' };

describe('objects hidden inside what the reader does see', () => {
  test("IBM's partner sees its procedure but not the item assigned to the platform", async () => {
    const ibmPartner = await getActorByEmail(database.db, 'partner@ibm.demo');
    const listed = await listConditionsWithChecklist(ibmPartner, ibm.procedureId);
    expect(JSON.stringify(listed)).not.toContain(hidden.platformItemId);
    expect(JSON.stringify(await listAttachableChecklistItems(ibmPartner, SLUG, ibm.loopId).catch(() => []))).not.toContain(hidden.platformItemId);
    expect(JSON.stringify(await listDue(ibmPartner, { certificate: undefined, organisation: undefined, status: 'all' }))).not.toContain(hidden.platformItemId);
    await expect(getChecklistItem(ibmPartner, hidden.platformItemId)).rejects.toBeInstanceOf(NotFoundError);
    const report = await generateEvidenceReport(ibmPartner, { kind: 'procedure', value: ibm.procedureId }, { record: false });
    expect(JSON.stringify(report.data)).not.toContain(hidden.platformItemId);
    expect(JSON.stringify(report.data)).not.toContain('Platform-only note');
    const exported = JSON.stringify(await DATASETS['procedure-evidence'].build(ibmPartner, ibm.procedureId));
    expect(exported).not.toContain('Platform-only note');
    expect(JSON.stringify(await DATASETS['procedure-conditions'].build(ibmPartner, ibm.procedureId))).not.toContain('Coursera Inc.');
  });

  test("Northwind's partner reads its certificate without learning of IBM's certificates or other courses", async () => {
    const northwind = intruders.northwind as TActor;
    const detail = await getCertificateBySlug(northwind, 'northwind-learning-analytics');
    expect(leaks(detail)).toEqual([]);
    expect(JSON.stringify(detail)).not.toMatch(/IBM/);
    const options = JSON.stringify(await listCourseOptions(northwind));
    for (const courseId of hidden.ibmCourseIds) expect(options).not.toContain(courseId);
  });

  test('an auditor reads a granted certificate without learning of procedures not granted', async () => {
    const detail = await getCertificateBySlug(intruders.otherAuditor as TActor, 'northwind-learning-analytics');
    expect(JSON.stringify(detail)).not.toContain(hidden.procedureId);
    expect(JSON.stringify(detail)).not.toContain('27/100');
  });

  test("another platform's quality manager cannot put IBM's courses into its own certificate", async () => {
    const before = await computeTableDigest(database.db);
    const error = await updateCertificateDefinition(intruders.otherQuality as TActor, {
      certificateId: hidden.otherCertificateId,
      name: 'Other certificate',
      statedTotalHours: null,
      statedCredits: null,
      statedExactCredits: null,
      eqfLevel: null,
      intendedDurationMonthsMin: null,
      intendedDurationMonthsMax: null,
      courses: [{ courseId: hidden.ibmCourseIds[0], position: 1, estimatedHours: 10 }],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(await computeTableDigest(database.db)).toBe(before);
  });
});
afterAll(async () => database.drop());

/** Everything of IBM's that must never show: ids and the certificate's name. */
function leaks(value: unknown): string[] {
  const text = JSON.stringify(value);
  return [SECRET_NAME, ibm.importId, ibm.certificateId, ibm.procedureId, ibm.itemId, ibm.evidenceId, ibm.loopId, ibm.measureId, ibm.notificationId].filter(
    (secret) => secret && text.includes(secret),
  );
}

const READS: [string, (actor: TActor) => Promise<unknown>][] = [
  ['getCertificateBySlug', (actor) => getCertificateBySlug(actor, SLUG)],
  ['getCertificateMetrics', (actor) => getCertificateMetrics(actor, SLUG)],
  ['listCertificateComments', (actor) => listCertificateComments(actor, SLUG)],
  ['getProcedure', (actor) => getProcedure(actor, ibm.procedureId)],
  ['listConditionsWithChecklist', (actor) => listConditionsWithChecklist(actor, ibm.procedureId)],
  ['getChecklistItem', (actor) => getChecklistItem(actor, ibm.itemId)],
  ['listProcedureAuditTrail', (actor) => listProcedureAuditTrail(actor, ibm.procedureId)],
  ['getEvidenceRevisionFile', (actor) => getEvidenceRevisionFile(actor, ibm.evidenceId, 1)],
  ['listChecklistAssigneeOptions', (actor) => listChecklistAssigneeOptions(actor, ibm.itemId)],
  ['listControlLoops', (actor) => listControlLoops(actor, SLUG)],
  ['getControlLoop', (actor) => getControlLoop(actor, SLUG, ibm.loopId)],
  ['listSurveyWaveOptions', (actor) => listSurveyWaveOptions(actor, SLUG)],
  ['listMeasureOwnerOptions', (actor) => listMeasureOwnerOptions(actor, SLUG)],
  ['listAttachableChecklistItems', (actor) => listAttachableChecklistItems(actor, SLUG, ibm.loopId)],
  ['evidence report of the procedure', (actor) => generateEvidenceReport(actor, { kind: 'procedure', value: ibm.procedureId }, { record: false })],
  ['evidence report of the certificate', (actor) => generateEvidenceReport(actor, { kind: 'certificate', value: SLUG }, { record: false })],
  ...Object.entries(DATASETS).map(([name, dataset]): [string, (actor: TActor) => Promise<unknown>] => [
    `export ${name}`,
    (actor) => dataset.build(actor, dataset.subject === 'certificate' ? SLUG : ibm.procedureId),
  ]),
];

const LISTS: [string, (actor: TActor) => Promise<unknown>][] = [
  ['listCertificates', listCertificates],
  ['listCertificateOverviews', (actor) => listCertificateOverviews(actor)],
  ['listDueFilterOptions', (actor) => listDueFilterOptions(actor)],
  ['listCertificateChoices', listCertificateChoices],
  ['listCourseOptions', listCourseOptions],
  ['listProcedures', (actor) => listProcedures(actor)],
  ['listOpenConditionDeadlines', listOpenConditionDeadlines],
  ['listImports', listImports],
  ['listDue', (actor) => listDue(actor, { certificate: undefined, organisation: undefined, status: 'all' })],
  ['listNotifications', (actor) => listNotifications(actor)],
];

const day = new Date('2026-12-01T00:00:00.000Z');
const WRITES: [string, (actor: TActor) => Promise<unknown>][] = [
  [
    'updateCertificateDefinition',
    (actor) =>
      updateCertificateDefinition(actor, {
        certificateId: ibm.certificateId,
        name: 'Renamed',
        statedTotalHours: null,
        statedCredits: 99,
        statedExactCredits: null,
        eqfLevel: null,
        intendedDurationMonthsMin: null,
        intendedDurationMonthsMax: null,
        courses: [],
      }),
  ],
  ['reviewComment', (actor) => reviewComment(actor, { certificateSlug: SLUG, commentKey: ibm.commentKey, decision: 'RELEASED' })],
  [
    'createCondition',
    (actor) =>
      createCondition(actor, {
        procedureId: ibm.procedureId,
        number: 50,
        chapter: '1',
        criterion: '1.1',
        text: 'An intruder condition text.',
        checklistScope: null,
        dueOn: null,
      }),
  ],
  ['changeConditionStatus', (actor) => changeConditionStatus(actor, { conditionId: ibm.conditionId, status: 'IN_PROGRESS' })],
  [
    'recordCommitteeDecision',
    (actor) =>
      recordCommitteeDecision(actor, { conditionId: ibm.conditionId, decision: 'FULFILLED', decidedOn: day, meeting: 'M', note: null, extendedUntil: null }),
  ],
  [
    'updateChecklistItem',
    (actor) => updateChecklistItem(actor, { itemId: ibm.itemId, assigneeOrganisationId: actor.organisationId, assigneeUserId: null, dueOn: null }),
  ],
  ['setChecklistItemStatus', (actor) => setChecklistItemStatus(actor, { itemId: ibm.itemId, status: 'IN_PROGRESS' })],
  ['updateRecommendationStatus', (actor) => updateRecommendationStatus(actor, { recommendationId: ibm.recommendationId, status: 'DECLINED' })],
  [
    'updateQualityProfileRating',
    (actor) =>
      updateQualityProfileRating(actor, {
        ratingId: ibm.ratingId,
        criterionCode: '9.9',
        criterionTitle: 'Changed',
        isAsterisk: false,
        rating: 'DOES_NOT_MEET',
        note: null,
      }),
  ],
  [
    'addQualityProfileCriterion',
    (actor) =>
      addQualityProfileCriterion(actor, {
        procedureId: ibm.procedureId,
        criterionCode: '9.8',
        criterionTitle: 'Added',
        isAsterisk: false,
        rating: 'MEETS',
        note: null,
      }),
  ],
  ['removeQualityProfileCriterion', (actor) => removeQualityProfileCriterion(actor, { ratingId: ibm.ratingId })],
  [
    'addLinkEvidence',
    (actor) => addLinkEvidence(actor, { itemId: ibm.itemId, title: 'Intruder link', url: 'https://example.org/x', effectiveOn: day, expiresOn: null }),
  ],
  [
    'addMetricSnapshotEvidence',
    (actor) => addMetricSnapshotEvidence(actor, { itemId: ibm.itemId, title: 'Intruder snapshot', effectiveOn: day, expiresOn: null }),
  ],
  [
    'addEvidenceRevision',
    (actor) => addEvidenceRevision(actor, { evidenceId: ibm.evidenceId, url: 'https://example.org/y', note: null, effectiveOn: day, expiresOn: null }),
  ],
  ['acceptEvidence', (actor) => acceptEvidence(actor, { evidenceId: ibm.evidenceId, revisionNumber: 1, note: null })],
  ['rejectEvidence', (actor) => rejectEvidence(actor, { evidenceId: ibm.evidenceId, revisionNumber: 1, note: 'Not good' })],
  ['createControlLoop', (actor) => createControlLoop(actor, { certificateSlug: SLUG, title: 'Intruder loop', baselineWaveId: ibm.waveId })],
  [
    'addMeasure',
    (actor) =>
      addMeasure(actor, {
        loopId: ibm.loopId,
        title: 'Intruder measure',
        ownerOrganisationId: actor.organisationId,
        ownerUserId: null,
        dueOn: day,
        expectedEffect: 'Nothing good',
      }),
  ],
  ['updateMeasureStatus', (actor) => updateMeasureStatus(actor, { measureId: ibm.measureId, status: 'DONE' })],
  ['attachFollowUpWave', (actor) => attachFollowUpWave(actor, { loopId: ibm.loopId, followUpWaveId: ibm.waveId })],
  ['closeControlLoop', (actor) => closeControlLoop(actor, { loopId: ibm.loopId, closingNote: 'Closed by an intruder' })],
  ['attachLoopToCondition', (actor) => attachLoopToCondition(actor, { loopId: ibm.loopId, checklistItemId: ibm.itemId })],
  ['markNotificationRead', (actor) => markNotificationRead(actor, { notificationId: ibm.notificationId })],
];

describe.each(['northwind', 'otherQuality', 'otherAuditor', 'admin'])('intruder %s', (name) => {
  const actor = () => intruders[name] as TActor;

  test.each(READS)('%s: not found, and the error names nothing', async (_label, read) => {
    const error = await read(actor()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(leaks((error as Error).message)).toEqual([]);
  });

  test.each(LISTS)('%s: nothing of IBM in the list (or no list at all)', async (_label, list) => {
    const result = await list(actor()).catch((error: unknown) => {
      if (error instanceof NotFoundError) return [];
      throw error;
    });
    expect(leaks(result)).toEqual([]);
  });

  test('every write on an object out of scope is "not found" (never a hint that it exists), and the database is unchanged', async () => {
    const before = await computeTableDigest(database.db);
    for (const [label, write] of WRITES) {
      const error = await write(actor()).catch((caught: unknown) => caught);
      expect(error, label).toBeInstanceOf(NotFoundError);
      expect(leaks((error as Error).message), label).toEqual([]);
    }
    // Opening a procedure names certificates by id: someone else's is refused like an unknown one.
    const error = await createProcedure(actor(), {
      agencyOrganisationId: 'x',
      projectNumber: '99/999',
      type: 'Intrusion',
      decision: null,
      openedOn: null,
      committeeMeetingOn: null,
      certificationFrom: null,
      certificationUntil: null,
      proofOfConditionsDueOn: null,
      certificateIds: [ibm.certificateId],
    }).catch((caught: unknown) => caught);
    expect(error).toSatisfy((value: unknown) => value instanceof ForbiddenError || value instanceof ValidationError);
    expect(leaks((error as Error).message)).toEqual([]);
    expect(await computeTableDigest(database.db)).toBe(before);
  });
});

test("administrators' writes are refused to every other role, and another user's token to all but its owner", async () => {
  const before = await computeTableDigest(database.db);
  for (const actor of [intruders.northwind, intruders.otherQuality, intruders.otherAuditor, quality] as TActor[]) {
    await expect(revokeGrant(actor, { grantId: ibm.grantId })).rejects.toSatisfy(
      (error: unknown) => error instanceof ForbiddenError || error instanceof NotFoundError,
    );
    await expect(revokeApiTokenAsActor(actor, { tokenId: ibm.tokenId })).rejects.toSatisfy(
      (error: unknown) => error instanceof ForbiddenError || error instanceof NotFoundError,
    );
  }
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('the quality manager of the platform does reach every object (the suite tests scope, not a broken fixture)', async () => {
  for (const [label, read] of READS) {
    const result = await read(quality);
    expect(result, label).toBeDefined();
    // A download's stream is opened lazily; close it so it does not outlive the test's files.
    if (result && typeof result === 'object' && 'stream' in result) (result.stream as { destroy: () => void }).destroy();
  }
  expect(await listEntityHistory('Evidence', [ibm.evidenceId])).not.toHaveLength(0);
});

/** Server actions for visitors who are not signed in; each decides itself whether the visitor may act. */
const PUBLIC_ACTIONS = ['setVisitorLocaleAction', 'createFirstAdminAction'];

test('every server action goes through authenticatedAction, so the checks above are the only way in', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'actions.ts') files.push(path);
    }
  };
  walk(join(process.cwd(), 'app'));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const exported = [...source.matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((match) => match[1]);
    const wrapped = [...source.matchAll(/^export const (\w+) = (authenticatedAction|publicAction)\(/gm)].map((match) =>
      match[2] === 'publicAction' && !PUBLIC_ACTIONS.includes(match[1] as string) ? `${match[1]} (public, not allowed)` : match[1],
    );
    expect(exported, file).toEqual(wrapped);
  }
});
