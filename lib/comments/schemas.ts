import { z } from 'zod';

export const ZReviewCommentInput = z.object({
  certificateSlug: z.string().trim().min(1),
  commentKey: z.string().regex(/^[0-9a-f]{64}$/, 'Not a comment reference'),
  decision: z.enum(['RELEASED', 'WITHHELD']),
});

export type TReviewCommentInput = z.infer<typeof ZReviewCommentInput>;
