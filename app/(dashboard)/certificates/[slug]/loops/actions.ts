'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { addMeasure, attachFollowUpWave, attachLoopToCondition, closeControlLoop, createControlLoop, updateMeasureStatus } from '@/lib/control-loops/mutations';
import {
  ZAddMeasureInput,
  ZAttachFollowUpWaveInput,
  ZAttachLoopToConditionInput,
  ZCloseControlLoopInput,
  ZCreateControlLoopInput,
  ZUpdateMeasureStatusInput,
} from '@/lib/control-loops/schemas';

/** The list and the loop's own page both show its status, so both are refreshed after a change. */
function revalidateLoop(result: { slug: string; loopId: string }) {
  revalidatePath(`/certificates/${result.slug}/loops`);
  revalidatePath(`/certificates/${result.slug}/loops/${result.loopId}`);
}

export const createControlLoopAction = authenticatedAction(ZCreateControlLoopInput, async (actor, input) => {
  const result = await createControlLoop(actor, input);
  revalidateLoop(result);
  return result;
});

export const addMeasureAction = authenticatedAction(ZAddMeasureInput, async (actor, input) => {
  const result = await addMeasure(actor, input);
  revalidateLoop(result);
  return { measureId: result.measureId };
});

export const updateMeasureStatusAction = authenticatedAction(ZUpdateMeasureStatusInput, async (actor, input) => {
  const result = await updateMeasureStatus(actor, input);
  revalidateLoop(result);
  return { status: input.status };
});

export const attachFollowUpWaveAction = authenticatedAction(ZAttachFollowUpWaveInput, async (actor, input) => {
  const result = await attachFollowUpWave(actor, input);
  revalidateLoop(result);
  return { loopId: result.loopId };
});

export const closeControlLoopAction = authenticatedAction(ZCloseControlLoopInput, async (actor, input) => {
  const result = await closeControlLoop(actor, input);
  revalidateLoop(result);
  return { loopId: result.loopId };
});

export const attachLoopToConditionAction = authenticatedAction(ZAttachLoopToConditionInput, async (actor, input) => {
  const result = await attachLoopToCondition(actor, input);
  revalidateLoop(result);
  return { evidenceId: result.evidenceId, revision: result.revision };
});
