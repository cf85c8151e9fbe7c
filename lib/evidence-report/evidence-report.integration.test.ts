// The evidence report on the demo procedure (FIBAA 23/016) after a generated export went through the
// real importer, on both dialects: the PDF's figures against the JSON API's DTO, the footer hash
// against the manifest, reproducibility, the bundle and its verification (a flipped evidence byte, a
// changed database), scope, inert text, and the audit log.
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { TActor } from '@/lib/auth/actor';
import { reviewComment } from '@/lib/comments/mutations';
import { addMeasure, attachFollowUpWave, createControlLoop } from '@/lib/control-loops/mutations';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { NotFoundError } from '@/lib/errors';
import { getEvidenceDir } from '@/lib/evidence/evidence-store';
import { importExport } from '@/lib/import/import-export';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { importWorkloadSurvey } from '@/lib/surveys/mutations';
import { getActorByEmail } from '@/lib/testing/actors';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { sha256Hex } from './canonical-json';
import { formatKeyFigureLines } from './format-figures';
import { generateEvidenceBundle } from './generate-evidence-bundle';
import { computeReportInputs, generateEvidenceReport, type TEvidenceReport } from './generate-evidence-report';
import { EXPORT_ACTION } from './record-export';
import { extractPdfPages, normalizeSpace, type TPdfPage } from './testing/extract-pdf-text';
import { verifyEvidenceBundle } from './verify/verify-evidence-bundle';

// Evidence files live in <CERTQA_DATA_DIR>/evidence; this file gets its own folder, set before
// lib/env.ts reads the environment.
await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  process.env.CERTQA_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'certqa-evidence-report-'));
});

const PROCEDURE = '23/016';
const SLUG = 'ibm-data-science';
/** People's text that must come out as the characters typed: markup, quotes, formula prefixes. */
const EVIDENCE_TITLE = '=HYPERLINK("http://evil.example","click") <b>workload</b> survey';
const PARTNER_NAME = '@Parker "IBM" <i>Partner</i> +1';
const LOOP_TITLE = 'Workload of the first courses <check>';
const SLOW = 300_000;

let database: TTestDatabase;
let quality: TActor;
let auditor: TActor;
let ibm: TActor;
let northwind: TActor;
let report: TEvidenceReport;
let pages: TPdfPage[];
let evidenceBundlePath: string;
let releasedComments: string[];
const workDir = mkdtempSync(join(tmpdir(), 'certqa-evidence-bundles-'));

/** Evidence recorded as the upload path records it (file in the evidence folder, its SHA-256). The
 * demo's conditions were decided before CertQA existed, so no upload path is open on them. */
async function seedFileEvidence(itemId: string, uploader: TActor, title: string, fileName: string, content: Buffer): Promise<string> {
  const storedName = randomUUID();
  writeFileSync(join(getEvidenceDir(), storedName), content);
  const evidence = await database.db.evidence.create({
    data: {
      checklistItemId: itemId,
      kind: 'FILE',
      title,
      status: 'ACCEPTED',
      effectiveOn: new Date('2024-05-01T00:00:00Z'),
      createdById: uploader.userId,
      revisions: {
        create: {
          number: 1,
          fileName,
          storedName,
          mediaType: 'text/csv',
          sizeBytes: content.length,
          sha256: sha256Hex(content),
          uploadedById: uploader.userId,
          uploadedAt: new Date('2024-05-02T10:00:00Z'),
        },
      },
    },
  });
  return evidence.id;
}

async function startControlLoop(): Promise<void> {
  const courses = await database.db.certificateCourse.findMany({
    where: { certificate: { slug: SLUG } },
    include: { course: true },
    orderBy: { position: 'asc' },
  });
  const first = courses[0]?.course.courseraCourseId as string;
  const header = 'course,course_user_id,reported_hours,comparison,submitted_at';
  const wave = (name: string, hours: number[], month: string) =>
    importWorkloadSurvey(quality, {
      name,
      sourceName: `${name}.csv`,
      text: [
        header,
        ...hours.map((value, index) => `${first},,${value},${value > 10 ? 'higher' : 'about right'},2024-${month}-${String(index + 1).padStart(2, '0')}`),
      ].join('\n'),
    });
  const baseline = await wave('spring', [12, 14, 12, 9, 15, 13], '03');
  await new Promise((resolve) => setTimeout(resolve, 10));
  const followUp = await wave('autumn', [9, 10, 8, 9, 11, 8], '10');
  const { loopId } = await createControlLoop(quality, { certificateSlug: SLUG, title: LOOP_TITLE, baselineWaveId: baseline.id });
  const ibmOrganisation = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'ibm' } });
  await addMeasure(quality, {
    loopId,
    title: 'Restate the hours of course 1',
    ownerOrganisationId: ibmOrganisation.id,
    ownerUserId: null,
    dueOn: new Date('2024-08-31T00:00:00Z'),
    expectedEffect: 'Fewer learners find the workload higher than estimated',
  });
  await attachFollowUpWave(quality, { loopId, followUpWaveId: followUp.id });
}

