// The metric contract of DESIGN.md, checked against SQL written here, independently of
// lib/metrics, on a generated export (both dialects), plus hand-made boundary cases.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { generateDemoExport } from '@/lib/demo/export/generate-demo-export';
import { importExport } from '@/lib/import/import-export';
import { getActorByEmail } from '@/lib/testing/actors';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { getCertificateMetrics } from './queries';

let database: TTestDatabase;
let quality: TActor;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  const out = join(mkdtempSync(join(tmpdir(), 'certqa-contract-')), 'export.zip');
  await generateDemoExport({ learners: 600, seed: 7, out });
  await importExport(quality, { sourcePath: out });
});
afterAll(async () => database.drop());

/** Raw SQL with $1… placeholders on either dialect (each placeholder is used once, in order). */
function raw<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  return database.db.$queryRawUnsafe<T[]>(database.dialect === 'sqlite' ? sql.replace(/\$\d+/g, '?') : sql, ...params);
}

async function scalar(sql: string, ...params: unknown[]): Promise<number> {
  const rows = await raw<Record<string, unknown>>(sql, ...params);
  const value = Object.values(rows[0] ?? {})[0];
  return value === null || value === undefined ? 0 : Number(value);
}

// Independent definitions, straight from the contract.
const ENROLLED = `SELECT COUNT(DISTINCT learner_id) FROM export_course_memberships WHERE course_id = $1 AND course_membership_role = 'LEARNER'`;
const PASSED = `EXISTS (SELECT 1 FROM export_course_grades g WHERE g.course_id = m.course_id AND g.learner_id = m.learner_id AND g.course_passing_state_id IN (1, 2))`;
const COMPLETERS = `SELECT COUNT(DISTINCT m.learner_id) FROM export_course_memberships m WHERE m.course_id = $1 AND m.course_membership_role = 'LEARNER' AND ${PASSED}`;
const PAYING_FILTER = (column: string) =>
  `EXISTS (SELECT 1 FROM export_course_payments p WHERE p.course_id = m.course_id AND p.learner_id = m.learner_id AND (CASE WHEN p.${column} THEN 1 ELSE 0 END) = 1)`;
const PAYING = (column: string) =>
  `SELECT COUNT(DISTINCT m.learner_id) FROM export_course_memberships m WHERE m.course_id = $1 AND m.course_membership_role = 'LEARNER' AND ${PAYING_FILTER(column)}`;
const PAYING_COMPLETERS = (column: string) => `${PAYING(column)} AND ${PASSED}`;

test('every course figure equals the contract computed from the raw tables', async () => {
  let checkedCourses = 0;
  for (const slug of ['ibm-data-science', 'ibm-data-engineer', 'ibm-full-stack-cloud-developer']) {
    const metrics = await getCertificateMetrics(quality, slug, 1);
    for (const course of metrics.courses) {
      const id = course.courseraCourseId;
      if (!id) continue;
      checkedCourses += 1;
      const enrolled = await scalar(ENROLLED, id);
      const completers = await scalar(COMPLETERS, id);
      expect(course.enrolled, `${course.name} enrolled`).toBe(enrolled);
      expect(course.completers, `${course.name} completers`).toBe(completers);
      expect(course.completionRate).toBeCloseTo(enrolled ? completers / enrolled : 0, 12);
      expect(course.paying).toBe(await scalar(PAYING('met_payment_condition'), id));
      expect(course.payingCompleters).toBe(await scalar(PAYING_COMPLETERS('met_payment_condition'), id));
      expect(course.wasPayment).toBe(await scalar(PAYING('was_payment'), id));
      expect(course.wasPaymentCompleters).toBe(await scalar(PAYING_COMPLETERS('was_payment'), id));

      const starN = await scalar(`SELECT COUNT(*) FROM export_course_ratings WHERE course_id = $1 AND feedback_system = 'STAR'`, id);
      expect(course.star.n).toBe(starN);
      if (starN > 0)
        expect(course.star.mean).toBeCloseTo(
          await scalar(`SELECT AVG(feedback_rating * 1.0) FROM export_course_ratings WHERE course_id = $1 AND feedback_system = 'STAR'`, id),
          10,
        );
      for (const system of ['NPS_FIRST_WEEK', 'NPS_END_OF_COURSE'] as const) {
        const n = await scalar(`SELECT COUNT(*) FROM export_course_ratings WHERE course_id = $1 AND feedback_system = $2`, id, system);
        const promoters = await scalar(
          `SELECT COUNT(*) FROM export_course_ratings WHERE course_id = $1 AND feedback_system = $2 AND feedback_rating >= 9`,
          id,
          system,
        );
        const detractors = await scalar(
          `SELECT COUNT(*) FROM export_course_ratings WHERE course_id = $1 AND feedback_system = $2 AND feedback_rating <= 6`,
          id,
          system,
        );
        expect(course.nps[system].n).toBe(n);
        if (n > 0) expect(course.nps[system].score).toBeCloseTo((100 * (promoters - detractors)) / n, 10);
      }
    }
  }
  expect(checkedCourses).toBeGreaterThan(20);
});

