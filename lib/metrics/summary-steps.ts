// The summary tables computed once per import, in order, inside the import's transaction. Each step
// first removes the summaries of the import's courses, then writes them anew. Dashboards read only
// these tables, so page time does not grow with the raw export.

import { computeCommentKey } from '@/lib/comments/comment-key';
import type { TBulkSession } from '@/lib/db/bulk/bulk-session';
import { env } from '@/lib/env';
import { computeCertificateSummary, listCertificatesWithCourses } from './compute-certificate-summaries';
import { COMPLETION_DAYS_SQL } from './sql/completion-days';
import { COURSE_COMPLETION_SQL } from './sql/course-completion';
import { COURSE_RATING_SQL } from './sql/course-rating';
import { COURSE_RATING_MONTH_SQL } from './sql/course-rating-month';
import { COURSE_ITEMS_SQL, LEARNER_ACTIVITY_ROWS_SQL } from './sql/course-workload';
import { HOT_SPOT_RANK_SQL } from './sql/hot-spot-rank';
import { ITEM_FEEDBACK_SQL } from './sql/item-feedback';
import { LEARNER_ACTIVITY_SQL } from './sql/learner-activity';
import { LEARNER_COURSE_SQL } from './sql/learner-course';
import { getSql, runStatement } from './sql/run-query';
import { computeQuantiles } from './stats/quantiles';

export type TSummaryContext = { importId: string; courseIds: readonly string[] };

export type TSummaryStep = {
  name: string;
  compute: (session: TBulkSession, context: TSummaryContext) => Promise<void>;
};

/** Comments kept per course for review and display. */
export const COMMENTS_PER_COURSE = 50;

const OF_IMPORT_COURSES = 'course_id IN (SELECT course_id FROM export_courses WHERE import_id = $1)';

async function clear(session: TBulkSession, table: string, importId: string): Promise<void> {
  await session.execute(`DELETE FROM ${table} WHERE ${OF_IMPORT_COURSES}`, [importId]);
}

