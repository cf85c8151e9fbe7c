import { expect, test } from 'vitest';
import { createThrottledTask } from './throttle';

const MINUTE = 60_000;

test('runs at most once per interval and again once the interval has passed', async () => {
  let now = 0;
  let runs = 0;
  const refresh = createThrottledTask(async () => (runs += 1), 10 * MINUTE, { clock: () => now });
  await refresh();
  now = 9 * MINUTE;
  await refresh();
  expect(runs).toBe(1);
  now = 10 * MINUTE;
  await refresh();
  expect(runs).toBe(2);
});

test('callers arriving during a run wait for that run and do not start another', async () => {
  let runs = 0;
  let finish: () => void = () => {};
  const refresh = createThrottledTask(
    () =>
      new Promise<void>((resolve) => {
        runs += 1;
        finish = resolve;
      }),
    10 * MINUTE,
  );
  const first = refresh();
  const second = refresh();
  let secondSettled = false;
  void second.then(() => (secondSettled = true));
  await Promise.resolve();
  expect(secondSettled).toBe(false);
  finish();
  await Promise.all([first, second]);
  expect(secondSettled).toBe(true);
  expect(runs).toBe(1);
});

test('a failing run is reported, does not reject, and is not retried within the interval', async () => {
  let now = 0;
  const errors: unknown[] = [];
  let runs = 0;
  const refresh = createThrottledTask(
    async () => {
      runs += 1;
      throw new Error('database unavailable');
    },
    10 * MINUTE,
    { clock: () => now, onError: (error) => errors.push(error) },
  );
  await expect(refresh()).resolves.toBeUndefined();
  now = MINUTE;
  await refresh();
  expect(runs).toBe(1);
  expect(errors).toHaveLength(1);
  expect((errors[0] as Error).message).toBe('database unavailable');
});
