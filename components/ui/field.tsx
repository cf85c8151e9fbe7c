import type { InputHTMLAttributes, ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

/** A labelled input with its error message, wired for screen readers. */
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
        aria-describedby={error?.length ? errorId : undefined}
        className={cn('rounded-md border px-2 py-1.5 text-sm', error?.length ? 'border-red-500 bg-red-50' : 'border-slate-300 bg-white')}
        {...props}
      />
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error?.length ? (
        <p id={errorId} className="text-xs text-red-700" role="alert">
          {error.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
