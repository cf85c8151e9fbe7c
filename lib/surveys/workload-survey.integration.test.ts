import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { importExport } from '@/lib/import/import-export';
import { getCertificateMetrics } from '@/lib/metrics/queries';
import { getActorByEmail } from '@/lib/testing/actors';
import { COURSE_A, createMinimalExport, writeExportFolder } from '@/lib/testing/export-fixture';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { importWorkloadSurvey } from './mutations';

let database: TTestDatabase;
let quality: TActor;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  await importExport(quality, { sourcePath: writeExportFolder(createMinimalExport()) });
});
afterAll(async () => database.drop());

test('a survey wave is imported, linked to learners through per-course ids, and summarised beside estimated hours', async () => {
  const text = [
    'course,course_user_id,reported_hours,comparison,submitted_at',
    'data-basics,c0ffee01,4,higher,2024-03-01',
    `${COURSE_A},c0ffee02,2.5,about right,2024-03-02`,
    'data-basics,,3,higher,2024-03-03 09:15',
    'data-basics,unknown-id,6,higher,2024-03-04',
    'data-basics,,2,lower,2024-03-05',
  ].join('\n');
  const wave = await importWorkloadSurvey(quality, { name: 'Spring 2024', sourceName: 'spring.csv', text });
  expect(wave).toMatchObject({ responseCount: 5, linkedCount: 2 });
  const metrics = await getCertificateMetrics(quality, 'data-analytics-pc', 1);
  const reported = metrics.courses.find((course) => course.courseraCourseId === COURSE_A)?.workload.reportedHours;
  expect(reported).toMatchObject({ n: 5, median: 3, q1: 2.5, q3: 4, shareHigher: 0.6, suppressed: null });
  // With k = 5 exactly five respondents are shown; with k = 6 they are withheld.
  expect((await getCertificateMetrics(quality, 'data-analytics-pc', 5)).courses[0]?.workload.reportedHours.median).toBe(3);
  expect((await getCertificateMetrics(quality, 'data-analytics-pc', 6)).courses[0]?.workload.reportedHours.suppressed).toBe('fewer than 6 respondents (n = 5)');
});

test('a survey with one bad row is refused whole, naming line and column, and changes nothing', async () => {
  const before = await computeTableDigest(database.db);
  const text = 'course,reported_hours,comparison,submitted_at\ndata-basics,4,higher,2024-03-01\nno-such-course,3,lower,2024-03-01\n';
  const error = await importWorkloadSurvey(quality, { name: 'Bad wave', sourceName: 'bad.csv', text }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fieldErrors.file).toEqual([
    'line 3, column course: "no-such-course" is not a course of your certificates with imported data (give its Coursera id or slug)',
  ]);
  expect(await computeTableDigest(database.db)).toBe(before);
});

test('partners and auditors cannot import surveys', async () => {
  const partner = await getActorByEmail(database.db, 'partner@ibm.demo');
  await expect(importWorkloadSurvey(partner, { name: 'x', sourceName: 'x.csv', text: 'course\n' })).rejects.toBeInstanceOf(ForbiddenError);
});
