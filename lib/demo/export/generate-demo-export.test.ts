import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import yauzl from 'yauzl';
import fibaa from '@/lib/demo/fixtures/fibaa-23-016-ibm.json';
import { parseCsvText } from '@/lib/import/coursera/parse-csv';
import { parseTimestamp } from '@/lib/import/coursera/parse-values';
import { TRICKY_COMMENTS } from './feedback-texts';
import { generateDemoExport, type TDemoExportProgress, type TDemoExportResult } from './generate-demo-export';

type TZipEntry = { text: string; lastModDate: number; lastModTime: number };
type TTable = { header: string[]; rows: (string | null)[][]; raw: string };

/** Every entry of a zip as text, in zip order. */
function readZip(file: string): Promise<Map<string, TZipEntry>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError);
      const entries = new Map<string, TZipEntry>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            const name = entry.fileName.replace(/\.csv$/, '');
            entries.set(name, { text: Buffer.concat(chunks).toString('utf8'), lastModDate: entry.lastModFileDate, lastModTime: entry.lastModFileTime });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function parseTable(entries: Map<string, TZipEntry>, name: string): TTable {
  const entry = entries.get(name);
  if (!entry) throw new Error(`${name}.csv is missing`);
  const [header, ...records] = parseCsvText(entry.text, { file: `${name}.csv` });
  if (!header) throw new Error(`${name}.csv is empty`);
  return { header: header.fields as string[], rows: records.map((record) => record.fields), raw: entry.text };
}

