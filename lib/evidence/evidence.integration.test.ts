// Evidence on the demo database (both dialects): a content partner files a PDF, a link and frozen
// figures on a checklist item assigned to IBM; another partner finds none of it; bad uploads are
// refused with the database and the evidence folder unchanged; only a quality manager reviews.
// The tests run in order and share the evidence they add.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { createCondition } from '@/lib/conditions/mutations';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { importExport } from '@/lib/import/import-export';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import type { EvidenceFileRefusedError } from './evidence-store';
import type { TMetricSnapshot } from './freeze-metric-snapshot';
import { acceptEvidence, addEvidenceRevision, addFileEvidence, addLinkEvidence, addMetricSnapshotEvidence, rejectEvidence } from './mutations';
import { getEvidenceRevisionFile } from './queries';
import { ZAddEvidenceRevisionInput, ZAddLinkEvidenceInput } from './schemas';

// The data folder and the size limit are read when lib/env is first imported, so they are set first.
const { dataDir } = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certqa-evidence-'));
  process.env.CERTQA_DATA_DIR = dir;
  process.env.CERTQA_EVIDENCE_MAX_BYTES = String(64 * 1024);
  return { dataDir: dir };
});

const SLUG = 'ibm-data-science';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const EXE = Buffer.concat([Buffer.from('MZ\u0090\u0000', 'latin1'), Buffer.alloc(60), Buffer.from('This program cannot be run in DOS mode.')]);
const EFFECTIVE_ON = new Date('2025-06-30T00:00:00.000Z');

let database: TTestDatabase;
let quality: TActor;
let ibm: TActor;
let northwind: TActor;
let auditor: TActor;
let procedureId: string;
let itemId: string;
let certificateId: string;
let wholeConditionItemId: string;
let fileEvidenceId: string;
let exportDir: string;

const upload = (bytes: Buffer, fileName: string) => ({ body: Readable.from([bytes]), fileName });
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const fileInput = (title = 'Workload survey report, spring 2025') => ({ itemId, title, effectiveOn: EFFECTIVE_ON, expiresOn: null });
const evidenceDir = () => join(dataDir, 'evidence');
const listEvidenceDir = () => (existsSync(evidenceDir()) ? readdirSync(evidenceDir()).sort() : []);

/** Runs the change only after the first look, so a change that wrongly writes cannot slip in before it. */
async function expectRefusedUnchanged(
  change: () => Promise<unknown>,
  errorClass: typeof ValidationError | typeof ForbiddenError | typeof NotFoundError,
  message: string,
) {
  const digest = await computeTableDigest(database.db);
  const files = listEvidenceDir();
  const error = await change().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(errorClass);
  expect((error as Error).message).toContain(message);
  expect(await computeTableDigest(database.db)).toBe(digest);
  expect(listEvidenceDir()).toEqual(files);
  return error;
}

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  // A small generated export gives the IBM certificates figures to freeze, as the demo does.
  exportDir = mkdtempSync(join(tmpdir(), 'certqa-evidence-export-'));
  const out = join(exportDir, 'export.zip');
  await generateDemoExport({ learners: 40, seed: 11, out });
  await importExport(quality, { sourcePath: out });

  procedureId = (await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: '23/016' } })).id;
  const perCertificate = await createCondition(quality, {
    procedureId,
    number: 6,
    chapter: '3.1',
    criterion: '3.1.2* Application of ECTS and modularization',
    text: 'For each of the six courses, Coursera and IBM document the results of the learner workload survey.',
    checklistScope: null,
    dueOn: null,
  });
  const item = await database.db.checklistItem.findFirstOrThrow({ where: { conditionId: perCertificate.conditionId, certificate: { slug: SLUG } } });
  itemId = item.id;
  certificateId = item.certificateId as string;
  const wholeCondition = await createCondition(quality, {
    procedureId,
    number: 7,
    chapter: '5',
    criterion: '5* Documentation',
    text: 'Coursera and IBM ensure correct documentation about the ECTS credit awarding.',
    checklistScope: 'CONDITION',
    dueOn: null,
  });
  wholeConditionItemId = (await database.db.checklistItem.findFirstOrThrow({ where: { conditionId: wholeCondition.conditionId } })).id;
});
afterAll(async () => {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(exportDir, { recursive: true, force: true });
});

