// Which due-date warning applies on a given day. Pure: the generator, the due page and the tests
// all call it with their own `now`.
//
// Days are counted between UTC calendar dates (a due date is a calendar day, stored as midnight
// UTC), so the time of day at which the generator runs never changes the answer. The bands do not
// overlap and together cover every day from 30 days ahead onwards, so each warning kind belongs to
// one stretch of days; with the unique key (user, subject, kind, due date) it is stored once.
//
//   days left  > 30        → no warning
//   30 ≥ days left > 14    → DUE_IN_30_DAYS
//   14 ≥ days left > 7     → DUE_IN_14_DAYS
//    7 ≥ days left > 1     → DUE_IN_7_DAYS
//    1 ≥ days left ≥ 0     → DUE_IN_1_DAY   (due tomorrow or today: not yet past)
//        days left < 0     → OVERDUE        (from the day after the due date)
import type { NotificationKind } from '@/lib/db/generated/sqlite/enums';

const DAY_MS = 86_400_000;

/** The bands, nearest last; a kind applies when days left ≤ its `withinDays` and > the next one's. */
const BANDS: readonly { kind: NotificationKind; withinDays: number }[] = [
  { kind: 'DUE_IN_30_DAYS', withinDays: 30 },
  { kind: 'DUE_IN_14_DAYS', withinDays: 14 },
  { kind: 'DUE_IN_7_DAYS', withinDays: 7 },
  { kind: 'DUE_IN_1_DAY', withinDays: 1 },
];

function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole calendar days (UTC) from `now` to `dueOn`: 0 on the due day, negative once it has passed. */
export function computeDaysLeft(dueOn: Date, now: Date): number {
  return Math.round((startOfUtcDay(dueOn) - startOfUtcDay(now)) / DAY_MS);
}

/** The warning for this many days left, or null while the due date is more than 30 days away. */
export function computeDueWarningForDaysLeft(daysLeft: number): NotificationKind | null {
  if (daysLeft < 0) return 'OVERDUE';
  let kind: NotificationKind | null = null;
  for (const band of BANDS) if (daysLeft <= band.withinDays) kind = band.kind;
  return kind;
}

export function computeDueWarning(dueOn: Date, now: Date): NotificationKind | null {
  return computeDueWarningForDaysLeft(computeDaysLeft(dueOn, now));
}

export const DUE_WARNING_LABELS: Record<NotificationKind, string> = {
  DUE_IN_30_DAYS: 'Due within 30 days',
  DUE_IN_14_DAYS: 'Due within 14 days',
  DUE_IN_7_DAYS: 'Due within 7 days',
  DUE_IN_1_DAY: 'Due tomorrow or today',
  OVERDUE: 'Overdue',
};

/** "in 10 days", "tomorrow", "today", "1 day overdue": words, so the badge never relies on colour. */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft > 1) return `in ${daysLeft} days`;
  if (daysLeft === 1) return 'tomorrow';
  if (daysLeft === 0) return 'today';
  return daysLeft === -1 ? '1 day overdue' : `${-daysLeft} days overdue`;
}
