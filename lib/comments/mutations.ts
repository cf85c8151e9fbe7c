// Releasing or withholding a learner comment: quality managers only, and only comments of courses
// in a certificate of their scope. The comment must be one of the reviewable (newest) comments.
import type { TActor } from '@/lib/auth/actor';
import { canReviewComments } from '@/lib/auth/policies';
import { certificateScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import type { TReviewCommentInput } from './schemas';

export async function reviewComment(actor: TActor, input: TReviewCommentInput): Promise<void> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({ where: { AND: [{ slug: input.certificateSlug }, certificateScope(actor)] }, include: { courses: { include: { course: true } } } });
  if (!certificate) throw new NotFoundError('Certificate not found');
  if (!canReviewComments(actor)) throw new ForbiddenError('Only quality managers release comments for display');
  const courseIds = certificate.courses.flatMap(({ course }) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  const comment = await db.summaryCourseComment.findFirst({ where: { comment_key: input.commentKey, course_id: { in: courseIds } } });
  if (!comment) throw new NotFoundError('Comment not found');
  await db.commentReview.upsert({
    where: { commentKey: input.commentKey },
    update: { decision: input.decision, reviewedById: actor.userId, reviewedAt: new Date() },
    create: { commentKey: input.commentKey, courseraCourseId: comment.course_id, decision: input.decision, reviewedById: actor.userId, reviewedAt: new Date() },
  });
}