/** Releases comments with markup, quotes or a formula prefix, as a quality manager does on the dashboard. */
async function releaseTrickyComments(): Promise<string[]> {
  const rows = await database.db.summaryCourseComment.findMany({ orderBy: [{ course_id: 'asc' }, { rank: 'asc' }] });
  const wanted = [/^<script>/, /^<b>/, /^=SUM/, /^"Excellent"/];
  const released: string[] = [];
  for (const pattern of wanted) {
    const row = rows.find((entry) => pattern.test(entry.feedback_text) && !entry.feedback_text.includes('\n'));
    if (!row) continue;
    const owner = await database.db.certificate.findFirstOrThrow({
      where: { courses: { some: { course: { courseraCourseId: row.course_id } } }, procedures: { some: {} } },
    });
    await reviewComment(quality, { certificateSlug: owner.slug, commentKey: row.comment_key, decision: 'RELEASED' });
    released.push(row.feedback_text);
  }
  return released;
}

async function readZip(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return entries;
}

async function writeZip(entries: Map<string, Buffer>, path: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(content, name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
}

/** The text of one certificate's section: from its heading to the next certificate's. */
function certificateSectionText(name: string): string {
  const all = normalizeSpace(pages.map((page) => page.text).join('\n'));
  const start = all.indexOf(`Certificate: ${name} Content partner`);
  expect(start, `section of ${name}`).toBeGreaterThan(-1);
  const next = all.indexOf('Certificate: IBM', start + 20);
  const end = all.indexOf('Data provenance: the imports behind the figures Each figure', start);
  return all.slice(start, next > -1 && next < end ? next : end);
}

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  const out = join(workDir, 'export.zip');
  await generateDemoExport({ learners: 400, seed: 7, out });
  await importExport(quality, { sourcePath: out });

  await database.db.user.update({ where: { email: 'partner@ibm.demo' }, data: { name: PARTNER_NAME } });
  ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  const item = await database.db.checklistItem.findFirstOrThrow({
    where: { condition: { number: 2, procedure: { projectNumber: PROCEDURE } }, certificate: { slug: SLUG } },
  });
  await seedFileEvidence(item.id, ibm, EVIDENCE_TITLE, '+survey-results.csv', Buffer.from('course,reported_hours\n"=1+1",12\n', 'utf8'));
  await seedFileEvidence(item.id, ibm, 'Measures taken after the spring survey', 'measures.csv', Buffer.from('measure,status\nrestated hours,done\n', 'utf8'));
  await startControlLoop();
  releasedComments = await releaseTrickyComments();

  report = await generateEvidenceReport(auditor, { kind: 'procedure', value: PROCEDURE });
  pages = await extractPdfPages(report.pdf);
}, SLOW);
afterAll(async () => database.drop());

test(
  'each certificate section prints the JSON API figures, formatted with the same helpers',
  async () => {
    const procedure = report.data.procedures[0];
    expect(procedure?.certificates).toHaveLength(6);
    let shownEnrolled = 0;
    for (const certificate of procedure?.certificates ?? []) {
      // Through JSON, as a client of GET /api/v1/certificates/{slug}/metrics receives it.
      const dto = JSON.parse(JSON.stringify(await getCertificateMetrics(auditor, certificate.slug)));
      const section = certificateSectionText(certificate.name);
      for (const line of formatKeyFigureLines(dto)) expect(section).toContain(normalizeSpace(line));
      if (dto.certificateEnrolled !== null) shownEnrolled += 1;
    }
    // The small-n rule withholds some figures; the demo export must still show real ones.
    expect(shownEnrolled).toBeGreaterThan(3);
  },
  SLOW,
);

