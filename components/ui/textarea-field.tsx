import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/utils/cn';
import { describedBy } from './field';

/** A labelled multi-line input with its error message, styled and wired like components/ui/field. */
export function TextareaField({
  id,
  label,
  error,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: ReactNode; error?: string[] }) {
  const errorId = `${id}-error`;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, null, error)}
        className={cn('rounded-md border px-2 py-1.5 text-sm', error?.length ? 'border-red-500 bg-red-50' : 'border-slate-300 bg-white')}
        {...props}
      />
      {error?.length ? (
        <p id={errorId} className="text-xs text-red-700" role="alert">
          {error.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
