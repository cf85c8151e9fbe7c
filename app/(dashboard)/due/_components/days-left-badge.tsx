import { Badge } from '@/components/ui/badge';
import { describeDaysLeft } from '@/lib/notifications/due-warning';
import type { TDueRow } from '@/lib/notifications/list-due';

/** Days left in words ("in 10 days", "3 days overdue", "done"); the colour only repeats what the words say. */
export function DaysLeftBadge({ row }: { row: Pick<TDueRow, 'daysLeft' | 'state'> }) {
  if (row.state === 'done') return <Badge tone="good">done</Badge>;
  if (row.daysLeft === null) return <Badge tone="neutral">no due date</Badge>;
  if (row.state === 'overdue') return <Badge tone="bad">{describeDaysLeft(row.daysLeft)}</Badge>;
  return <Badge tone={row.daysLeft <= 7 ? 'warning' : 'info'}>{describeDaysLeft(row.daysLeft)}</Badge>;
}