test('certificate enrolled, completers and the funnel equal the contract', async () => {
  for (const slug of ['ibm-data-science', 'ibm-data-analyst']) {
    const metrics = await getCertificateMetrics(quality, slug, 1);
    const ids = metrics.courses.map((course) => course.courseraCourseId as string);
    const list = ids.map((_id, index) => `$${index + 1}`).join(', ');
    expect(metrics.certificateEnrolled).toBe(
      await scalar(
        `SELECT COUNT(DISTINCT learner_id) FROM export_course_memberships WHERE course_membership_role = 'LEARNER' AND course_id IN (${list})`,
        ...ids,
      ),
    );
    const passedAll = (courseIds: string[]) =>
      scalar(
        `SELECT COUNT(*) FROM (SELECT m.learner_id FROM export_course_memberships m WHERE m.course_membership_role = 'LEARNER' AND m.course_id IN (${courseIds.map((_id, index) => `$${index + 1}`).join(', ')}) AND ${PASSED} GROUP BY m.learner_id HAVING COUNT(DISTINCT m.course_id) = ${courseIds.length}) AS complete`,
        ...courseIds,
      );
    expect(metrics.certificateCompleters).toBe(await passedAll(ids));
    for (const [index, step] of metrics.funnel.entries()) {
      const id = ids[index] as string;
      expect(step.enrolled).toBe(await scalar(ENROLLED, id));
      expect(step.passed).toBe(await scalar(COMPLETERS, id));
      expect(step.passedAllSoFar).toBe(await passedAll(ids.slice(0, index + 1)));
    }
  }
});

test('time to completion: median and quartiles of passing minus first LEARNER membership', async () => {
  const metrics = await getCertificateMetrics(quality, 'ibm-data-science', 1);
  const course = metrics.courses[0];
  if (!course?.courseraCourseId) throw new Error('no course');
  const rows = await raw<{ learner_id: string; first_ts: unknown; passed_ts: unknown }>(
    `SELECT m.learner_id, MIN(m.course_membership_ts) AS first_ts,
            (SELECT MIN(g.course_grade_ts) FROM export_course_grades g WHERE g.course_id = m.course_id AND g.learner_id = m.learner_id AND g.course_passing_state_id IN (1, 2)) AS passed_ts
       FROM export_course_memberships m WHERE m.course_id = $1 AND m.course_membership_role = 'LEARNER' GROUP BY m.course_id, m.learner_id`,
    course.courseraCourseId,
  );
  const toTime = (value: unknown) => (value instanceof Date ? value.getTime() : new Date(`${String(value).replace(' ', 'T')}Z`).getTime());
  const days = rows
    .filter((row) => row.passed_ts !== null)
    .map((row) => (toTime(row.passed_ts) - toTime(row.first_ts)) / 86_400_000)
    .sort((a, b) => a - b);
  const quantile = (p: number) => {
    const position = (days.length - 1) * p;
    const low = Math.floor(position);
    return (days[low] as number) + ((days[Math.min(low + 1, days.length - 1)] as number) - (days[low] as number)) * (position - low);
  };
  expect(days.length).toBeGreaterThan(0);
  expect(course.timeToCompletionDays.n).toBe(days.length);
  expect(course.timeToCompletionDays.median).toBeCloseTo(quantile(0.5), 6);
  expect(course.timeToCompletionDays.q1).toBeCloseTo(quantile(0.25), 6);
  expect(course.timeToCompletionDays.q3).toBeCloseTo(quantile(0.75), 6);
});

test('observed time on task: gaps up to the 30-minute cut-off summed per learner, quartiles over completers', async () => {
  const metrics = await getCertificateMetrics(quality, 'ibm-data-science', 1);
  const course = metrics.courses[0];
  if (!course?.courseraCourseId) throw new Error('no course');
  const events = await raw<{ learner_id: string; ts: unknown }>(
    `SELECT learner_id, course_progress_ts AS ts FROM export_course_progress WHERE course_id = $1
     UNION ALL SELECT learner_id, course_item_grade_ts FROM export_course_item_grades WHERE course_id = $2 AND course_item_grade_ts IS NOT NULL
     UNION ALL SELECT learner_id, course_grade_ts FROM export_course_grades WHERE course_id = $3 AND course_grade_ts IS NOT NULL`,
    course.courseraCourseId,
    course.courseraCourseId,
    course.courseraCourseId,
  );
  const completers = new Set(
    (
      await raw<{ learner_id: string }>(
        `SELECT DISTINCT m.learner_id FROM export_course_memberships m WHERE m.course_id = $1 AND m.course_membership_role = 'LEARNER' AND ${PASSED}`,
        course.courseraCourseId,
      )
    ).map((row) => row.learner_id),
  );
  const toTime = (value: unknown) => (value instanceof Date ? value.getTime() : new Date(`${String(value).replace(' ', 'T')}Z`).getTime());
  const byLearner = new Map<string, number[]>();
  for (const event of events) byLearner.set(event.learner_id, [...(byLearner.get(event.learner_id) ?? []), toTime(event.ts)]);
  const hours = [...completers]
    .map((learner) => {
      const times = (byLearner.get(learner) ?? []).sort((a, b) => a - b);
      let seconds = 0;
      for (let index = 1; index < times.length; index += 1) {
        const gap = ((times[index] as number) - (times[index - 1] as number)) / 1000;
        if (gap <= 30 * 60) seconds += gap;
      }
      return seconds / 3600;
    })
    .sort((a, b) => a - b);
  const quantile = (p: number) => {
    const position = (hours.length - 1) * p;
    const low = Math.floor(position);
    return (hours[low] as number) + ((hours[Math.min(low + 1, hours.length - 1)] as number) - (hours[low] as number)) * (position - low);
  };
  expect(course.workload.observedHours.n).toBe(hours.length);
  expect(course.workload.observedHours.median).toBeCloseTo(quantile(0.5), 4);
  expect(course.workload.observedHours.q1).toBeCloseTo(quantile(0.25), 4);
  expect(course.workload.observedHours.q3).toBeCloseTo(quantile(0.75), 4);
});

