// Days from the first LEARNER membership to passing, per completer with both timestamps.
import type { TDialectSql } from './run-query';

export const COMPLETION_DAYS_SQL: TDialectSql = {
  sqlite: `SELECT course_id, julianday(passed_ts) - julianday(first_learner_ts) AS days
           FROM summary_learner_course WHERE import_id = $1 AND is_passed = 1 AND passed_ts IS NOT NULL ORDER BY course_id`,
  postgres: `SELECT course_id, EXTRACT(EPOCH FROM (passed_ts - first_learner_ts)) / 86400.0 AS days
             FROM summary_learner_course WHERE import_id = $1 AND is_passed AND passed_ts IS NOT NULL ORDER BY course_id`,
};
