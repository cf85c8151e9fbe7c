// Ranks each course's items once per import, as the dashboard lists them: the highest dislike share
// among items with at least k ratings first, then the most flagged. Pages then read the ten ranked
// rows per course instead of sorting every item on every request. $1 = import id, $2 = k.
import type { TDialectSql } from './run-query';

const SQL = `
UPDATE summary_item_feedback SET hot_spot_rank = ranked.position, hot_spot_k = $2
FROM (
  SELECT course_id, course_item_id,
         ROW_NUMBER() OVER (
           PARTITION BY course_id
           ORDER BY CASE WHEN likes + dislikes >= $2 THEN dislikes * 1.0 / (likes + dislikes) ELSE -1 END DESC, flags DESC, course_item_id
         ) AS position
  FROM summary_item_feedback WHERE import_id = $1
) ranked
WHERE summary_item_feedback.course_id = ranked.course_id AND summary_item_feedback.course_item_id = ranked.course_item_id
  AND ranked.position <= 10`;

export const HOT_SPOT_RANK_SQL: TDialectSql = { sqlite: SQL, postgres: SQL };
