// Server logs never carry learner-level data. Driver errors may quote row values in their message
// ("Key (learner_id)=(abc…) already exists", 'invalid input syntax for type integer: "x"'), so
// unexpected errors are logged by name, code, a message with quoted and bracketed values masked,
// and the stack's frames (code locations only).
export function toSafeLogLine(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const message = error.message.replace(/"[^"]*"|'[^']*'|\([^)]*\)|=\S+/g, '…');
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trim().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  return `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${message}\n${frames}`;
}
