// What counts as open work with a due date, and where it lives in the app. Shared by the
// notification generator and the due page, so both agree on what is still due.
import type { ChecklistItemStatus, ConditionStatus, MeasureStatus } from '@/lib/db/generated/sqlite/enums';

/** The `subjectType` stored on a notification. */
export type TSubjectType = 'checklist-item' | 'measure';

/** A committee decision closes a condition's checklist; EXTENDED keeps it open with a new date. */
export const CLOSED_CONDITION_STATUSES: ConditionStatus[] = ['FULFILLED', 'NOT_FULFILLED'];
export const OPEN_MEASURE_STATUSES: MeasureStatus[] = ['PLANNED', 'IN_PROGRESS'];

export function isChecklistItemOpen(itemStatus: ChecklistItemStatus, conditionStatus: ConditionStatus): boolean {
  return itemStatus !== 'DONE' && !CLOSED_CONDITION_STATUSES.includes(conditionStatus);
}

export function isMeasureOpen(status: MeasureStatus): boolean {
  return OPEN_MEASURE_STATUSES.includes(status);
}

export function checklistItemHref(procedureId: string, itemId: string): string {
  return `/procedures/${encodeURIComponent(procedureId)}/checklist/${encodeURIComponent(itemId)}`;
}

export function measureHref(certificateSlug: string, loopId: string): string {
  return `/certificates/${encodeURIComponent(certificateSlug)}/loops/${encodeURIComponent(loopId)}`;
}
