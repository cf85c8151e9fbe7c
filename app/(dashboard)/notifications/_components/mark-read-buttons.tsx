'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
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
  const { isPending, error, run } = useMarkRead();
  return (
    <span className="flex items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={isPending}
        aria-label={`Mark read: ${title}`}
        onClick={() => run(() => markNotificationReadAction({ notificationId }))}
      >
        Mark read
      </Button>
      <ErrorText error={error} />
    </span>
  );
}

export function MarkAllReadButton({ unread }: { unread: number }) {
  const { isPending, error, run } = useMarkRead();
  return (
    <span className="flex items-center gap-2">
      <Button size="sm" variant="secondary" disabled={isPending || unread === 0} onClick={() => run(() => markAllNotificationsReadAction({}))}>
        Mark all read
      </Button>
      <ErrorText error={error} />
    </span>
  );
}
