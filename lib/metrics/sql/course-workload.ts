// Inputs of the course workload summary: items per course, bottom-up hours, and per enrolled
// learner the activity figures (quantiles and eligibility are computed from them in TypeScript).
import type { TDialectSql } from './run-query';

const ITEMS = `
SELECT i.course_id, COUNT(DISTINCT i.course_item_id) AS items_total,
       SUM(CASE WHEN i.course_branch_id = i.course_id THEN i.global_item_time_commitment ELSE NULL END) / 60.0 AS bottom_up_hours
FROM export_course_branch_items i WHERE i.import_id = $1 GROUP BY i.course_id`;

export const COURSE_ITEMS_SQL: TDialectSql = { sqlite: ITEMS, postgres: ITEMS };

// One course at a time, so memory follows the largest course, not the whole export.
const activity = (passed: string) => `
SELECT course_id, ${passed} AS is_passed, observed_hours, items_accessed, best_grade
FROM summary_learner_course WHERE import_id = $1 AND course_id = $2`;

export const LEARNER_ACTIVITY_ROWS_SQL: TDialectSql = {
  sqlite: activity('is_passed'),
  postgres: activity('CASE WHEN is_passed THEN 1 ELSE 0 END'),
};
