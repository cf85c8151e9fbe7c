import { appendFileSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COURSE_A, COURSE_B, createMinimalExport, learner, writeExportFolder, writeExportZip, type TFixtureTables } from '@/lib/testing/export-fixture';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import type { TActor } from '@/lib/auth/actor';
import { ForbiddenError } from '@/lib/errors';
import { ImportError } from './coursera/import-error';
import { ImportBusyError } from './import-busy-error';
import { importExport } from './import-export';

let database: TTestDatabase;
let quality: TActor;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
});
afterAll(async () => database.drop());

async function expectRefused(tables: TFixtureTables, expected: { file: string; line?: number | null; column?: string | null; reason: RegExp }, asZip = false) {
  const before = await computeTableDigest(database.db);
  const path = asZip ? await writeExportZip(tables) : writeExportFolder(tables);
  const error = await importExport(quality, { sourcePath: path }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportError);
  const importError = error as ImportError;
  expect(importError.file).toBe(expected.file);
  if (expected.line !== undefined) expect(importError.line).toBe(expected.line);
  if (expected.column !== undefined) expect(importError.column).toBe(expected.column);
  expect(importError.reason).toMatch(expected.reason);
  expect(await computeTableDigest(database.db)).toBe(before);
}

test('a minimal export loads, is summarised and defines a certificate', async () => {
  const summary = await importExport(quality, { sourcePath: await writeExportZip(createMinimalExport()) });
  expect(summary.status).toBe('imported');
  expect(summary.partnerPrefix).toBe('ibm');
  expect(summary.anonymity).toBe('LINKED');
  expect(summary.courseCount).toBe(2);
  expect(summary.snapshotAt).toBe('2023-03-01T10:00:00.000Z');
  expect(Object.fromEntries(summary.tables.map((table) => [table.file, table.rows]))).toMatchObject({
    'courses.csv': 2,
    'course_memberships.csv': 6,
    'ibm_data_basics_user_ids.csv': 2,
  });
  expect(summary.certificates.created).toEqual(['data-analytics-pc']);

  const { db } = database;
  const comment = await db.exportCourseComment.findFirstOrThrow();
  expect(comment.feedback_text).toBe('Great, "really" great \\ <b>course</b>\nwith a newline 🎉');
  const courseA = await db.summaryCourseCompletion.findUniqueOrThrow({ where: { course_id: COURSE_A } });
  // Learner 1 enrolled then unenrolled (still counts) and passed; learner 2 enrolled and did not pass; learner 3 only browsed.
  expect(courseA).toMatchObject({ enrolled: 2, completers: 1, paying: 2, paying_completers: 1, was_payment: 1, was_payment_completers: 1 });
  const courseB = await db.summaryCourseCompletion.findUniqueOrThrow({ where: { course_id: COURSE_B } });
  expect(courseB).toMatchObject({ enrolled: 1, completers: 1, paying: 0 });

  const certificate = await db.certificate.findUniqueOrThrow({ where: { slug: 'data-analytics-pc' }, include: { courses: { include: { course: true }, orderBy: { position: 'asc' } } } });
  expect(certificate.courses.map((row) => [row.course.name, row.estimatedHours])).toEqual([
    ['Data Basics', 3],
    ['Data Advanced', 5],
  ]);
  const provenance = await db.import.findUniqueOrThrow({ where: { id: summary.importId }, include: { files: true } });
  expect(provenance.importedById).toBe(quality.userId);
  expect(provenance.files.find((file) => file.fileName === 'courses.csv')?.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(provenance.files.find((file) => file.fileName === 'setup.sql')?.isLoaded).toBe(false);
});

test('importing identical files again is detected and changes nothing', async () => {
  const before = await computeTableDigest(database.db);
  const summary = await importExport(quality, { sourcePath: writeExportFolder(createMinimalExport()) });
  expect(summary.status).toBe('unchanged');
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('a newer export of a course replaces its earlier snapshot in one go', async () => {
  const tables = createMinimalExport();
  const memberships = tables.course_memberships as { header: string[]; rows: unknown[][] };
  memberships.rows = memberships.rows.filter((row) => row[1] === COURSE_A).concat([[learner(9), COURSE_A, 'LEARNER', '2024-01-01 00:00:00']]) as never;
  tables.courses = { header: ['course_id', 'course_name'], rows: [[COURSE_A, 'Data Basics']] };
  for (const name of ['course_branches', 'course_branch_items', 'course_grades', 'specializations_courses', 'ibm_data_basics_user_ids']) delete tables[name];
  const summary = await importExport(quality, { sourcePath: writeExportFolder(tables) });
  expect(summary.status).toBe('imported');
  const { db } = database;
  expect(await db.exportCourseMembership.count({ where: { course_id: COURSE_A } })).toBe(5);
  expect(new Set((await db.exportCourseMembership.findMany({ where: { course_id: COURSE_A } })).map((row) => row.import_id))).toEqual(new Set([summary.importId]));
  // Course B was not in the newer export: its snapshot stays.
  expect(await db.exportCourseMembership.count({ where: { course_id: COURSE_B } })).toBe(2);
  expect(await db.summaryCourseCompletion.findUniqueOrThrow({ where: { course_id: COURSE_A } })).toMatchObject({ enrolled: 3, completers: 0 });
  const current = await db.importCourse.findMany({ where: { isCurrent: true }, orderBy: { courseraCourseId: 'asc' } });
  expect(current.map((row) => [row.courseraCourseId, row.importId === summary.importId])).toEqual([
    [COURSE_A, true],
    [COURSE_B, false],
  ]);
});

test('an isolated export is recognised by its feedback id column', async () => {
  const tables = createMinimalExport();
  const ratings = tables.feedback_course_ratings as { header: string[]; rows: unknown[][] };
  ratings.header = ratings.header.map((name) => (name === 'ibm_user_id' ? 'ibm_feedback_user_id' : name));
  const comments = tables.feedback_course_comments as { header: string[]; rows: unknown[][] };
  comments.header = comments.header.map((name) => (name === 'ibm_user_id' ? 'ibm_feedback_user_id' : name));
  (tables.courses as { rows: unknown[][] }).rows.push(['CCCCCCCCCCCCCCCCCCCCCC', 'x', 'Third course', null, false, null]);
  const summary = await importExport(quality, { sourcePath: writeExportFolder(tables) });
  expect(summary.anonymity).toBe('ISOLATED');
});

test('unknown columns and tables are ignored with a warning', async () => {
  const tables = createMinimalExport();
  const courses = tables.courses as { header: string[]; rows: unknown[][] };
  courses.header.push('course_future_column');
  courses.rows = courses.rows.map((row) => [...row, 'x']);
  courses.rows.push(['DDDDDDDDDDDDDDDDDDDDDD', 'd', 'Fourth', null, false, null, 'x']);
  tables.discussion_answers = { header: ['a'], rows: [['b']] };
  const summary = await importExport(quality, { sourcePath: writeExportFolder(tables) });
  expect(summary.warnings).toContain('courses.csv: unknown column course_future_column ignored');
  expect(summary.warnings).toContain('discussion_answers.csv: a table CertQA does not use; ignored');
});

test('only quality managers import', async () => {
  const partner = await getActorByEmail(database.db, 'partner@ibm.demo');
  const auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
  const path = writeExportFolder(createMinimalExport());
  await expect(importExport(partner, { sourcePath: path })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(importExport(auditor, { sourcePath: path })).rejects.toBeInstanceOf(ForbiddenError);
});

test('a second import while one runs is refused clearly and changes nothing', async () => {
  await database.db.importLock.create({ data: { id: 'coursera-import', holder: 'Someone Else (else@example.org)', pid: process.pid, hostname: (await import('node:os')).hostname(), startedAt: new Date() } });
  const before = await computeTableDigest(database.db);
  const tables = createMinimalExport();
  (tables.courses as { rows: unknown[][] }).rows.push(['EEEEEEEEEEEEEEEEEEEEEE', 'e', 'Fifth', null, false, null]);
  const error = await importExport(quality, { sourcePath: writeExportFolder(tables) }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportBusyError);
  expect((error as Error).message).toMatch(/Another import is running .* by Someone Else/);
  expect(await computeTableDigest(database.db)).toBe(before);
  await database.db.importLock.deleteMany();
});

// Bad input: each is refused with file, line, column and reason, and the database stays exactly as it was.
// Each variant adds a new course so that it can never be mistaken for an identical re-import.
function variant(mutate: (tables: TFixtureTables) => void): TFixtureTables {
  const tables = createMinimalExport();
  (tables.courses as { rows: unknown[][] }).rows.push(['FFFFFFFFFFFFFFFFFFFFFF', 'f', 'Variant course', null, false, null]);
  mutate(tables);
  return tables;
}

test('bad input: a truncated zip', async () => {
  const before = await computeTableDigest(database.db);
  const path = await writeExportZip(variant(() => {}));
  const bytes = readFileSync(path);
  truncateSync(path, Math.floor(bytes.length / 2));
  const error = (await importExport(quality, { sourcePath: path }).catch((caught: unknown) => caught)) as ImportError;
  expect(error).toBeInstanceOf(ImportError);
  expect(error.file).toBe('export.zip');
  expect(error.reason).toMatch(/not a readable zip file/);
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('bad input: a zip bomb (compression ratio beyond the limit)', async () => {
  const zeros = Buffer.alloc(64 * 1024 * 1024, 0x30);
  expect(zeros.length / deflateRawSync(zeros).length).toBeGreaterThan(200);
  await expectRefused(variant((tables) => { tables.course_progress = zeros; }), { file: 'course_progress.csv', line: null, reason: /possible zip bomb/ }, true);
});

test('bad input: a zip that is not an export', async () => {
  await expectRefused({ 'readme.txt': 'hello', 'photo.csv': 'a,b\n1,2\n' }, { file: 'export.zip', reason: /not a Coursera research export/ }, true);
});

test('bad input: a required table is missing', async () => {
  await expectRefused(variant((tables) => { delete tables.course_memberships; }), { file: 'course_memberships.csv', line: null, reason: /required table missing/ });
});

test('bad input: a required column is missing', async () => {
  await expectRefused(
    variant((tables) => {
      const courses = tables.courses as { header: string[]; rows: unknown[][] };
      const index = courses.header.indexOf('course_name');
      courses.header.splice(index, 1);
      courses.rows = courses.rows.map((row) => row.filter((_value, position) => position !== index));
    }),
    { file: 'courses.csv', line: 1, column: 'course_name', reason: /required column missing/ },
  );
});

test('bad input: an unbalanced quote', async () => {
  await expectRefused(
    variant((tables) => { tables.course_branches = 'course_id,course_branch_id\nAAAAAAAAAAAAAAAAAAAAAA,"AAAAAAAAAAAAAAAAAAAAAA\nBBBBBBBBBBBBBBBBBBBBBB,BBBBBBBBBBBBBBBBBBBBBB\n'; }),
    { file: 'course_branches.csv', line: 2, reason: /unterminated quoted field/ },
  );
});

test('bad input: a wrong field count', async () => {
  await expectRefused(
    variant((tables) => { tables.course_grades = `course_id,ibm_user_id,course_passing_state_id\n${COURSE_A},${learner(1)},1\n${COURSE_A},${learner(2)},1,extra\n`; }),
    { file: 'course_grades.csv', line: 3, reason: /expected 3 fields.*found 4/ },
  );
});

test('bad input: invalid UTF-8', async () => {
  await expectRefused(
    variant((tables) => { tables.users = Buffer.concat([Buffer.from(`ibm_user_id,country_cd\n${learner(1)},"D`), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]); }),
    { file: 'users.csv', line: 2, reason: /UTF-8/ },
  );
});

test('bad input: a non-numeric number', async () => {
  await expectRefused(
    variant((tables) => { tables.course_grades = `course_id,ibm_user_id,course_passing_state_id\n${COURSE_A},${learner(1)},1\n${COURSE_A},${learner(2)},two\n`; }),
    { file: 'course_grades.csv', line: 3, column: 'course_passing_state_id', reason: /two/ },
  );
});

test('bad input: an impossible timestamp', async () => {
  await expectRefused(
    variant((tables) => { tables.course_memberships = `ibm_user_id,course_id,course_membership_role,course_membership_ts\n${learner(1)},${COURSE_A},LEARNER,2023-02-30 10:00:00\n`; }),
    { file: 'course_memberships.csv', line: 2, column: 'course_membership_ts', reason: /not a real date/ },
  );
});

test('bad input: a duplicate key', async () => {
  await expectRefused(
    variant((tables) => { (tables.courses as { rows: unknown[][] }).rows.push([COURSE_B, 'dup', 'Duplicate of B', null, false, null]); }),
    { file: 'courses.csv', line: 5, column: 'course_id', reason: /duplicate key "BBBBBBBBBBBBBBBBBBBBBB".*line 3/ },
  );
});

test('bad input: a file that changes while being read', async () => {
  const before = await computeTableDigest(database.db);
  const folder = writeExportFolder(variant(() => {}));
  let changed = false;
  const error = (await importExport(quality, {
    sourcePath: folder,
    onProgress: (progress) => {
      if (!changed && progress.phase === 'loading' && progress.file === 'courses.csv') {
        changed = true;
        appendFileSync(join(folder, 'users.csv'), `${learner(77)},2022-06-01 00:00:00,"FR","fr",\n`);
      }
    },
  }).catch((caught: unknown) => caught)) as ImportError;
  expect(changed).toBe(true);
  expect(error).toBeInstanceOf(ImportError);
  expect(error.file).toBe('users.csv');
  expect(error.reason).toMatch(/changed while it was being imported/);
  expect(await computeTableDigest(database.db)).toBe(before);
});

