import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

type TFrameProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string[]; className?: string };

/**
 * What every form control shares: the attributes that tie it to its hint and error (read out by
 * screen readers with the control) and mark it invalid, and the border that shows it.
 */
export function controlProps({ id, hint, error }: Pick<TFrameProps, 'id' | 'hint' | 'error'>) {
  const describedBy = [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error?.length ? true : undefined,
    'aria-describedby': describedBy || undefined,
    className: cn('rounded-md border px-2 py-1.5 text-sm', error?.length ? 'border-red-500 bg-red-50' : 'border-slate-300 bg-white'),
  } as const;
}

/** The label above a control, and its hint and error below it. */
export function FieldFrame({ id, label, hint, error, className, children }: TFrameProps & { children: ReactNode }) {
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className="text-xs text-red-700" role="alert">
          {error.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
