import type { ReactNode, SelectHTMLAttributes } from 'react';
import { controlProps, FieldFrame } from './field-frame';

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select {...controlProps({ id, hint, error })} {...props}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
}
