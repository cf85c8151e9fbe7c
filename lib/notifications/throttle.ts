// Runs a task at most once per interval, and lets callers that arrive while it runs wait for that
// same run instead of starting another. A failed run is reported and counts as a run, so a broken
// database is not hammered on every request.

import { toSafeLogLine } from '@/lib/safe-log';

export type TThrottledTask = () => Promise<void>;

export function createThrottledTask(
  task: () => Promise<unknown>,
  intervalMs: number,
  options: { clock?: () => number; onError?: (error: unknown) => void } = {},
): TThrottledTask {
  const clock = options.clock ?? Date.now;
  const onError = options.onError ?? ((error: unknown) => console.error(toSafeLogLine(error)));
  let lastStartedAt: number | null = null;
  let running: Promise<void> | null = null;
  return () => {
    if (running) return running;
    if (lastStartedAt !== null && clock() - lastStartedAt < intervalMs) return Promise.resolve();
    lastStartedAt = clock();
    running = task()
      .then(
        () => undefined,
        (error: unknown) => {
          onError(error);
        },
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
}
