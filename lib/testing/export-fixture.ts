// Small hand-made Coursera exports for tests: tables as rows of values, written in the export's
// dialect into a folder, and optionally zipped. Raw text can be given per file to build broken input.
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { encodeCsvRecord, type TCsvValue } from '@/lib/import/coursera/encode-csv-field';

export type TFixtureTables = Record<string, { header: string[]; rows: TCsvValue[][] } | string | Buffer>;

export const COURSE_A = 'AAAAAAAAAAAAAAAAAAAAAA';
export const COURSE_B = 'BBBBBBBBBBBBBBBBBBBBBB';
export const learner = (n: number) => n.toString(16).padStart(40, '0');

/** A small but complete linked export: two courses, one specialization, five learners. */
export function createMinimalExport(): TFixtureTables {
  return {
    courses: {
      header: ['course_id', 'course_slug', 'course_name', 'course_launch_ts', 'course_deleted', 'estimated_work_load'],
      rows: [
        [COURSE_A, 'data-basics', 'Data Basics', '2022-01-01 00:00:00', false, '10 hours'],
        [COURSE_B, 'data-advanced', 'Data Advanced', '2022-02-01 00:00:00.123', false, null],
      ],
    },
    course_branches: {
      header: ['course_id', 'course_branch_id', 'authoring_course_branch_created_ts'],
      rows: [
        [COURSE_A, COURSE_A, '2022-01-01 00:00:00'],
        [COURSE_B, COURSE_B, '2022-01-01 00:00:00'],
      ],
    },
    course_branch_items: {
      header: ['course_branch_id', 'course_item_id', 'course_lesson_id', 'course_branch_item_order', 'course_item_type_id', 'course_branch_item_name', 'global_item_time_commitment'],
      rows: [
        [COURSE_A, 'itm01', 'les01', 0, 1, 'Welcome, "learners"', 120],
        [COURSE_A, 'itm02', 'les01', 1, 6, 'Exam', 60],
        [COURSE_B, 'itm01', 'les01', 0, 1, 'Intro', 300],
      ],
    },
    course_memberships: {
      header: ['ibm_user_id', 'course_id', 'course_membership_role', 'course_membership_ts'],
      rows: [
        [learner(1), COURSE_A, 'LEARNER', '2023-01-01 10:00:00'],
        [learner(1), COURSE_A, 'NOT_ENROLLED', '2023-03-01 10:00:00'],
        [learner(2), COURSE_A, 'LEARNER', '2023-01-02 10:00:00'],
        [learner(3), COURSE_A, 'BROWSER', '2023-01-02 10:00:00'],
        [learner(4), COURSE_B, 'LEARNER', '2023-01-03 10:00:00.250'],
        [learner(5), COURSE_B, 'PRE_ENROLLED_LEARNER', '2023-01-03 10:00:00'],
      ],
    },
    course_grades: {
      header: ['course_id', 'ibm_user_id', 'course_grade_ts', 'course_passing_state_id', 'course_grade_overall'],
      rows: [
        [COURSE_A, learner(1), '2023-02-01 00:00:00', 1, 0.8],
        [COURSE_A, learner(2), '2023-02-01 00:00:00', 0, 0.3],
        [COURSE_B, learner(4), '2023-02-01 00:00:00', 2, 0.95],
      ],
    },
    users_courses__certificate_payments: {
      header: ['ibm_user_id', 'course_id', 'met_payment_condition', 'was_payment', 'was_finaid_grant', 'was_group_sponsored'],
      rows: [
        [learner(1), COURSE_A, true, true, false, false],
        [learner(2), COURSE_A, true, false, true, false],
      ],
    },
    users: {
      header: ['ibm_user_id', 'user_join_ts', 'country_cd', 'profile_language_cd', 'reported_or_inferred_gender'],
      rows: [1, 2, 3, 4, 5].map((n) => [learner(n), '2022-06-01 00:00:00', 'DE', 'de', null]),
    },
    feedback_course_ratings: {
      header: ['course_id', 'ibm_user_id', 'feedback_system', 'feedback_rating', 'feedback_max_rating', 'feedback_ts'],
      rows: [
        [COURSE_A, learner(1), 'STAR', 5, 5, '2023-02-02 00:00:00'],
        [COURSE_A, learner(2), 'NPS_END_OF_COURSE', 9, 10, '2023-02-02 00:00:00'],
      ],
    },
    feedback_course_comments: {
      header: ['course_id', 'feedback_system', 'ibm_user_id', 'feedback_category', 'feedback_text', 'feedback_ts'],
      rows: [[COURSE_A, 'STAR', learner(1), 'generic', 'Great, "really" great \\ <b>course</b>\nwith a newline 🎉', '2023-02-02 00:00:00']],
    },
    specializations: {
      header: ['specialization_id', 'specialization_slug', 'specialization_name', 'specialization_type'],
      rows: [['spec-data', 'data-analytics-pc', 'Data Analytics Professional Certificate', 'PROFESSIONAL_CERTIFICATE']],
    },
    specializations_courses: {
      header: ['specialization_id', 'course_id', 'current_dt', 'course_order', 'is_course_capstone'],
      rows: [
        ['spec-data', COURSE_A, '2024-01-01', 1, false],
        ['spec-data', COURSE_B, '2024-01-01', 2, true],
      ],
    },
    ibm_data_basics_user_ids: {
      header: ['ibm_user_id', 'data_basics_user_id'],
      rows: [
        [learner(1), 'c0ffee01'],
        [learner(2), 'c0ffee02'],
      ],
    },
    'setup.sql': 'CREATE TABLE courses (...);',
  };
}

function renderTable(table: TFixtureTables[string]): string | Buffer {
  if (typeof table === 'string' || Buffer.isBuffer(table)) return table;
  return encodeCsvRecord(table.header) + table.rows.map((row) => encodeCsvRecord(row)).join('');
}

function fileNameOf(name: string): string {
  return name.includes('.') ? name : `${name}.csv`;
}

/** Writes the tables as `<table>.csv` files into a new folder and returns its path. */
export function writeExportFolder(tables: TFixtureTables): string {
  const dir = mkdtempSync(join(tmpdir(), 'certqa-export-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, table] of Object.entries(tables)) writeFileSync(join(dir, fileNameOf(name)), renderTable(table));
  return dir;
}

/** Writes the tables into a zip (in a folder inside it, as Coursera's exports do) and returns its path. */
export async function writeExportZip(tables: TFixtureTables): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'certqa-zip-')), 'export.zip');
  const zip = new yazl.ZipFile();
  for (const [name, table] of Object.entries(tables)) {
    const content = renderTable(table);
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), `partner_export_1700000000000/${fileNameOf(name)}`, { mtime: new Date('2024-01-01T00:00:00Z') });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
  return path;
}
