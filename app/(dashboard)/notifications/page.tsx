import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { requireActor } from '@/lib/auth/session';
import type { NotificationKind } from '@/lib/db/generated/sqlite/enums';
import { getFormat, getT } from '@/lib/i18n/server';
import { listNotifications } from '@/lib/notifications/queries';
import { cn } from '@/lib/utils/cn';
import { MarkAllReadButton, MarkReadButton } from './_components/mark-read-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('notifications'))('title') };
}

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
  const [t, format] = await Promise.all([getT('notifications'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Card>
        <CardHeader
          title={t('unread', { count: unread })}
          description={t('description')}
          actions={notifications.length > 0 ? <MarkAllReadButton unread={unread} /> : null}
        />
        {notifications.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">
            {t.rich('none', {
              link: (chunks) => (
                <Link href="/due" className="text-blue-700 underline">
                  {chunks}
                </Link>
              ),
            })}
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
                    {notification.readAt ? null : <Badge tone="info">{t('unreadBadge')}</Badge>}
                    <Badge tone={KIND_TONE[notification.kind]}>{t(`kinds.${notification.kind}`)}</Badge>
                    <Link href={notification.href} className={cn('text-blue-700 hover:underline', notification.readAt ? '' : 'font-semibold')}>
                      {format.serverMessage(notification.title)}
                    </Link>
                  </div>
                  <span className="text-xs text-slate-600">
                    {t('dates', { due: format.date(notification.dueOn), warned: format.date(notification.createdAt) })}
                  </span>
                </div>
                {notification.readAt ? null : <MarkReadButton notificationId={notification.id} title={format.serverMessage(notification.title)} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
