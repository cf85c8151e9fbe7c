// Learner comments (course reviews and NPS reasons) of a certificate's courses. Quality managers
// see every comment with its review state and decide; everyone else sees released comments only.
// Comments are returned as plain text; pages render them as text, never as HTML.
import type { TActor } from '@/lib/auth/actor';
import { canReviewComments } from '@/lib/auth/policies';
import { certificateScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { computeCommentKey } from './comment-key';

const PER_COURSE = 20;

export type TComment = { key: string; courseName: string; system: string | null; text: string; at: Date | null; decision: 'RELEASED' | 'WITHHELD' | 'PENDING' };

export async function listCertificateComments(actor: TActor, slug: string): Promise<{ comments: TComment[]; canReview: boolean }> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({ where: { AND: [{ slug }, certificateScope(actor)] }, include: { courses: { include: { course: true }, orderBy: { position: 'asc' } } } });
  if (!certificate) throw new NotFoundError('Certificate not found');
  const canReview = canReviewComments(actor);
  const comments: TComment[] = [];
  for (const { course } of certificate.courses) {
    if (!course.courseraCourseId) continue;
    const reviews = await db.commentReview.findMany({ where: { courseraCourseId: course.courseraCourseId } });
    const decisionOf = new Map(reviews.map((review) => [review.commentKey, review.decision]));
    // Reviewers page through everything; readers get the released ones only.
    const rows = await db.exportCourseComment.findMany({
      where: { course_id: course.courseraCourseId, feedback_text: { not: null } },
      orderBy: [{ feedback_ts: 'desc' }, { id: 'asc' }],
      take: canReview ? PER_COURSE : 500,
    });
    let shown = 0;
    for (const row of rows) {
      const key = computeCommentKey(row);
      const decision = decisionOf.get(key) ?? 'PENDING';
      if (!canReview && decision !== 'RELEASED') continue;
      if (shown >= PER_COURSE) break;
      shown += 1;
      comments.push({ key, courseName: course.name, system: row.feedback_system, text: row.feedback_text ?? '', at: row.feedback_ts, decision });
    }
  }
  return { comments, canReview };
}
