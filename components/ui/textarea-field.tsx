import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { controlProps, FieldFrame } from './field-frame';

/** A labelled multi-line input with its error message, styled and wired like components/ui/field. */
export function TextareaField({
  id,
  label,
  error,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: ReactNode; error?: string[] }) {
  return (
    <FieldFrame id={id} label={label} error={error} className={className}>
      <textarea rows={3} {...controlProps({ id, error })} {...props} />
    </FieldFrame>
  );
}
