// The stable identity of a learner comment across imports: the raw rows get new ids whenever a
// newer export replaces a course's snapshot, but course, survey, respondent, time and text do not.
import { createHash } from 'node:crypto';

export function computeCommentKey(comment: { course_id: string; feedback_system: string | null; respondent_id: string; feedback_ts: Date | string | null; feedback_text: string | null }): string {
  const ts = comment.feedback_ts instanceof Date ? comment.feedback_ts.toISOString() : (comment.feedback_ts ?? '');
  return createHash('sha256')
    .update([comment.course_id, comment.feedback_system ?? '', comment.respondent_id, ts, comment.feedback_text ?? ''].join('\u0000'))
    .digest('hex');
}