test('every page is A4 and names the manifest hash in its footer; fonts are embedded', () => {
  expect(report.inputsSha256).toBe(sha256Hex(report.inputsJson));
  expect(pages.length).toBeGreaterThan(10);
  for (const [index, page] of pages.entries()) {
    expect([Math.round(page.width), Math.round(page.height)], `page ${index + 1}`).toEqual([595, 842]);
    expect(normalizeSpace(page.text), `footer of page ${index + 1}`).toContain(`Manifest (inputs) SHA-256: ${report.inputsSha256}`);
    expect(normalizeSpace(page.text)).toContain(`Page ${index + 1} of ${pages.length}`);
  }
  const raw = report.pdf.toString('latin1');
  expect(raw).toContain('/FontFile2');
  expect(raw).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times|Courier)/);
});

test('conditions, evidence hashes, control loops, the quality profile and provenance are in the text', () => {
  const text = normalizeSpace(pages.map((page) => page.text).join('\n'));
  const evidence = report.data.procedures[0]?.conditions.flatMap((condition) => condition.items.flatMap((item) => item.evidence)) ?? [];
  expect(evidence).toHaveLength(2);
  for (const entry of evidence) expect(text).toContain(`SHA-256 ${entry.revision.sha256}`);
  for (const number of [1, 2, 3, 4, 5]) expect(text).toContain(`Condition ${number}: fulfilled`);
  expect(text).toContain('Quality profile');
  const loop = report.data.certificates.find((certificate) => certificate.slug === SLUG)?.controlLoops[0];
  expect(loop?.followUpSha256).toBeTruthy();
  expect(text).toContain(`Control loop: ${LOOP_TITLE}`);
  expect(text).toContain(`follow-up SHA-256 ${loop?.followUpSha256}`);
  for (const entry of report.data.imports) {
    expect(text).toContain(entry.contentSha256);
    for (const file of entry.files) expect(text).toContain(file.sha256);
  }
});

test('markup, quotes and formula prefixes in names and comments come out as literal text', () => {
  const text = normalizeSpace(pages.map((page) => page.text).join('\n'));
  expect(releasedComments.length).toBeGreaterThan(1);
  for (const comment of releasedComments) expect(text).toContain(normalizeSpace(comment));
  expect(text).toContain(EVIDENCE_TITLE);
  expect(text).toContain(`by ${PARTNER_NAME}`);
  expect(text).toContain(LOOP_TITLE);
});

test(
  'generating again from the same stored inputs gives the same manifest and the same figures',
  async () => {
    const again = await generateEvidenceReport(auditor, { kind: 'procedure', value: PROCEDURE });
    expect(again.inputsSha256).toBe(report.inputsSha256);
    expect(again.inputsJson).toBe(report.inputsJson);
    // A quality manager sees the procedure whole, as the auditor does: the same manifest.
    expect((await computeReportInputs(quality, { kind: 'procedure', value: PROCEDURE })).sha256).toBe(report.inputsSha256);
    // The pages differ only in the generation time.
    const strip = (page: TPdfPage) => page.text.replace(/generated [^\n]*? UTC/g, '').replace(/Generated at[^\n]*/g, '');
    expect((await extractPdfPages(again.pdf)).map(strip)).toEqual(pages.map(strip));
  },
  SLOW,
);

