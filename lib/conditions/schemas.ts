// Input schemas of the condition workflow, shared by forms, server actions and tests.
import { z } from 'zod';

const ZId = z.string().trim().min(1).max(64);
/** A calendar date from a date input (YYYY-MM-DD), as midnight UTC. */
export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31')
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .refine((date) => !Number.isNaN(date.getTime()), 'Not a calendar date');

export const ZCreateConditionInput = z.object({
  procedureId: ZId,
  number: z.number({ error: 'The number must be a whole number' }).int('The number must be a whole number').min(1, 'Numbers start at 1').max(999),
  chapter: z.string().trim().min(1, 'Give the report chapter').max(20),
  criterion: z.string().trim().min(1, 'Give the criterion').max(300),
  text: z.string().trim().min(10, 'The condition text needs at least 10 characters').max(5000),
  /** Null: inferred from the text ("for each of the six courses" → one item per certificate). */
  checklistScope: z.enum(['CONDITION', 'CERTIFICATE', 'COURSE']).nullable(),
  dueOn: ZDay.nullable(),
});
export type TCreateConditionInput = z.infer<typeof ZCreateConditionInput>;

export const ZChangeConditionStatusInput = z.object({
  conditionId: ZId,
  status: z.enum(['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'FULFILLED', 'NOT_FULFILLED', 'EXTENDED']),
});
export type TChangeConditionStatusInput = z.infer<typeof ZChangeConditionStatusInput>;

export const ZRecordCommitteeDecisionInput = z.object({
  conditionId: ZId,
  decision: z.enum(['FULFILLED', 'NOT_FULFILLED', 'EXTENDED']),
  decidedOn: ZDay,
  meeting: z.string().trim().min(1, 'Name the committee meeting').max(200),
  note: z.string().trim().max(2000).nullable(),
  extendedUntil: ZDay.nullable(),
});
export type TRecordCommitteeDecisionInput = z.infer<typeof ZRecordCommitteeDecisionInput>;

export const ZUpdateChecklistItemInput = z.object({
  itemId: ZId,
  assigneeOrganisationId: ZId,
  assigneeUserId: ZId.nullable(),
  dueOn: ZDay.nullable(),
});
export type TUpdateChecklistItemInput = z.infer<typeof ZUpdateChecklistItemInput>;

export const ZSetChecklistItemStatusInput = z.object({
  itemId: ZId,
  status: z.enum(['OPEN', 'IN_PROGRESS', 'DONE']),
});
export type TSetChecklistItemStatusInput = z.infer<typeof ZSetChecklistItemStatusInput>;
