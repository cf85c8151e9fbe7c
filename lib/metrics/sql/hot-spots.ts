// The ten items per course with the highest dislike share (among items with at least k ratings),
// then the most flagged: what the dashboard lists, so the page reads tens of rows, not every item.
import type { TDialect } from '@/lib/db/dialect';

export function buildHotSpotsSql(dialect: TDialect, courseCount: number): string {
  const placeholder = (index: number) => (dialect === 'postgres' ? `$${index}` : '?');
  const courses = Array.from({ length: courseCount }, (_value, index) => placeholder(index + 2)).join(', ');
  return `
SELECT course_id, course_item_id, item_name, likes, dislikes, flags FROM (
  SELECT course_id, course_item_id, item_name, likes, dislikes, flags,
         ROW_NUMBER() OVER (
           PARTITION BY course_id
           ORDER BY CASE WHEN likes + dislikes >= ${placeholder(1)} THEN dislikes * 1.0 / (likes + dislikes) ELSE -1 END DESC, flags DESC, course_item_id
         ) AS position
  FROM summary_item_feedback WHERE course_id IN (${courses}) AND (likes + dislikes > 0 OR flags > 0)
) ranked WHERE position <= 10 ORDER BY course_id, position`;
}
