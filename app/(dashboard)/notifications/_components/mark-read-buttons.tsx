'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import type { TActionResult } from '@/lib/auth/action';
import { markAllNotificationsReadAction, markNotificationReadAction } from '../actions';

/** Runs an action, then refreshes the route so the list and the shell's unread count both update. */
function useMarkRead() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<TActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      if (result.error !== undefined) setError(result.error);
      else {
        setError(null);
        router.refresh();
      }
    });
  return { isPending, error, run };
}

function ErrorText({ error }: { error: string | null }) {
  return error ? (
    <span role="alert" className="text-xs text-red-700">
      {error}
    </span>
  ) : null;
}

export function MarkReadButton({ notificationId, title }: { notificationId: string; title: string }) {
  const t = useTranslations('notifications');
  const { isPending, error, run } = useMarkRead();
  return (
    <span className="flex items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={isPending}
        aria-label={t('markReadLabel', { title })}
        onClick={() => run(() => markNotificationReadAction({ notificationId }))}
      >
        {t('markRead')}
      </Button>
      <ErrorText error={error} />
    </span>
  );
}

export function MarkAllReadButton({ unread }: { unread: number }) {
  const t = useTranslations('notifications');
  const { isPending, error, run } = useMarkRead();
  return (
    <span className="flex items-center gap-2">
      <Button size="sm" variant="secondary" disabled={isPending || unread === 0} onClick={() => run(() => markAllNotificationsReadAction({}))}>
        {t('markAllRead')}
      </Button>
      <ErrorText error={error} />
    </span>
  );
}
