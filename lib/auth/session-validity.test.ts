import { expect, test } from 'vitest';
import { isSessionCurrent } from './session-validity';

const HOUR = 3_600_000;
const now = new Date('2026-03-02T12:00:00.000Z');
const signedIn = (hoursAgo: number) => now.getTime() - hoursAgo * HOUR;

test('a session lives for the configured hours from sign-in, however often it is renewed', () => {
  expect(isSessionCurrent(signedIn(7.9), null, now, 8 * HOUR)).toBe(true);
  expect(isSessionCurrent(signedIn(8), null, now, 8 * HOUR)).toBe(false);
  expect(isSessionCurrent(signedIn(1), null, now, 0.5 * HOUR)).toBe(false);
});

test('signing out everywhere voids sessions begun before it, not those begun after', () => {
  const signOutAt = new Date(signedIn(2));
  expect(isSessionCurrent(signedIn(3), signOutAt, now, 8 * HOUR)).toBe(false);
  expect(isSessionCurrent(signOutAt.getTime(), signOutAt, now, 8 * HOUR)).toBe(true);
  expect(isSessionCurrent(signedIn(1), signOutAt, now, 8 * HOUR)).toBe(true);
});

test('a missing sign-in time is refused; one after now (a clock moved back in tests) is not', () => {
  expect(isSessionCurrent(Number.NaN, null, now, 8 * HOUR)).toBe(false);
  expect(isSessionCurrent(now.getTime() + 2 * HOUR, null, now, 8 * HOUR)).toBe(true);
});
