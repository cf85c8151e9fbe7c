// Input schemas of procedure edits (recommendations, quality profile), shared by forms and actions.
import { z } from 'zod';

const ZId = z.string().trim().min(1).max(64);

export const ZUpdateRecommendationStatusInput = z.object({
  recommendationId: ZId,
  status: z.enum(['OPEN', 'ADDRESSED', 'DECLINED']),
});
export type TUpdateRecommendationStatusInput = z.infer<typeof ZUpdateRecommendationStatusInput>;

const ZQualityRating = z.enum(['EXCEPTIONAL', 'EXCEEDS', 'MEETS', 'DOES_NOT_MEET', 'NOT_RELEVANT', 'CONDITION'], { error: 'Choose a rating' });

const ZCriterionFields = {
  criterionCode: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)*$/, 'A criterion code looks like 3.1.2'),
  criterionTitle: z.string().trim().min(3, 'The title needs at least 3 characters').max(300),
  isAsterisk: z.boolean(),
  rating: ZQualityRating,
  note: z.string().trim().max(2000).nullable(),
};

export const ZUpdateQualityProfileRatingInput = z.object({ ratingId: ZId, ...ZCriterionFields });
export type TUpdateQualityProfileRatingInput = z.infer<typeof ZUpdateQualityProfileRatingInput>;

export const ZAddQualityProfileCriterionInput = z.object({ procedureId: ZId, ...ZCriterionFields });
export type TAddQualityProfileCriterionInput = z.infer<typeof ZAddQualityProfileCriterionInput>;

export const ZRemoveQualityProfileCriterionInput = z.object({ ratingId: ZId });
export type TRemoveQualityProfileCriterionInput = z.infer<typeof ZRemoveQualityProfileCriterionInput>;
