'use client';

// The one way client forms call a server action: pending state, the action's message and field
// errors, and a refresh of the server-rendered page after success.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { TActionResult } from '@/lib/auth/action';

export function useActionSubmit<TInput, TResult>(
  action: (input: TInput) => Promise<TActionResult<TResult>>,
  options: { onSuccess?: (data: TResult) => void } = {},
) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const submit = (input: TInput) =>
    startTransition(async () => {
      const result = await action(input);
      if (result.error !== undefined) {
        setFormError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setFormError(null);
      setFieldErrors({});
      options.onSuccess?.(result.data);
      router.refresh();
    });
  /** Shows a refusal found in the browser (two passwords differ) exactly as a server refusal. */
  const refuse = (message: string, errors: Record<string, string[]> = {}) => {
    setFormError(message);
    setFieldErrors(errors);
  };
  return { submit, refuse, isPending, formError, fieldErrors };
}
