'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { TActionResult } from '@/lib/auth/action';

/**
 * The state every administration form shares: run a server action, keep its top-level error and
 * field errors for display, refresh the page's server data on success.
 */
export function useActionForm<TInput, TResult>(action: (input: TInput) => Promise<TActionResult<TResult>>) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  function submit(input: TInput, onSuccess?: (data: TResult) => void) {
    startTransition(async () => {
      const result = await action(input);
      if (result.error !== undefined) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      onSuccess?.(result.data);
      router.refresh();
    });
  }

  return { submit, isPending, error, fieldErrors };
}
