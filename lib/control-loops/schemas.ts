// Input schemas of control loops and measures, shared by the forms, the server actions and tests.
import { z } from 'zod';
import { ZDay } from '@/lib/conditions/schemas';

const ZId = z.string().trim().min(1, 'Choose one').max(64);

export const ZCreateControlLoopInput = z.object({
  certificateSlug: z.string().trim().min(1).max(200),
  title: z.string().trim().min(3, 'Name the loop (at least 3 characters)').max(200),
  baselineWaveId: ZId,
});
export type TCreateControlLoopInput = z.infer<typeof ZCreateControlLoopInput>;

export const ZAddMeasureInput = z.object({
  loopId: ZId,
  title: z.string().trim().min(3, 'Describe the measure (at least 3 characters)').max(300),
  ownerOrganisationId: ZId,
  ownerUserId: ZId.nullable(),
  dueOn: ZDay,
  expectedEffect: z.string().trim().min(5, 'Say what the measure should change (at least 5 characters)').max(2000),
});
export type TAddMeasureInput = z.infer<typeof ZAddMeasureInput>;

export const ZUpdateMeasureStatusInput = z.object({
  measureId: ZId,
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED']),
});
export type TUpdateMeasureStatusInput = z.infer<typeof ZUpdateMeasureStatusInput>;

export const ZAttachFollowUpWaveInput = z.object({
  loopId: ZId,
  followUpWaveId: ZId,
});
export type TAttachFollowUpWaveInput = z.infer<typeof ZAttachFollowUpWaveInput>;

export const ZCloseControlLoopInput = z.object({
  loopId: ZId,
  closingNote: z.string().trim().min(10, 'Say what the loop achieved (at least 10 characters)').max(5000),
});
export type TCloseControlLoopInput = z.infer<typeof ZCloseControlLoopInput>;

export const ZAttachLoopToConditionInput = z.object({
  loopId: ZId,
  checklistItemId: ZId,
});
export type TAttachLoopToConditionInput = z.infer<typeof ZAttachLoopToConditionInput>;