test('a partner files a PDF on an item assigned to IBM: stored under a random name with its SHA-256, and audited', async () => {
  const result = await addFileEvidence(ibm, fileInput(), upload(PDF, 'Survey report.pdf'));
  fileEvidenceId = result.evidenceId;
  expect(result).toMatchObject({ itemId, procedureId });

  const evidence = await database.db.evidence.findUniqueOrThrow({ where: { id: fileEvidenceId }, include: { revisions: true } });
  expect(evidence).toMatchObject({ kind: 'FILE', status: 'SUBMITTED', createdById: ibm.userId, effectiveOn: EFFECTIVE_ON, expiresOn: null });
  const [revision] = evidence.revisions;
  expect(revision).toMatchObject({
    number: 1,
    fileName: 'Survey report.pdf',
    mediaType: 'application/pdf',
    sizeBytes: PDF.length,
    sha256: sha256(PDF),
    uploadedById: ibm.userId,
  });
  expect(revision?.storedName).toMatch(/^[0-9a-f-]{36}$/);
  expect(readFileSync(join(evidenceDir(), revision?.storedName as string))).toEqual(PDF);
  expect(listEvidenceDir()).toEqual([revision?.storedName]);

  const audit = await database.db.auditEntry.findFirstOrThrow({ where: { entityType: 'Evidence', entityId: fileEvidenceId } });
  expect(audit).toMatchObject({ action: 'evidence.create', actorId: ibm.userId, procedureId, certificateId });
  expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ kind: 'FILE', revision: 1, sha256: sha256(PDF), fileName: 'Survey report.pdf' });

  const download = await getEvidenceRevisionFile(ibm, fileEvidenceId, 1);
  expect(download).toMatchObject({ fileName: 'Survey report.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF) });
  expect(Buffer.from(await text(download.stream), 'latin1')).toEqual(PDF);
});

test('a partner of another organisation finds neither the item nor its evidence', async () => {
  await expectRefusedUnchanged(() => addFileEvidence(northwind, fileInput(), upload(PDF, 'x.pdf')), NotFoundError, 'Checklist item not found');
  await expectRefusedUnchanged(() => getEvidenceRevisionFile(northwind, fileEvidenceId, 1), NotFoundError, 'Evidence revision not found');
  await expectRefusedUnchanged(
    () =>
      addEvidenceRevision(
        northwind,
        ZAddEvidenceRevisionInput.parse({ evidenceId: fileEvidenceId, url: null, note: null, effectiveOn: '2025-07-01', expiresOn: null }),
        upload(PDF, 'x.pdf'),
      ),
    NotFoundError,
    'Evidence not found',
  );
  await expectRefusedUnchanged(
    () => acceptEvidence(northwind, { evidenceId: fileEvidenceId, revisionNumber: 1, note: null }),
    NotFoundError,
    'Evidence not found',
  );
});

