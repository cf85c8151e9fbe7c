'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { TActionResult } from '@/lib/auth/action';

/**
 * Runs one loop action from a form: pending state, the refusal message and field errors as the
 * server gave them, and a refresh (or the caller's own step) when it succeeded.
 */
export function useLoopAction<TInput, TResult>(action: (input: TInput) => Promise<TActionResult<TResult>>, onSuccess?: (data: TResult) => void) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const run = (input: TInput) =>
    startTransition(async () => {
      const result = await action(input);
      if (result.error !== undefined) {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      if (onSuccess) onSuccess(result.data);
      else router.refresh();
    });
  return { run, isPending, error, fieldErrors };
}
