// Learner comments (course reviews and NPS reasons) of a certificate's courses, from the comment
// summary (the newest comments per course). Quality managers see every one with its review state
// and decide; everyone else sees released comments only. Pages render them as text, never as HTML.
import type { TActor } from '@/lib/auth/actor';
import { canReviewComments } from '@/lib/auth/policies';
import { certificateScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

/** Shown per course on the dashboard; the review list shows all kept comments (COMMENTS_PER_COURSE). */
export const COMMENTS_SHOWN_PER_COURSE = 5;

export type TComment = { key: string; courseName: string; system: string | null; text: string; at: Date | null; decision: 'RELEASED' | 'WITHHELD' | 'PENDING' };

export async function listCertificateComments(actor: TActor, slug: string, perCourse: number = COMMENTS_SHOWN_PER_COURSE): Promise<{ comments: TComment[]; canReview: boolean }> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({ where: { AND: [{ slug }, certificateScope(actor)] }, include: { courses: { include: { course: true }, orderBy: { position: 'asc' } } } });
  if (!certificate) throw new NotFoundError('Certificate not found');
  const canReview = canReviewComments(actor);
  const courseIds = certificate.courses.flatMap(({ course }) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  const reviews = await db.commentReview.findMany({ where: { courseraCourseId: { in: courseIds }, ...(canReview ? {} : { decision: 'RELEASED' }) } });
  // Reviewers see the newest comments; readers only released ones. Either way a bounded read.
  const rows = await db.summaryCourseComment.findMany({
    where: { course_id: { in: courseIds }, ...(canReview ? { rank: { lte: perCourse } } : { comment_key: { in: reviews.map((review) => review.commentKey) } }) },
    orderBy: [{ course_id: 'asc' }, { rank: 'asc' }],
  });
  const decisionOf = new Map(reviews.map((review) => [review.commentKey, review.decision]));
  const comments: TComment[] = [];
  for (const { course } of certificate.courses) {
    const visible = rows
      .filter((row) => row.course_id === course.courseraCourseId)
      .map((row) => ({ row, decision: decisionOf.get(row.comment_key) ?? ('PENDING' as const) }))
      .filter(({ decision }) => canReview || decision === 'RELEASED')
      .slice(0, perCourse);
    for (const { row, decision } of visible) {
      comments.push({ key: row.comment_key, courseName: course.name, system: row.feedback_system, text: row.feedback_text, at: row.feedback_ts, decision });
    }
  }
  return { comments, canReview };
}