test(
  'the bundle holds the PDF, the evidence, the manifest and a README; it verifies against the database',
  async () => {
    const bundle = await generateEvidenceBundle(auditor, { kind: 'procedure', value: PROCEDURE });
    evidenceBundlePath = join(workDir, 'bundle.zip');
    await pipeline(bundle.stream, createWriteStream(evidenceBundlePath));
    const entries = await readZip(evidenceBundlePath);
    const evidence = bundle.report.data.procedures[0]?.conditions.flatMap((condition) => condition.items.flatMap((item) => item.evidence)) ?? [];
    for (const entry of evidence) expect(sha256Hex(entries.get(entry.bundlePath) ?? Buffer.alloc(0))).toBe(entry.revision.sha256);
    expect(sha256Hex(entries.get('inputs.json') ?? Buffer.alloc(0))).toBe(bundle.manifest.inputsSha256);
    expect(bundle.manifest.inputsSha256).toBe(report.inputsSha256);
    expect(sha256Hex(entries.get('report.pdf') ?? Buffer.alloc(0))).toBe(bundle.manifest.pdf.sha256);
    expect(entries.get('README.txt')?.toString('utf8')).toContain('sha256sum -c SHA256SUMS');
    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest.inputs).toEqual(JSON.parse(report.inputsJson));
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual([...entries.keys()].filter((name) => name !== 'manifest.json').sort());

    // The evidence list for spreadsheets: people's text stays text.
    const csv = entries.get('evidence.csv')?.toString('utf8') ?? '';
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") <b>workload</b> survey"`);
    expect(csv).toContain(`"'@Parker ""IBM"" <i>Partner</i> +1"`);
    expect(csv).toContain(`"'+survey-results.csv"`);

    for (const reader of [quality, null]) {
      const verification = await verifyEvidenceBundle(reader, evidenceBundlePath);
      expect(verification.differences).toEqual([]);
      expect(verification.ok).toBe(true);
    }
  },
  SLOW,
);

test(
  'one changed byte of an evidence file fails verification, naming that file',
  async () => {
    const entries = await readZip(evidenceBundlePath);
    const target = [...entries.keys()].find((name) => name.startsWith('evidence/') && name.endsWith('survey-results.csv'));
    expect(target).toBeTruthy();
    const content = Buffer.from(entries.get(target as string) as Buffer);
    content[5] = (content[5] as number) ^ 0x01;
    entries.set(target as string, content);
    const tampered = join(workDir, 'tampered.zip');
    await writeZip(entries, tampered);
    const verification = await verifyEvidenceBundle(null, tampered);
    expect(verification.ok).toBe(false);
    expect(verification.differences.some((line) => line.startsWith(`${target}: SHA-256`) && line.includes('the file was changed'))).toBe(true);
    expect(verification.differences.every((line) => line.includes(target as string))).toBe(true);
  },
  SLOW,
);

test(
  'a change in the database after export is reported by verification, by its place in the inputs',
  async () => {
    const procedure = await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: PROCEDURE } });
    await database.db.recommendation.update({ where: { procedureId_position: { procedureId: procedure.id, position: 1 } }, data: { status: 'ADDRESSED' } });
    try {
      const verification = await verifyEvidenceBundle(null, evidenceBundlePath);
      expect(verification.ok).toBe(false);
      expect(verification.differences).toEqual([`database: inputs.procedures[${procedure.id}].recommendations[1].status: bundle "OPEN", database "ADDRESSED"`]);
    } finally {
      await database.db.recommendation.update({ where: { procedureId_position: { procedureId: procedure.id, position: 1 } }, data: { status: 'OPEN' } });
    }
  },
  SLOW,
);

test(
  'a content partner of another organisation cannot export the procedure or its certificates',
  async () => {
    const procedure = await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: PROCEDURE } });
    await expect(generateEvidenceReport(northwind, { kind: 'procedure', value: PROCEDURE })).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateEvidenceReport(northwind, { kind: 'procedure', value: procedure.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateEvidenceReport(northwind, { kind: 'certificate', value: SLUG })).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateEvidenceBundle(northwind, { kind: 'any', value: PROCEDURE })).rejects.toBeInstanceOf(NotFoundError);
    // The IBM partner exports its own view: its certificates and the items assigned to it.
    const own = await computeReportInputs(ibm, { kind: 'procedure', value: PROCEDURE });
    expect(own.inputs.view).toMatchObject({ scope: 'content-partner', organisationName: 'IBM' });
  },
  SLOW,
);

test('every export is in the audit log, with the manifest hash it carried', async () => {
  const entries = await database.db.auditEntry.findMany({ where: { action: EXPORT_ACTION }, orderBy: { sequence: 'asc' } });
  expect(entries.length).toBe(3);
  expect(entries.every((entry) => entry.actorLabel === 'auditor@fibaa.demo' && entry.entityType === 'AccreditationProcedure')).toBe(true);
  expect(entries.map((entry) => JSON.parse(entry.after ?? '{}').format)).toEqual(['pdf', 'pdf', 'zip']);
  expect(entries.every((entry) => JSON.parse(entry.after ?? '{}').inputsSha256 === report.inputsSha256)).toBe(true);
});
