import type { InputHTMLAttributes, ReactNode } from 'react';
import { controlProps, FieldFrame } from './field-frame';

/** A labelled input with its hint and error message, both read out by screen readers with the input. */
export function Field({
  id,
  label,
  error,
  hint,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: ReactNode; error?: string[]; hint?: ReactNode }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input {...controlProps({ id, hint, error })} {...props} />
    </FieldFrame>
  );
}