export const SUMMARY_STEPS: readonly TSummaryStep[] = [
  {
    name: 'learners per course',
    compute: async (session, { importId }) => {
      await clear(session, 'summary_learner_course', importId);
      await runStatement(session, LEARNER_COURSE_SQL, [importId]);
    },
  },
  {
    name: 'learner activity (time on task, items accessed, best grade)',
    compute: async (session, { importId }) => {
      await runStatement(session, LEARNER_ACTIVITY_SQL, [importId, env.CERTQA_INACTIVITY_CUTOFF_MINUTES * 60]);
    },
  },
  {
    name: 'course workload and credential eligibility',
    compute: async (session, { importId, courseIds }) => {
      await clear(session, 'summary_course_workload', importId);
      const items = await session.query<{ course_id: string; items_total: number | string; bottom_up_hours: number | string | null }>(
        getSql(COURSE_ITEMS_SQL, session.dialect),
        [importId],
      );
      const participation = env.CERTQA_PARTICIPATION_THRESHOLD;
      const achievement = env.CERTQA_ACHIEVEMENT_THRESHOLD;
      const itemsOf = new Map(items.map((row) => [row.course_id, row]));
      for (const courseId of courseIds) {
        const learners = await session.query<{
          course_id: string;
          is_passed: number | string;
          observed_hours: number | string | null;
          items_accessed: number | string | null;
          best_grade: number | string | null;
        }>(getSql(LEARNER_ACTIVITY_ROWS_SQL, session.dialect), [importId, courseId]);
        if (learners.length === 0) continue;
        const courseItems = itemsOf.get(courseId);
        const itemsTotal = Number(courseItems?.items_total ?? 0);
        const observed = learners.filter((row) => Number(row.is_passed) === 1 && row.observed_hours !== null).map((row) => Number(row.observed_hours));
        const quantiles = computeQuantiles(observed);
        const eligible = learners.filter(
          (row) =>
            itemsTotal > 0 && Number(row.items_accessed ?? 0) / itemsTotal >= participation && row.best_grade !== null && Number(row.best_grade) >= achievement,
        ).length;
        await session.execute(
          `INSERT INTO summary_course_workload (course_id, import_id, items_total, bottom_up_hours, inactivity_cutoff_minutes, observed_n, observed_q1_hours, observed_median_hours, observed_q3_hours, participation_threshold, achievement_threshold, eligible)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            courseId,
            importId,
            itemsTotal,
            courseItems?.bottom_up_hours === null || courseItems?.bottom_up_hours === undefined ? null : Number(courseItems.bottom_up_hours),
            env.CERTQA_INACTIVITY_CUTOFF_MINUTES,
            observed.length,
            quantiles?.q1 ?? null,
            quantiles?.median ?? null,
            quantiles?.q3 ?? null,
            participation,
            achievement,
            eligible,
          ],
        );
      }
    },
  },
  {
    name: 'course completion',
    compute: async (session, { importId }) => {
      await clear(session, 'summary_course_completion', importId);
      await runStatement(session, COURSE_COMPLETION_SQL, [importId, new Date()]);
    },
  },
  {
    name: 'time to completion',
    compute: async (session, { importId }) => {
      await clear(session, 'summary_course_time_to_completion', importId);
      const rows = await session.query<{ course_id: string; days: number | string }>(getSql(COMPLETION_DAYS_SQL, session.dialect), [importId]);
      const byCourse = new Map<string, number[]>();
      for (const row of rows) {
        const list = byCourse.get(row.course_id) ?? [];
        list.push(Number(row.days));
        byCourse.set(row.course_id, list);
      }
      for (const [courseId, days] of byCourse) {
        const quantiles = computeQuantiles(days);
        await session.execute(
          'INSERT INTO summary_course_time_to_completion (course_id, import_id, n, min_days, q1_days, median_days, q3_days, max_days) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [
            courseId,
            importId,
            days.length,
            quantiles?.min ?? null,
            quantiles?.q1 ?? null,
            quantiles?.median ?? null,
            quantiles?.q3 ?? null,
            quantiles?.max ?? null,
          ],
        );
      }
    },
  },
  {
    name: 'ratings',
    compute: async (session, { importId }) => {
      await clear(session, 'summary_course_rating', importId);
      await runStatement(session, COURSE_RATING_SQL, [importId]);
      await clear(session, 'summary_course_rating_month', importId);
      await runStatement(session, COURSE_RATING_MONTH_SQL, [importId]);
    },
  },
  {
    name: 'item hot spots',
    compute: async (session, { importId }) => {
      await clear(session, 'summary_item_feedback', importId);
      await runStatement(session, ITEM_FEEDBACK_SQL, [importId]);
      await runStatement(session, HOT_SPOT_RANK_SQL, [importId, env.CERTQA_MIN_GROUP_SIZE]);
    },
  },
  {
    name: 'newest learner comments',
    compute: async (session, { importId, courseIds }) => {
      await clear(session, 'summary_course_comment', importId);
      for (const courseId of courseIds) {
        const rows = await session.query<{
          course_id: string;
          feedback_system: string | null;
          respondent_id: string;
          feedback_ts: string | Date | null;
          feedback_text: string | null;
        }>(
          `SELECT course_id, feedback_system, respondent_id, feedback_ts, feedback_text FROM export_course_comments
            WHERE import_id = $1 AND course_id = $2 AND feedback_text IS NOT NULL ORDER BY feedback_ts DESC, id LIMIT ${COMMENTS_PER_COURSE}`,
          [importId, courseId],
        );
        const seen = new Set<string>();
        for (const [index, row] of rows.entries()) {
          // Keys are computed from UTC Date values, as the pages' Prisma reads give them.
          const ts = row.feedback_ts === null ? null : row.feedback_ts instanceof Date ? row.feedback_ts : new Date(`${row.feedback_ts.replace(' ', 'T')}Z`);
          const key = computeCommentKey({ ...row, feedback_ts: ts });
          if (seen.has(key)) continue;
          seen.add(key);
          await session.execute(
            'INSERT INTO summary_course_comment (course_id, comment_key, import_id, feedback_system, feedback_text, feedback_ts, rank) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [courseId, key, importId, row.feedback_system, row.feedback_text, ts, index + 1],
          );
        }
      }
    },
  },
  {
    name: 'certificates',
    compute: async (session, { courseIds }) => {
      const now = new Date();
      for (const certificateId of await listCertificatesWithCourses(session, courseIds)) await computeCertificateSummary(session, certificateId, now);
    },
  },
];
