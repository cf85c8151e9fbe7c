// Enrolled, completers and paying learners per course, for the courses of one import.
// Contract (DESIGN.md): enrolled = distinct learners with any LEARNER membership (a later
// NOT_ENROLLED still counts); completer = enrolled and a course_grades row in state 1 or 2;
// paying = enrolled with met_payment_condition; was_payment reported as its own subset.
import type { TDialectSql } from './run-query';

const SQL = `
INSERT INTO summary_course_completion
  (course_id, import_id, enrolled, completers, paying, paying_completers, was_payment, was_payment_completers, computed_at)
WITH enrolled AS (
  SELECT DISTINCT course_id, learner_id FROM export_course_memberships
  WHERE import_id = $1 AND course_membership_role = 'LEARNER'
),
passed AS (
  SELECT DISTINCT course_id, learner_id FROM export_course_grades
  WHERE import_id = $1 AND course_passing_state_id IN (1, 2)
),
payment AS (
  SELECT course_id, learner_id,
         MAX(CASE WHEN met_payment_condition THEN 1 ELSE 0 END) AS met,
         MAX(CASE WHEN was_payment THEN 1 ELSE 0 END) AS paid
  FROM export_course_payments WHERE import_id = $1 GROUP BY course_id, learner_id
)
SELECT e.course_id, $1, COUNT(*),
       SUM(CASE WHEN p.learner_id IS NOT NULL THEN 1 ELSE 0 END),
       SUM(COALESCE(y.met, 0)),
       SUM(CASE WHEN p.learner_id IS NOT NULL THEN COALESCE(y.met, 0) ELSE 0 END),
       SUM(COALESCE(y.paid, 0)),
       SUM(CASE WHEN p.learner_id IS NOT NULL THEN COALESCE(y.paid, 0) ELSE 0 END),
       $2
FROM enrolled e
LEFT JOIN passed p ON p.course_id = e.course_id AND p.learner_id = e.learner_id
LEFT JOIN payment y ON y.course_id = e.course_id AND y.learner_id = e.learner_id
GROUP BY e.course_id`;

export const COURSE_COMPLETION_SQL: TDialectSql = { sqlite: SQL, postgres: SQL };
