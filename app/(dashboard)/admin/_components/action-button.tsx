'use client';

import { Button, type TButtonProps } from '@/components/ui/button';
import type { TActionResult } from '@/lib/auth/action';
import { useActionForm } from './use-action-form';

/**
 * One button that runs one server action with a fixed input (revoke, disable, unlock …), asks
 * first when the step cannot be undone, and shows the server's refusal beside it.
 */
export function ActionButton<TInput>({
  action,
  input,
  label,
  pendingLabel,
  confirmation,
  variant = 'secondary',
  ariaLabel,
}: {
  action: (input: TInput) => Promise<TActionResult<unknown>>;
  input: TInput;
  label: string;
  pendingLabel: string;
  /** Asked with the browser's confirm dialog before the action runs. */
  confirmation?: string;
  variant?: TButtonProps['variant'];
  ariaLabel?: string;
}) {
  const { submit, isPending, error } = useActionForm(action);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant={variant}
        disabled={isPending}
        aria-label={ariaLabel}
        onClick={() => {
          if (confirmation && !window.confirm(confirmation)) return;
          submit(input);
        }}
      >
        {isPending ? pendingLabel : label}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
