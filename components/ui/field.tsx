import type { InputHTMLAttributes, ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

/** The ids a field's description is read from: its hint, then its error; undefined when it has neither. */
export function describedBy(id: string, hint: ReactNode, error: string[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled input with its hint and error message, both read out by screen readers with the input. */
export function Field({
  id,
  label,
  error,
  hint,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: ReactNode; error?: string[]; hint?: ReactNode }) {
  const errorId = `${id}-error`;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn('rounded-md border px-2 py-1.5 text-sm', error?.length ? 'border-red-500 bg-red-50' : 'border-slate-300 bg-white')}
        {...props}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={errorId} className="text-xs text-red-700" role="alert">
          {error.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