function readColumn(table: TTable, column: string): (string | null)[] {
  const index = table.header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${table.header.join(',')}`);
  return table.rows.map((row) => row[index] ?? null);
}

function readRecords(table: TTable): Record<string, string | null>[] {
  return table.rows.map((row) => Object.fromEntries(table.header.map((name, index) => [name, row[index] ?? null])));
}

function slugKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

// The 2022 column sets and order (Coursera setup.sql of a Nov 2022 export, shared/reference/coursera-export-schema.md),
// written out here independently of the generator's own definitions.
const EXPECTED_HEADERS: Record<string, string> = {
  courses:
    'course_id,course_slug,course_name,course_launch_ts,course_update_ts,course_deleted,course_graded,course_desc,course_restricted,' +
    'course_verification_enabled_at_ts,primary_translation_equivalent_course,course_preenrollment_ts,estimated_work_load,sessions_enabled_at,' +
    'course_promo_photo_s3_bucket,course_promo_photo_s3_key,course_level,course_planned_launch_date,course_header_image_bucket,' +
    'course_header_image_key,course_type,course_is_limited_to_enterprise',
  course_branches:
    'course_id,course_branch_id,course_branch_changes_description,authoring_course_branch_name,authoring_course_branch_created_ts,authoring_course_branch_launched_ts',
  course_branch_modules: 'course_branch_id,course_module_id,course_branch_module_order,course_branch_module_name,course_branch_module_desc',
  course_branch_lessons: 'course_branch_id,course_lesson_id,course_module_id,course_branch_lesson_order,course_branch_lesson_name',
  course_branch_items:
    'course_branch_id,course_item_id,course_branch_atom_is_frozen,course_branch_item_name,is_graded,course_item_type_id,interaction_id,' +
    'course_branch_item_optional,course_lesson_id,course_branch_item_order,is_in_honor_lesson,course_branch_item_lecture_duration_ms,' +
    'quiz_assessment_id,quiz_is_graded,global_item_id,global_item_version,is_global_item_version_frozen,global_item_time_commitment,' +
    'item_weight_in_course_branch_percentage',
  course_item_types: 'course_item_type_id,course_item_type_desc,course_item_type_category,course_item_type_graded,global_item_content_type_id,deprecated',
  course_progress: 'course_id,course_item_id,ibm_user_id,course_progress_state_type_id,course_progress_ts',
  course_progress_state_types: 'course_progress_state_type_id,course_progress_state_type_desc',
  course_passing_states: 'course_passing_state_id,course_passing_state_desc',
  course_item_passing_states: 'course_item_passing_state_id,course_item_passing_state_desc',
  course_grades:
    'course_id,ibm_user_id,course_grade_ts,course_passing_state_id,course_grade_overall_passed_items,course_grade_overall,course_grade_verified_passed_items,course_grade_verified',
  course_branch_grades:
    'course_branch_id,ibm_user_id,course_branch_grade_ts,course_passing_state_id,course_branch_grade_overall_passed_items,course_branch_grade_overall',
  course_item_grades: 'course_id,course_item_id,ibm_user_id,course_item_grade_ts,course_item_passing_state_id,course_item_grade_overall',
  course_memberships: 'ibm_user_id,course_id,course_membership_role,course_membership_ts',
  users:
    'ibm_user_id,user_join_ts,country_cd,region_cd,profile_language_cd,browser_language_cd,reported_or_inferred_gender,employment_status,educational_attainment,student_status',
  users_courses__certificate_payments: 'ibm_user_id,course_id,met_payment_condition,was_payment,was_finaid_grant,was_group_sponsored',
  on_demand_sessions:
    'course_id,on_demand_session_id,on_demand_sessions_start_ts,on_demand_sessions_end_ts,on_demand_sessions_enrollment_end_ts,course_branch_id',
  on_demand_session_memberships:
    'course_id,on_demand_session_id,ibm_user_id,on_demand_sessions_membership_start_ts,on_demand_sessions_membership_end_ts,course_branch_id',
  feedback_course_ratings: 'course_id,ibm_user_id,feedback_system,feedback_rating,feedback_max_rating,feedback_ts,course_branch_id',
  feedback_course_comments: 'course_id,feedback_system,ibm_user_id,feedback_category,feedback_text,feedback_ts,course_branch_id',
  feedback_item_ratings:
    'course_id,course_item_id,feedback_unit_id,feedback_unit_type,feedback_system,ibm_user_id,feedback_rating,feedback_max_rating,detailed_context,feedback_ts,course_branch_id',
  feedback_item_comments:
    'course_id,course_item_id,feedback_unit_id,feedback_unit_type,feedback_system,detailed_context,ibm_user_id,feedback_category,feedback_text,feedback_ts,feedback_active,course_branch_id',
  specializations:
    'specialization_id,specialization_slug,specialization_name,specialization_display_page_launch_ts,sequence_branch_id,specialization_version,' +
    'base_specialization_id,specialization_primary_domain,specialization_primary_subdomain,specialization_language,premium_grading_enabled_courses_count,specialization_type',
  specializations_courses: 'specialization_id,course_id,current_dt,course_order,is_course_capstone',
};

const TIMESTAMP_COLUMNS = /(_ts|_at)$/;
const FIBAA_COURSE_NAMES = [...new Set(fibaa.certificates.flatMap((certificate) => certificate.courses.map((course) => String(course[1]))))];
const EXPORT_DATE = new Date('2024-06-01T00:00:00.000Z');

let directory = '';
let small: TDemoExportResult;
let smallEntries: Map<string, TZipEntry>;
let isolatedEntries: Map<string, TZipEntry>;
let large: Map<string, TZipEntry>;
let largeResult: TDemoExportResult;
const progressReports: TDemoExportProgress[] = [];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'certqa-demo-export-'));
  small = await generateDemoExport({ learners: 200, seed: 42, out: path.join(directory, 'small.zip'), onProgress: (p) => progressReports.push(p) });
  smallEntries = await readZip(small.out);
  const isolated = await generateDemoExport({ learners: 200, seed: 42, anonymity: 'isolated', out: path.join(directory, 'isolated.zip') });
  isolatedEntries = await readZip(isolated.out);
  largeResult = await generateDemoExport({ learners: 3000, seed: 7, out: path.join(directory, 'large.zip') });
  large = await readZip(largeResult.out);
}, 60_000);

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

test('the same options give a byte-identical zip; another seed gives another one', async () => {
  const again = await generateDemoExport({ learners: 200, seed: 42, out: path.join(directory, 'again.zip') });
  const other = await generateDemoExport({ learners: 200, seed: 43, out: path.join(directory, 'other.zip') });
  const digest = async (file: string) =>
    createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  expect(await digest(again.out)).toBe(await digest(small.out));
  expect(again.tables).toEqual(small.tables);
  expect(await digest(other.out)).not.toBe(await digest(small.out));
  expect(small.bytes).toBe((await readFile(small.out)).length);
}, 20_000);

test('the zip holds every table as <table>.csv, each starting with its 2022 header', () => {
  const perCourse = FIBAA_COURSE_NAMES.map((name) => `ibm_${slugKey(name)}_user_ids`);
  expect([...smallEntries.keys()].sort()).toEqual([...Object.keys(EXPECTED_HEADERS), ...perCourse].sort());
  for (const [table, header] of Object.entries(EXPECTED_HEADERS)) expect(smallEntries.get(table)?.text.startsWith(`${header}\n`), table).toBe(true);
  for (const name of FIBAA_COURSE_NAMES) {
    expect(smallEntries.get(`ibm_${slugKey(name)}_user_ids`)?.text.startsWith(`ibm_user_id,${slugKey(name)}_user_id\n`)).toBe(true);
  }
  expect(Object.keys(small.tables).sort()).toEqual([...smallEntries.keys()].sort());
});

test('every file parses in the export dialect; row counts, field counts and value formats match', () => {
  const exportTs = EXPORT_DATE.getTime();
  let withoutFraction = 0;
  let withFraction = 0;
  for (const name of smallEntries.keys()) {
    const table = parseTable(smallEntries, name);
    expect(table.rows.length, name).toBe(small.tables[name]);
    for (const row of table.rows) expect(row.length, name).toBe(table.header.length);
    table.header.forEach((column, index) => {
      for (const row of table.rows) {
        const value = row[index];
        if (value === null || value === undefined) continue;
        if (/_user_id$/.test(column)) expect(value, `${name}.${column}`).toMatch(/^[0-9a-f]{40}$/);
        if (TIMESTAMP_COLUMNS.test(column)) {
          const parsed = parseTimestamp(value);
          expect(parsed.ok, `${name}.${column} ${value}`).toBe(true);
          // Sessions are scheduled ahead: the current ones end (and close enrolment) after the export date.
          const isScheduled = name === 'on_demand_sessions' && column !== 'on_demand_sessions_start_ts';
          if (parsed.ok && !isScheduled) expect(parsed.value.getTime(), `${name}.${column} after the export date`).toBeLessThanOrEqual(exportTs);
          if (value.length === 19) withoutFraction++;
          else withFraction++;
        }
      }
    });
  }
  expect(withFraction).toBeGreaterThan(0);
  expect(withoutFraction).toBeGreaterThan(0);

  // Hashed ids, numbers, booleans and timestamps are bare; text is quoted; NULL is an empty unquoted field.
  const progressLine = smallEntries.get('course_progress')?.text.split('\n')[1] ?? '';
  expect(progressLine).toMatch(/^"[A-Za-z0-9_-]{22}","[A-Za-z0-9]{5}",[0-9a-f]{40},[12],\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{3})?$/);
  const courses = parseTable(smallEntries, 'courses');
  expect(readColumn(courses, 'primary_translation_equivalent_course').every((value) => value === null)).toBe(true);
  expect(new Set(readColumn(courses, 'course_deleted'))).toEqual(new Set(['f']));
  expect(courses.raw.split('\n')[1]).toMatch(/^"[A-Za-z0-9_-]{22}","[a-z0-9-]+","[^"]+",\d{4}-/);
});

test('learner activity lies between 2021-01 and the export date', () => {
  const floor = Date.UTC(2021, 0, 1);
  for (const [name, column] of [
    ['course_memberships', 'course_membership_ts'],
    ['course_progress', 'course_progress_ts'],
    ['users', 'user_join_ts'],
    ['feedback_course_ratings', 'feedback_ts'],
  ] as const) {
    for (const value of readColumn(parseTable(smallEntries, name), column)) {
      const parsed = parseTimestamp(value ?? '');
      expect(parsed.ok && parsed.value.getTime() >= floor, `${name} ${value}`).toBe(true);
    }
  }
});

test('course structure: shared courses once, ids in Coursera formats, item hours near the stated hours, branches', () => {
  const courses = readRecords(parseTable(large, 'courses'));
  expect(courses.map((course) => course.course_name).sort()).toEqual([...FIBAA_COURSE_NAMES].sort());
  for (const course of courses) expect(course.course_id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  const python = courses.find((course) => course.course_name === 'Python for Data Science, AI & Development');
  const specializationsCourses = readRecords(parseTable(large, 'specializations_courses'));
  expect(specializationsCourses.filter((row) => row.course_id === python?.course_id)).toHaveLength(4);
  const specializations = readRecords(parseTable(large, 'specializations'));
  expect(specializations.map((row) => row.specialization_slug).sort()).toEqual(fibaa.certificates.map((certificate) => certificate.slug).sort());
  expect(new Set(specializations.map((row) => row.specialization_type))).toEqual(new Set(['PROFESSIONAL_CERTIFICATE']));
  expect(specializationsCourses.filter((row) => row.is_course_capstone === 't').length).toBe(6);

  const branches = readRecords(parseTable(large, 'course_branches'));
  for (const course of courses) expect(branches.some((branch) => branch.course_branch_id === course.course_id)).toBe(true);
  const secondBranches = branches.filter((branch) => branch.course_branch_id?.startsWith('branch~'));
  expect(secondBranches.length).toBeGreaterThan(5);
  for (const branch of secondBranches) expect(branch.course_branch_id).toMatch(/^branch~[A-Za-z0-9_-]{22}$/);

  const items = readRecords(parseTable(large, 'course_branch_items'));
  const hoursByName = new Map<string, number>();
  for (const certificate of fibaa.certificates)
    for (const [, name, hours] of certificate.courses) if (!hoursByName.has(String(name))) hoursByName.set(String(name), Number(hours));
  for (const course of courses) {
    const original = items.filter((item) => item.course_branch_id === course.course_id);
    const ids = original.map((item) => item.course_item_id ?? '');
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{5}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const minutes = original.reduce((sum, item) => sum + Number(item.global_item_time_commitment), 0);
    const stated = hoursByName.get(course.course_name ?? '') ?? 0;
    expect(Math.abs(minutes / 60 - stated) / stated, course.course_name ?? '').toBeLessThan(0.12);
    for (const item of original.filter((row) => row.course_item_type_id === '1'))
      expect(Number(item.course_branch_item_lecture_duration_ms ?? 1)).toBeGreaterThan(0);
  }
});

test('rates land in the FIBAA bands: overall completion 1–11 % per course, paid completion 55–75 %', () => {
  const enrolled = new Map<string, Set<string>>();
  for (const row of readRecords(parseTable(large, 'course_memberships'))) {
    if (row.course_membership_role !== 'LEARNER') continue;
    const learners = enrolled.get(row.course_id ?? '') ?? new Set<string>();
    learners.add(row.ibm_user_id ?? '');
    enrolled.set(row.course_id ?? '', learners);
  }
  const grades = readRecords(parseTable(large, 'course_grades'));
  const passed = new Set(
    grades.filter((row) => row.course_passing_state_id === '1' || row.course_passing_state_id === '2').map((row) => `${row.course_id}|${row.ibm_user_id}`),
  );
  expect(new Set(grades.map((row) => row.course_passing_state_id))).toEqual(new Set(['0', '1', '2', '3']));
  const payments = readRecords(parseTable(large, 'users_courses__certificate_payments'));
  for (const row of payments)
    expect(row.met_payment_condition === 't').toBe(row.was_payment === 't' || row.was_finaid_grant === 't' || row.was_group_sponsored === 't');
  const paying = new Set(payments.filter((row) => row.met_payment_condition === 't').map((row) => `${row.course_id}|${row.ibm_user_id}`));
  expect(payments.some((row) => row.was_finaid_grant === 't')).toBe(true);
  expect(payments.some((row) => row.was_group_sponsored === 't')).toBe(true);

  let enrolments = 0;
  let payingEnrolments = 0;
  let payingCompleters = 0;
  let checkedCourses = 0;
  for (const [courseId, learners] of enrolled) {
    let completers = 0;
    for (const learner of learners) {
      const key = `${courseId}|${learner}`;
      if (passed.has(key)) completers++;
      if (paying.has(key)) {
        payingEnrolments++;
        if (passed.has(key)) payingCompleters++;
      }
    }
    enrolments += learners.size;
    if (learners.size >= 300) {
      checkedCourses++;
      const rate = completers / learners.size;
      expect(rate, courseId).toBeGreaterThanOrEqual(0.01);
      expect(rate, courseId).toBeLessThanOrEqual(0.11);
    }
  }
  expect(checkedCourses).toBeGreaterThanOrEqual(5);
  const paidRate = payingCompleters / payingEnrolments;
  expect(paidRate).toBeGreaterThanOrEqual(0.55);
  expect(paidRate).toBeLessThanOrEqual(0.75);
  const payingShare = payingEnrolments / enrolments;
  expect(payingShare).toBeGreaterThanOrEqual(0.08);
  expect(payingShare).toBeLessThanOrEqual(0.2);
  // Calibration of the volume: about 100 course_progress rows per learner.
  const perLearner = (largeResult.tables.course_progress ?? 0) / 3000;
  expect(perLearner).toBeGreaterThan(80);
  expect(perLearner).toBeLessThan(125);
});

test('ratings: STAR mostly 4–5; both NPS systems 0–10 of 10 with detractors, passives and promoters', () => {
  const ratings = readRecords(parseTable(large, 'feedback_course_ratings'));
  const star = ratings.filter((row) => row.feedback_system === 'STAR');
  expect(star.every((row) => row.feedback_max_rating === '5' && Number(row.feedback_rating) >= 1 && Number(row.feedback_rating) <= 5)).toBe(true);
  expect(star.filter((row) => Number(row.feedback_rating) >= 4).length / star.length).toBeGreaterThan(0.7);
  for (const system of ['NPS_FIRST_WEEK', 'NPS_END_OF_COURSE']) {
    const nps = ratings.filter((row) => row.feedback_system === system);
    expect(nps.every((row) => row.feedback_max_rating === '10' && Number(row.feedback_rating) >= 0 && Number(row.feedback_rating) <= 10)).toBe(true);
    const values = new Set(nps.map((row) => Number(row.feedback_rating)));
    for (const value of [6, 7, 8, 9, 10]) expect(values.has(value), `${system} ${value}`).toBe(true);
  }
  const itemRatings = readRecords(parseTable(large, 'feedback_item_ratings'));
  const byItem = new Map<string, { n: number; dislikes: number }>();
  for (const row of itemRatings) {
    const key = `${row.course_id}|${row.course_item_id}`;
    const entry = byItem.get(key) ?? { n: 0, dislikes: 0 };
    entry.n++;
    if (row.feedback_rating === '0') entry.dislikes++;
    byItem.set(key, entry);
  }
  const hotSpots = [...byItem.values()].filter((entry) => entry.n >= 10 && entry.dislikes / entry.n > 0.4);
  expect(hotSpots.length).toBeGreaterThanOrEqual(2);
  for (const row of itemRatings.slice(0, 50))
    expect(JSON.parse(row.detailed_context ?? '')).toMatchObject({ definition: { courseId: row.course_id, itemId: row.course_item_id } });
  expect(readRecords(parseTable(large, 'feedback_item_comments')).every((row) => row.feedback_system === 'FLAG')).toBe(true);
});

test('comments keep commas, quotes, backslashes, line breaks, emoji, markup and formula prefixes verbatim', () => {
  const texts = readColumn(parseTable(smallEntries, 'feedback_course_comments'), 'feedback_text');
  for (const tricky of TRICKY_COMMENTS) expect(texts).toContain(tricky);
  const joined = texts.join('\u0000');
  for (const fragment of [',', '"', '\\', '\n', '\r\n', '😀', '👩‍💻', '<b>', '<script>', '\u0000=SUM(A1)', '\u0000+1', '\u0000-2', '\u0000@x'])
    expect(joined).toContain(fragment);
  expect(texts.some((text) => text?.endsWith('\\'))).toBe(true);
  // In the file, a field ending in a backslash is written as `\\"`, and quotes as `\"`.
  expect(smallEntries.get('feedback_course_comments')?.text).toContain('stray backslash \\\\"');
  expect(smallEntries.get('feedback_course_comments')?.text).toContain('\\"SQL JOINs\\"');
});

