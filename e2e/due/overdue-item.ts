// Shared by the due-page journey and its fixture script (which the spec runs, never imports).
export const OVERDUE_ITEM_TITLE = 'E2E overdue check of the workload evidence';
export const OVERDUE_BY_DAYS = 3;
