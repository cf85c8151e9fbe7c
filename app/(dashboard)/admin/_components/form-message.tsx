/** The top-level outcome of a form: what went wrong (and that nothing changed), or what was done. */
export function FormMessage({ error, success, formErrors }: { error: string | null; success?: string | null; formErrors?: string[] }) {
  if (error) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
        {error}
        {formErrors?.length ? ` ${formErrors.join(' ')}` : ''}
      </p>
    );
  }
  if (success) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="form-success">
        {success}
      </p>
    );
  }
  return null;
}