test('isolated mode puts non-joinable ibm_feedback_user_id values in the feedback tables only', () => {
  const userIds = new Set(readColumn(parseTable(isolatedEntries, 'users'), 'ibm_user_id'));
  for (const name of ['feedback_course_ratings', 'feedback_course_comments', 'feedback_item_ratings', 'feedback_item_comments']) {
    const table = parseTable(isolatedEntries, name);
    expect(table.header).toContain('ibm_feedback_user_id');
    expect(table.header).not.toContain('ibm_user_id');
    const feedbackIds = readColumn(table, 'ibm_feedback_user_id');
    expect(feedbackIds.length).toBeGreaterThan(0);
    for (const id of feedbackIds) expect(userIds.has(id)).toBe(false);
  }
  expect(parseTable(isolatedEntries, 'course_progress').header).toContain('ibm_user_id');
  // Everything but the feedback tables is the same as in the linked export.
  expect(isolatedEntries.get('course_progress')?.text).toBe(smallEntries.get('course_progress')?.text);
});

test('zip entries carry the export date as their time, and progress is reported per table', () => {
  // DOS date: bits 9–15 year since 1980, 5–8 month, 0–4 day; time 00:00:00.
  const expectedDate = ((2024 - 1980) << 9) | (6 << 5) | 1;
  for (const entry of smallEntries.values()) {
    expect(entry.lastModDate).toBe(expectedDate);
    expect(entry.lastModTime).toBe(0);
  }
  const done = progressReports.filter((report) => report.isTableDone);
  expect(done.map((report) => report.table)).toEqual([...smallEntries.keys()]);
  for (const report of done) expect(report.rows).toBe(small.tables[report.table]);
});

test('invalid options are refused, and a file that cannot be written rejects instead of crashing', async () => {
  await expect(generateDemoExport({ learners: -1, out: path.join(directory, 'x.zip') })).rejects.toThrow(RangeError);
  await expect(generateDemoExport({ learners: 1.5, out: path.join(directory, 'x.zip') })).rejects.toThrow(RangeError);
  await expect(generateDemoExport({ learners: 1, exportDate: new Date('2020-01-01T00:00:00Z'), out: path.join(directory, 'x.zip') })).rejects.toThrow(
    RangeError,
  );
  await expect(generateDemoExport({ learners: 5, out: path.join(directory, 'no-such-folder', 'x.zip') })).rejects.toThrow(/ENOENT/);
});
