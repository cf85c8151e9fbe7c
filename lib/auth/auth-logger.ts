// next-auth's logger, reduced to codes and error messages. Its default logs the metadata object,
// which for a failed single sign-on holds the identity provider's profile of the person; the
// server log is no place for that. Debug output is dropped altogether.
import type { LoggerInstance } from 'next-auth';

function describeError(metadata: unknown): string {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | null)?.error;
  return error instanceof Error ? `: ${error.name}: ${error.message}` : '';
}

export const authLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    console.error(`[auth] ${code}${describeError(metadata)}`);
  },
  warn(code) {
    console.warn(`[auth] ${code}`);
  },
  debug() {},
};
