// Releasing or withholding a learner comment: quality managers only, and only comments of courses
// in a certificate of their scope. The comment must exist in the current data.
import type { TActor } from '@/lib/auth/actor';
import { canReviewComments } from '@/lib/auth/policies';
import { certificateScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { computeCommentKey } from './comment-key';
import type { TReviewCommentInput } from './schemas';

export async function reviewComment(actor: TActor, input: TReviewCommentInput): Promise<void> {
  const db = getDb();
  const certificate = await db.certificate.findFirst({ where: { AND: [{ slug: input.certificateSlug }, certificateScope(actor)] }, include: { courses: { include: { course: true } } } });
  if (!certificate) throw new NotFoundError('Certificate not found');
  if (!canReviewComments(actor)) throw new ForbiddenError('Only quality managers release comments for display');
  const courseIds = certificate.courses.flatMap(({ course }) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  const candidates = await db.exportCourseComment.findMany({ where: { course_id: { in: courseIds }, feedback_text: { not: null } } });
  const comment = candidates.find((row) => computeCommentKey(row) === input.commentKey);
  if (!comment) throw new NotFoundError('Comment not found');
  await db.commentReview.upsert({
    where: { commentKey: input.commentKey },
    update: { decision: input.decision, reviewedById: actor.userId, reviewedAt: new Date() },
    create: { commentKey: input.commentKey, courseraCourseId: comment.course_id, decision: input.decision, reviewedById: actor.userId, reviewedAt: new Date() },
  });
}
