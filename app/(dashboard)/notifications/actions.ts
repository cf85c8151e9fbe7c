'use server';

import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mutations';
import { ZMarkAllNotificationsReadInput, ZMarkNotificationReadInput } from '@/lib/notifications/schemas';

export const markNotificationReadAction = authenticatedAction(ZMarkNotificationReadInput, async (actor, input) => {
  const result = await markNotificationRead(actor, input);
  revalidatePath('/notifications');
  return result;
});

export const markAllNotificationsReadAction = authenticatedAction(ZMarkAllNotificationsReadInput, async (actor) => {
  const result = await markAllNotificationsRead(actor);
  revalidatePath('/notifications');
  return result;
});
