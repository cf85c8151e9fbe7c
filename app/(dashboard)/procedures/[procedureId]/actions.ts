'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { changeConditionStatus, createCondition, recordCommitteeDecision } from '@/lib/conditions/mutations';
import { ZChangeConditionStatusInput, ZCreateConditionInput, ZRecordCommitteeDecisionInput } from '@/lib/conditions/schemas';
import { addQualityProfileCriterion, removeQualityProfileCriterion, updateQualityProfileRating, updateRecommendationStatus } from '@/lib/procedures/mutations';
import {
  ZAddQualityProfileCriterionInput,
  ZRemoveQualityProfileCriterionInput,
  ZUpdateQualityProfileRatingInput,
  ZUpdateRecommendationStatusInput,
} from '@/lib/procedures/schemas';

const refresh = <T extends { procedureId: string }>(result: T): T => {
  revalidatePath(`/procedures/${result.procedureId}`);
  return result;
};

export const createConditionAction = authenticatedAction(ZCreateConditionInput, async (actor, input) =>
  refresh({ ...(await createCondition(actor, input)), procedureId: input.procedureId }),
);
export const changeConditionStatusAction = authenticatedAction(ZChangeConditionStatusInput, async (actor, input) =>
  refresh(await changeConditionStatus(actor, input)),
);
export const recordCommitteeDecisionAction = authenticatedAction(ZRecordCommitteeDecisionInput, async (actor, input) =>
  refresh(await recordCommitteeDecision(actor, input)),
);
export const updateRecommendationStatusAction = authenticatedAction(ZUpdateRecommendationStatusInput, async (actor, input) =>
  refresh(await updateRecommendationStatus(actor, input)),
);
export const updateQualityProfileRatingAction = authenticatedAction(ZUpdateQualityProfileRatingInput, async (actor, input) =>
  refresh(await updateQualityProfileRating(actor, input)),
);
export const addQualityProfileCriterionAction = authenticatedAction(ZAddQualityProfileCriterionInput, async (actor, input) =>
  refresh(await addQualityProfileCriterion(actor, input)),
);
export const removeQualityProfileCriterionAction = authenticatedAction(ZRemoveQualityProfileCriterionInput, async (actor, input) =>
  refresh(await removeQualityProfileCriterion(actor, input)),
);
