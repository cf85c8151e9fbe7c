// Per enrolled learner and course: observed time on task, items accessed and best grade.
// Time on task (metric contract): the sum of the gaps between a learner's consecutive activity
// timestamps in the course (progress and grade events); a gap longer than the inactivity cut-off
// ($2 seconds) is a break and adds nothing. UPDATE … FROM works in PostgreSQL and SQLite ≥ 3.33.
import type { TDialectSql } from './run-query';

const sql = (secondsBetween: (later: string, earlier: string) => string) => `
UPDATE summary_learner_course SET observed_hours = activity.hours, items_accessed = activity.items, best_grade = activity.grade
FROM (
  WITH events AS (
    SELECT course_id, learner_id, course_progress_ts AS ts FROM export_course_progress WHERE import_id = $1
    UNION ALL
    SELECT course_id, learner_id, course_item_grade_ts FROM export_course_item_grades WHERE import_id = $1 AND course_item_grade_ts IS NOT NULL
    UNION ALL
    SELECT course_id, learner_id, course_grade_ts FROM export_course_grades WHERE import_id = $1 AND course_grade_ts IS NOT NULL
  ),
  gaps AS (
    SELECT course_id, learner_id, ${secondsBetween('ts', 'LAG(ts) OVER (PARTITION BY course_id, learner_id ORDER BY ts)')} AS gap FROM events
  ),
  hours AS (
    SELECT course_id, learner_id, SUM(CASE WHEN gap IS NOT NULL AND gap <= $2 THEN gap ELSE 0 END) / 3600.0 AS hours FROM gaps GROUP BY course_id, learner_id
  ),
  items AS (
    SELECT course_id, learner_id, COUNT(DISTINCT course_item_id) AS items FROM export_course_progress WHERE import_id = $1 GROUP BY course_id, learner_id
  ),
  grades AS (
    SELECT course_id, learner_id, MAX(course_grade_overall) AS grade FROM export_course_grades WHERE import_id = $1 GROUP BY course_id, learner_id
  )
  SELECT s.course_id, s.learner_id, COALESCE(h.hours, 0) AS hours, COALESCE(i.items, 0) AS items, g.grade
  FROM summary_learner_course s
  LEFT JOIN hours h ON h.course_id = s.course_id AND h.learner_id = s.learner_id
  LEFT JOIN items i ON i.course_id = s.course_id AND i.learner_id = s.learner_id
  LEFT JOIN grades g ON g.course_id = s.course_id AND g.learner_id = s.learner_id
  WHERE s.import_id = $1
) AS activity
WHERE summary_learner_course.course_id = activity.course_id AND summary_learner_course.learner_id = activity.learner_id`;

export const LEARNER_ACTIVITY_SQL: TDialectSql = {
  sqlite: sql((later, earlier) => `(julianday(${later}) - julianday(${earlier})) * 86400.0`),
  postgres: sql((later, earlier) => `EXTRACT(EPOCH FROM (${later} - ${earlier}))`),
};
