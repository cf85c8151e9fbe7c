// One row per enrolled learner and course of an import: the basis of completion, paid
// completion, time to completion and every certificate-level figure.
// Enrolled = any LEARNER membership (first one starts the clock; a later NOT_ENROLLED still counts).
// Passed = a course_grades row in state 1 or 2; its earliest timestamp is the completion date.
import type { TDialectSql } from './run-query';

const sql = (isTrue: (expression: string) => string) => `
INSERT INTO summary_learner_course (course_id, learner_id, import_id, first_learner_ts, is_passed, passed_ts, is_paying, is_was_payment)
WITH enrolled AS (
  SELECT course_id, learner_id, MIN(course_membership_ts) AS first_ts FROM export_course_memberships
  WHERE import_id = $1 AND course_membership_role = 'LEARNER' GROUP BY course_id, learner_id
),
passed AS (
  SELECT course_id, learner_id, MIN(course_grade_ts) AS passed_ts FROM export_course_grades
  WHERE import_id = $1 AND course_passing_state_id IN (1, 2) GROUP BY course_id, learner_id
),
payment AS (
  SELECT course_id, learner_id,
         MAX(CASE WHEN met_payment_condition THEN 1 ELSE 0 END) AS met,
         MAX(CASE WHEN was_payment THEN 1 ELSE 0 END) AS paid
  FROM export_course_payments WHERE import_id = $1 GROUP BY course_id, learner_id
)
SELECT e.course_id, e.learner_id, $1, e.first_ts,
       ${isTrue('CASE WHEN p.learner_id IS NULL THEN 0 ELSE 1 END')}, p.passed_ts,
       ${isTrue('COALESCE(y.met, 0)')}, ${isTrue('COALESCE(y.paid, 0)')}
FROM enrolled e
LEFT JOIN passed p ON p.course_id = e.course_id AND p.learner_id = e.learner_id
LEFT JOIN payment y ON y.course_id = e.course_id AND y.learner_id = e.learner_id`;

export const LEARNER_COURSE_SQL: TDialectSql = {
  // SQLite stores booleans as 0/1; PostgreSQL needs a boolean expression.
  sqlite: sql((expression) => expression),
  postgres: sql((expression) => `(${expression}) = 1`),
};
