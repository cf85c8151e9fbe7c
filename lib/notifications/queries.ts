// Reads of the actor's own notifications. A notification belongs to exactly one user, so the scope
// here is "userId = the actor" rather than a fragment of lib/auth/scope.ts: nobody, whatever their
// role, reads another user's notifications.
import type { TActor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';

/** Newest first; `limit` keeps the page short for someone who never marks anything read. */
export async function listNotifications(actor: TActor, { limit = 200 }: { limit?: number } = {}) {
  return getDb().notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, kind: true, title: true, href: true, dueOn: true, createdAt: true, readAt: true },
  });
}

export type TNotificationListEntry = Awaited<ReturnType<typeof listNotifications>>[number];

export async function countUnreadNotifications(actor: TActor): Promise<number> {
  return getDb().notification.count({ where: { userId: actor.userId, readAt: null } });
}
