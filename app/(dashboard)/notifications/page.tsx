import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { requireActor } from '@/lib/auth/session';
import type { NotificationKind } from '@/lib/db/generated/sqlite/enums';
import { DUE_WARNING_LABELS } from '@/lib/notifications/due-warning';
import { listNotifications } from '@/lib/notifications/queries';
import { cn } from '@/lib/utils/cn';
import { formatDate } from '@/lib/utils/format';
import { MarkAllReadButton, MarkReadButton } from './_components/mark-read-buttons';

export const metadata: Metadata = { title: 'Notifications' };

const KIND_TONE: Record<NotificationKind, TBadgeTone> = {
  DUE_IN_30_DAYS: 'info',
  DUE_IN_14_DAYS: 'info',
  DUE_IN_7_DAYS: 'warning',
  DUE_IN_1_DAY: 'warning',
  OVERDUE: 'bad',
};

export default async function NotificationsPage() {
  const actor = await requireActor();
  const notifications = await listNotifications(actor);
  const unread = notifications.filter((notification) => !notification.readAt).length;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <Card>
        <CardHeader
          title={`${unread} unread`}
          description="Due-date warnings 30, 14, 7 and 1 days before, and when overdue, for what is assigned to you or your organisation (and, for quality managers, everything of the platform)."
          actions={notifications.length > 0 ? <MarkAllReadButton unread={unread} /> : null}
        />
        {notifications.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">
            No notifications yet. Everything that is due is listed on the{' '}
            <Link href="/due" className="text-blue-700 underline">
              Due
            </Link>{' '}
            page.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="notifications">
            {notifications.map((notification) => (
              <li
                key={notification.id}
                className={cn('flex flex-wrap items-start justify-between gap-2 px-4 py-3 text-sm', notification.readAt ? 'text-slate-600' : 'bg-blue-50/40')}
                data-testid="notification"
                data-notification-id={notification.id}
              >
                <div className="flex flex-col gap-1">
                  <div className="flex flex-wrap items-center gap-2">
                    {notification.readAt ? null : <Badge tone="info">Unread</Badge>}
                    <Badge tone={KIND_TONE[notification.kind]}>{DUE_WARNING_LABELS[notification.kind]}</Badge>
                    <Link href={notification.href} className={cn('text-blue-700 hover:underline', notification.readAt ? '' : 'font-semibold')}>
                      {notification.title}
                    </Link>
                  </div>
                  <span className="text-xs text-slate-600">
                    Due {formatDate(notification.dueOn)} · warned {formatDate(notification.createdAt)}
                  </span>
                </div>
                {notification.readAt ? null : <MarkReadButton notificationId={notification.id} title={notification.title} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