test('a disguised executable, an oversized file and a path-traversal name are refused; database and evidence folder unchanged', async () => {
  const disguised = (await expectRefusedUnchanged(
    () => addFileEvidence(ibm, fileInput(), upload(EXE, 'report.pdf')),
    ValidationError,
    '"report.pdf" was refused: it is a Windows program',
  )) as EvidenceFileRefusedError;
  expect(disguised.reason).toBe('TYPE');
  const oversized = Buffer.concat([PDF, Buffer.alloc(64 * 1024, 0x20)]);
  const tooLarge = (await expectRefusedUnchanged(
    () => addFileEvidence(ibm, fileInput(), upload(oversized, 'big.pdf')),
    ValidationError,
    'larger than the limit of 65,536 bytes',
  )) as EvidenceFileRefusedError;
  expect(tooLarge.reason).toBe('TOO_LARGE');
  const traversal = (await expectRefusedUnchanged(
    () => addFileEvidence(ibm, fileInput(), upload(PDF, '../../../etc/cron.d/job')),
    ValidationError,
    'contains folder parts',
  )) as EvidenceFileRefusedError;
  expect(traversal.reason).toBe('NAME');
  await expectRefusedUnchanged(
    () => addFileEvidence(ibm, { ...fileInput(), effectiveOn: new Date(Date.now() + 10 * 86_400_000) }, upload(PDF, 'later.pdf')),
    ValidationError,
    'Nothing was changed',
  );
  expect(existsSync(join(dataDir, 'etc'))).toBe(false);
});

test('only a quality manager accepts; accepting completes the item; a second accept is refused', async () => {
  const review = { evidenceId: fileEvidenceId, revisionNumber: 1, note: null };
  await expectRefusedUnchanged(() => acceptEvidence(ibm, review), ForbiddenError, 'Only quality managers accept or reject evidence');
  await expectRefusedUnchanged(() => acceptEvidence(auditor, review), ForbiddenError, 'Only quality managers accept or reject evidence');
  await expectRefusedUnchanged(() => acceptEvidence(quality, { ...review, revisionNumber: 2 }), ValidationError, 'The newest revision is 1, not 2');

  await acceptEvidence(quality, { ...review, note: 'Covers all six courses.' });
  const evidence = await database.db.evidence.findUniqueOrThrow({ where: { id: fileEvidenceId }, include: { checklistItem: true } });
  expect(evidence).toMatchObject({ status: 'ACCEPTED', reviewedById: quality.userId, reviewNote: 'Covers all six courses.' });
  expect(evidence.checklistItem.status).toBe('DONE');
  const actions = await database.db.auditEntry.findMany({
    where: { actorId: quality.userId, OR: [{ entityId: fileEvidenceId }, { entityId: itemId }] },
    orderBy: { sequence: 'asc' },
  });
  expect(actions.map((entry) => entry.action)).toEqual(['evidence.accept', 'checklist-item.status']);

  await expectRefusedUnchanged(() => acceptEvidence(quality, review), ValidationError, 'This evidence is accepted already');
  await expectRefusedUnchanged(() => rejectEvidence(quality, { ...review, note: 'Changed my mind' }), ValidationError, 'This evidence is accepted already');
});

test('a new revision goes back to review, and the item is no longer done', async () => {
  const input = ZAddEvidenceRevisionInput.parse({
    evidenceId: fileEvidenceId,
    url: null,
    note: 'Now with the chart',
    effectiveOn: '2025-07-15',
    expiresOn: '2099-12-31',
  });
  await expectRefusedUnchanged(() => addEvidenceRevision(ibm, input), ValidationError, 'A new revision of a file needs the new file');
  await expectRefusedUnchanged(
    () => addEvidenceRevision(ibm, { ...input, url: 'https://example.org/' }, upload(PNG, 'chart.png')),
    ValidationError,
    'Nothing was changed',
  );

  await addEvidenceRevision(ibm, input, upload(PNG, 'chart.png'));
  const evidence = await database.db.evidence.findUniqueOrThrow({
    where: { id: fileEvidenceId },
    include: { checklistItem: true, revisions: { orderBy: { number: 'asc' } } },
  });
  expect(evidence).toMatchObject({ status: 'SUBMITTED', reviewedById: null, reviewNote: null, expiresOn: new Date('2099-12-31T00:00:00.000Z') });
  expect(evidence.revisions.map((revision) => [revision.number, revision.fileName, revision.mediaType, revision.sha256])).toEqual([
    [1, 'Survey report.pdf', 'application/pdf', sha256(PDF)],
    [2, 'chart.png', 'image/png', sha256(PNG)],
  ]);
  expect(evidence.checklistItem.status).toBe('IN_PROGRESS');
  expect(listEvidenceDir()).toHaveLength(2);
});

