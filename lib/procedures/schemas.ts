// Input schemas of procedure edits (recommendations, quality profile), shared by forms and actions.
import { z } from 'zod';
import { ZDay } from '@/lib/conditions/schemas';

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

/** A new accreditation procedure as the agency's decision letter states it. */
export const ZCreateProcedureInput = z
  .object({
    agencyOrganisationId: ZId,
    projectNumber: z.string().trim().min(1, "Give the agency's project number").max(60),
    type: z.string().trim().min(3, 'Describe the procedure, e.g. "Certification of online courses"').max(300),
    decision: z.string().trim().max(300).nullable(),
    openedOn: ZDay.nullable(),
    committeeMeetingOn: ZDay.nullable(),
    certificationFrom: ZDay.nullable(),
    certificationUntil: ZDay.nullable(),
    proofOfConditionsDueOn: ZDay.nullable(),
    certificateIds: z.array(ZId).min(1, 'Choose at least one certificate the procedure covers').max(100),
  })
  .refine((input) => !input.certificationFrom || !input.certificationUntil || input.certificationUntil > input.certificationFrom, {
    message: 'The certification period must end after it starts',
    path: ['certificationUntil'],
  });
export type TCreateProcedureInput = z.infer<typeof ZCreateProcedureInput>;
