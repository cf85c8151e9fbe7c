/** The server's refusal above a form; field messages stay beside their fields. */
export function FormError({ error, testId }: { error: string | null; testId?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid={testId}>
      {error}
    </p>
  );
}