test('credential eligibility: ≥ 50 % of the items accessed and ≥ 60 % of the assessed score', async () => {
  const metrics = await getCertificateMetrics(quality, 'ibm-data-science', 1);
  for (const course of metrics.courses.slice(0, 3)) {
    const id = course.courseraCourseId as string;
    const items = await scalar(`SELECT COUNT(DISTINCT course_item_id) FROM export_course_branch_items WHERE course_id = $1`, id);
    const eligible = await scalar(
      `SELECT COUNT(*) FROM (SELECT DISTINCT m.learner_id FROM export_course_memberships m WHERE m.course_id = $1 AND m.course_membership_role = 'LEARNER') e
        WHERE (SELECT COUNT(DISTINCT p.course_item_id) FROM export_course_progress p WHERE p.course_id = $2 AND p.learner_id = e.learner_id) * 1.0 / ${items} >= 0.5
          AND (SELECT MAX(g.course_grade_overall) FROM export_course_grades g WHERE g.course_id = $3 AND g.learner_id = e.learner_id) >= 0.6`,
      id,
      id,
      id,
    );
    expect(course.credentialEligibility.numerator, course.name).toBe(eligible);
  }
});

test('item hot spots: ranked at import with k, re-ranked live for another k, both equal the raw tables', async () => {
  for (const k of [5, 2]) {
    const metrics = await getCertificateMetrics(quality, 'ibm-data-science', k);
    for (const course of metrics.courses.slice(0, 3)) {
      const id = course.courseraCourseId as string;
      const rows = await raw<{ course_item_id: string; likes: unknown; dislikes: unknown; flags: unknown }>(
        `SELECT i.course_item_id,
                (SELECT COUNT(*) FROM export_item_ratings r WHERE r.course_id = $1 AND r.course_item_id = i.course_item_id AND r.feedback_system = 'LIKE_OR_DISLIKE' AND r.feedback_rating = 1) AS likes,
                (SELECT COUNT(*) FROM export_item_ratings r WHERE r.course_id = $2 AND r.course_item_id = i.course_item_id AND r.feedback_system = 'LIKE_OR_DISLIKE' AND r.feedback_rating = 0) AS dislikes,
                (SELECT COUNT(*) FROM export_item_comments c WHERE c.course_id = $3 AND c.course_item_id = i.course_item_id) AS flags
           FROM (SELECT DISTINCT course_item_id FROM export_course_branch_items WHERE course_id = $4) i`,
        id,
        id,
        id,
        id,
      );
      const expected = rows
        .map((row) => ({ itemId: row.course_item_id, n: Number(row.likes) + Number(row.dislikes), dislikes: Number(row.dislikes), flags: Number(row.flags) }))
        .filter((row) => row.n >= k || row.flags > 0)
        .map((row) => ({ ...row, share: row.n >= k ? row.dislikes / row.n : -1 }))
        .sort((a, b) => b.share - a.share || b.flags - a.flags || (a.itemId < b.itemId ? -1 : 1))
        .slice(0, 10);
      expect(
        course.hotSpots.map((item) => item.itemId),
        `${course.name}, k = ${k}`,
      ).toEqual(expected.map((item) => item.itemId));
      expect(course.hotSpots.map((item) => item.dislikeShare)).toEqual(expected.map((item) => (item.share < 0 ? null : item.share)));
    }
  }
});

test('small-n suppression: the figures of a group below k are null with the reason', async () => {
  const metrics = await getCertificateMetrics(quality, 'ibm-data-science', 100_000);
  const course = metrics.courses[0];
  expect(course?.completionRate).toBeNull();
  expect(course?.completion.suppressed).toMatch(/^fewer than 100000 learners \(n = \d+\)$/);
  expect(course?.star.mean).toBeNull();
  expect(metrics.certificateEnrolled).toBeNull();
});

test('metrics are scoped: a partner of another organisation gets not-found', async () => {
  const northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  await expect(getCertificateMetrics(northwind, 'ibm-data-science')).rejects.toThrow('Certificate not found');
});
