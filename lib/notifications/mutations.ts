// Marking notifications read. Only the actor's own: the id is always combined with the actor's
// user id, so a forged id of someone else's notification matches nothing and reads as not found,
// exactly like an id that does not exist.
import type { TActor } from '@/lib/auth/actor';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import type { TMarkNotificationReadInput } from './schemas';

export async function markNotificationRead(actor: TActor, input: TMarkNotificationReadInput): Promise<{ notificationId: string }> {
  const db = getDb();
  const own = { id: input.notificationId, userId: actor.userId };
  // Reading it first tells "already read" (fine, nothing to do) apart from "not yours" (not found).
  const notification = await db.notification.findFirst({ where: own, select: { id: true } });
  if (!notification) throw new NotFoundError('Notification not found');
  await db.notification.updateMany({ where: { ...own, readAt: null }, data: { readAt: getNow() } });
  return { notificationId: notification.id };
}

export async function markAllNotificationsRead(actor: TActor): Promise<{ marked: number }> {
  const result = await getDb().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: getNow() } });
  return { marked: result.count };
}
