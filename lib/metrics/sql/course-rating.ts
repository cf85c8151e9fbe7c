// Rating distributions per course and system. STAR counts only 1–5 on a 5-point scale; the two NPS
// systems only 0–10 on a 10-point scale (feedback_max_rating is checked, not just the system name).
// Systems are never mixed.
import type { TDialectSql } from './run-query';

const SQL = `
INSERT INTO summary_course_rating (course_id, feedback_system, rating, import_id, n)
SELECT course_id, feedback_system, feedback_rating, $1, COUNT(*)
FROM export_course_ratings
WHERE import_id = $1 AND (
  (feedback_system = 'STAR' AND feedback_rating BETWEEN 1 AND 5 AND (feedback_max_rating IS NULL OR feedback_max_rating = 5))
  OR (feedback_system IN ('NPS_FIRST_WEEK', 'NPS_END_OF_COURSE') AND feedback_rating BETWEEN 0 AND 10 AND (feedback_max_rating IS NULL OR feedback_max_rating = 10))
)
GROUP BY course_id, feedback_system, feedback_rating`;

export const COURSE_RATING_SQL: TDialectSql = { sqlite: SQL, postgres: SQL };
