import type { ReactNode, SelectHTMLAttributes } from 'react';
import { cn } from '@/lib/utils/cn';
import { describedBy } from './field';

export type TSelectOption = { value: string; label: string };

/**
 * A labelled select with its error message, wired for screen readers like Field. Options come as
 * a list (with an optional empty placeholder first) or as <option> children.
 */
export function SelectField({
  id,
  label,
  error,
  hint,
  options,
  placeholder,
  className,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: ReactNode;
  error?: string[];
  hint?: ReactNode;
  options?: readonly TSelectOption[];
  placeholder?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn('rounded-md border px-2 py-1.5 text-sm', error?.length ? 'border-red-500 bg-red-50' : 'border-slate-300 bg-white')}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
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
