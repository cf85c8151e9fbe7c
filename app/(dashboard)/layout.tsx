import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireActor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { countUnreadNotifications } from '@/lib/notifications/queries';
import { refreshDueNotificationsIfStale } from '@/lib/notifications/refresh-due-notifications';

// The shell makes no access decisions beyond "signed in"; each page checks its own scope.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // Generates due-date warnings at most every 10 minutes per process, so the count is current without a scheduler.
  await refreshDueNotificationsIfStale();
  const [organisation, unreadNotifications] = await Promise.all([
    getDb().organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } }),
    countUnreadNotifications(actor),
  ]);
  return (
    <AppShell actor={actor} organisationName={organisation?.name ?? ''} unreadNotifications={unreadNotifications}>
      {children}
    </AppShell>
  );
}