test('links: http(s) only, normalised and hashed; a rejection records its reason', async () => {
  const input = ZAddLinkEvidenceInput.parse({
    itemId,
    title: 'Survey results page',
    url: 'HTTPS://Survey.Example.ORG/results/../2025',
    effectiveOn: '2025-06-30',
    expiresOn: null,
  });
  const { evidenceId } = await addLinkEvidence(ibm, input);
  const revision = await database.db.evidenceRevision.findFirstOrThrow({ where: { evidenceId } });
  expect(revision).toMatchObject({ url: 'https://survey.example.org/2025', sha256: sha256('https://survey.example.org/2025'), storedName: null });
  await expectRefusedUnchanged(() => getEvidenceRevisionFile(ibm, evidenceId, 1), NotFoundError, 'This revision is a link');

  await rejectEvidence(quality, { evidenceId, revisionNumber: 1, note: 'The page needs a sign-in; attach the report instead.' });
  expect(await database.db.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({
    status: 'REJECTED',
    reviewNote: 'The page needs a sign-in; attach the report instead.',
  });
});

test("a metric snapshot freezes the certificate's figures with the imports they came from", async () => {
  const { evidenceId } = await addMetricSnapshotEvidence(ibm, { ...fileInput('Figures at the end of the survey'), itemId });
  const revision = await database.db.evidenceRevision.findFirstOrThrow({ where: { evidenceId } });
  expect(revision.sha256).toBe(sha256(revision.snapshot as string));
  const frozen = JSON.parse(revision.snapshot as string) as TMetricSnapshot;
  const live = await getCertificateMetrics(ibm, SLUG);
  expect(frozen.metrics.certificate.slug).toBe(SLUG);
  expect(frozen.metrics.definitionsVersion).toBe(live.definitionsVersion);
  expect(frozen.metrics.imports).toEqual(live.imports);
  expect(frozen.metrics.imports.length).toBeGreaterThan(0);
  expect(frozen.metrics.certificateEnrolled).toBe(live.certificateEnrolled);

  const download = await getEvidenceRevisionFile(quality, evidenceId, 1);
  expect(download.contentType).toBe('application/json; charset=utf-8');
  expect(await text(download.stream)).toBe(revision.snapshot);

  await expectRefusedUnchanged(
    () => addMetricSnapshotEvidence(ibm, { ...fileInput('Figures'), itemId: wholeConditionItemId }),
    ValidationError,
    'covers the whole condition, not one certificate',
  );
});

test('an auditor reads and downloads (logged) and adds nothing', async () => {
  const download = await getEvidenceRevisionFile(auditor, fileEvidenceId, 2);
  expect((await text(download.stream)).length).toBeGreaterThan(0);
  const logged = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'evidence.download', actorId: auditor.userId } });
  expect(logged).toMatchObject({ entityType: 'Evidence', entityId: fileEvidenceId, procedureId, certificateId });
  await expectRefusedUnchanged(
    () =>
      addLinkEvidence(
        auditor,
        ZAddLinkEvidenceInput.parse({ itemId, title: 'A link', url: 'https://example.org/', effectiveOn: '2025-06-30', expiresOn: null }),
      ),
    ForbiddenError,
    'Only the assigned organisation and quality managers add evidence',
  );
});

test('a condition the committee decided has a closed checklist', async () => {
  const decided = await database.db.checklistItem.findFirstOrThrow({ where: { condition: { procedureId, status: 'FULFILLED' } } });
  await expectRefusedUnchanged(
    () =>
      addLinkEvidence(
        quality,
        ZAddLinkEvidenceInput.parse({ itemId: decided.id, title: 'Late link', url: 'https://example.org/', effectiveOn: '2025-06-30', expiresOn: null }),
      ),
    ValidationError,
    'its checklist is closed',
  );
});
