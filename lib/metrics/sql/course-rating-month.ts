// STAR ratings per course and calendar month (UTC), for the monthly mean.
import type { TDialectSql } from './run-query';

const sql = (month: string) => `
INSERT INTO summary_course_rating_month (course_id, month, import_id, n, rating_sum)
SELECT course_id, ${month}, $1, COUNT(*), SUM(feedback_rating)
FROM export_course_ratings
WHERE import_id = $1 AND feedback_system = 'STAR' AND feedback_rating BETWEEN 1 AND 5
  AND (feedback_max_rating IS NULL OR feedback_max_rating = 5) AND feedback_ts IS NOT NULL
GROUP BY course_id, ${month}`;

export const COURSE_RATING_MONTH_SQL: TDialectSql = {
  // Timestamps are stored as export text (YYYY-MM-DD HH:MM:SS…) in SQLite.
  sqlite: sql('substr(feedback_ts, 1, 7)'),
  postgres: sql(`to_char(feedback_ts, 'YYYY-MM')`),
};
