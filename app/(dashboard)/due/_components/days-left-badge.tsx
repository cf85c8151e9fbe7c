import { Badge } from '@/components/ui/badge';
import { getT } from '@/lib/i18n/server';
import type { TDueRow } from '@/lib/notifications/list-due';

/** Days left in words ("in 10 days", "3 days overdue", "done"); the colour only repeats what the words say. */
export async function DaysLeftBadge({ row }: { row: Pick<TDueRow, 'daysLeft' | 'state'> }) {
  const t = await getT('due.badge');
  if (row.state === 'done') return <Badge tone="good">{t('done')}</Badge>;
  if (row.daysLeft === null) return <Badge tone="neutral">{t('noDueDate')}</Badge>;
  // "in 10 days", "tomorrow", "today", "1 day overdue", as describeDaysLeft (lib/notifications/due-warning.ts) words it.
  const words = row.daysLeft >= 0 ? t('ahead', { days: row.daysLeft }) : t('overdue', { days: -row.daysLeft });
  if (row.state === 'overdue') return <Badge tone="bad">{words}</Badge>;
  return <Badge tone={row.daysLeft <= 7 ? 'warning' : 'info'}>{words}</Badge>;
}
