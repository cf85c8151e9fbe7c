// Enrolled, completers and paying learners per course of an import, from summary_learner_course.
// Contract (DESIGN.md): completers are enrolled learners who passed; paying = met_payment_condition;
// the was_payment-only subset is reported as its own figure.
import type { TDialectSql } from './run-query';

const sql = (flag: (column: string) => string) => `
INSERT INTO summary_course_completion
  (course_id, import_id, enrolled, completers, paying, paying_completers, was_payment, was_payment_completers, computed_at)
SELECT course_id, $1, COUNT(*),
       SUM(${flag('is_passed')}),
       SUM(${flag('is_paying')}),
       SUM(${flag('is_passed')} * ${flag('is_paying')}),
       SUM(${flag('is_was_payment')}),
       SUM(${flag('is_passed')} * ${flag('is_was_payment')}),
       $2
FROM summary_learner_course WHERE import_id = $1
GROUP BY course_id`;

export const COURSE_COMPLETION_SQL: TDialectSql = {
  sqlite: sql((column) => column),
  postgres: sql((column) => `(CASE WHEN ${column} THEN 1 ELSE 0 END)`),
};
