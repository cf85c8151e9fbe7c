'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { reviewComment } from '@/lib/comments/mutations';
import { ZReviewCommentInput } from '@/lib/comments/schemas';

export const reviewCommentAction = authenticatedAction(ZReviewCommentInput, async (actor, input) => {
  await reviewComment(actor, input);
  revalidatePath(`/certificates/${input.certificateSlug}/dashboard`);
  return { decision: input.decision };
});
