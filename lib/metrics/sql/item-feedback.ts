// Item hot spots: LIKE_OR_DISLIKE counts (1 = like, 0 = dislike) and flags per course item.
import type { TDialectSql } from './run-query';

const SQL = `
INSERT INTO summary_item_feedback (course_id, course_item_id, import_id, item_name, likes, dislikes, flags)
WITH ratings AS (
  SELECT course_id, course_item_id,
         SUM(CASE WHEN feedback_rating = 1 THEN 1 ELSE 0 END) AS likes,
         SUM(CASE WHEN feedback_rating = 0 THEN 1 ELSE 0 END) AS dislikes
  FROM export_item_ratings
  WHERE import_id = $1 AND feedback_system = 'LIKE_OR_DISLIKE' AND course_item_id IS NOT NULL
  GROUP BY course_id, course_item_id
),
flags AS (
  SELECT course_id, course_item_id, COUNT(*) AS flags FROM export_item_comments
  WHERE import_id = $1 AND course_item_id IS NOT NULL GROUP BY course_id, course_item_id
),
items AS (SELECT course_id, course_item_id FROM ratings UNION SELECT course_id, course_item_id FROM flags),
names AS (
  SELECT course_id, course_item_id, MIN(course_branch_item_name) AS item_name FROM export_course_branch_items
  WHERE import_id = $1 GROUP BY course_id, course_item_id
)
SELECT i.course_id, i.course_item_id, $1, n.item_name, COALESCE(r.likes, 0), COALESCE(r.dislikes, 0), COALESCE(f.flags, 0)
FROM items i
LEFT JOIN ratings r ON r.course_id = i.course_id AND r.course_item_id = i.course_item_id
LEFT JOIN flags f ON f.course_id = i.course_id AND f.course_item_id = i.course_item_id
LEFT JOIN names n ON n.course_id = i.course_id AND n.course_item_id = i.course_item_id`;

export const ITEM_FEEDBACK_SQL: TDialectSql = { sqlite: SQL, postgres: SQL };
