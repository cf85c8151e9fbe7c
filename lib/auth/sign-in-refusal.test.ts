import { expect, test } from 'vitest';
import { decodeSignInRefusal, describeSignInRefusal, encodeSignInRefusal, formatClockTime, type TSignInRefusal } from './sign-in-refusal';

const now = new Date('2026-03-02T09:00:00.000Z');

test('refusals survive the round trip through the error parameter', () => {
  const refusals: TSignInRefusal[] = [
    { kind: 'address-limited', retryAt: new Date('2026-03-02T09:14:10.000Z') },
    { kind: 'locked', lockedUntil: new Date('2026-03-02T09:15:00.000Z') },
    { kind: 'sso', code: 'no-role' },
    { kind: 'sso-failed' },
    { kind: 'invalid' },
  ];
  for (const refusal of refusals) expect(decodeSignInRefusal(encodeSignInRefusal(refusal))).toEqual(refusal);
});

test("next-auth's own codes and forged values decode to something safe", () => {
  expect(decodeSignInRefusal('CredentialsSignin')).toEqual({ kind: 'invalid' });
  expect(decodeSignInRefusal('OAuthCallback')).toEqual({ kind: 'sso-failed' });
  expect(decodeSignInRefusal('certqa:locked:yesterday')).toEqual({ kind: 'invalid' });
  expect(decodeSignInRefusal('certqa:sso:<script>')).toEqual({ kind: 'sso-failed' });
  expect(decodeSignInRefusal(null)).toBeNull();
});

test('the messages the login page shows', () => {
  expect(describeSignInRefusal({ kind: 'address-limited', retryAt: new Date('2026-03-02T09:14:10.000Z') }, now)).toBe(
    'Too many sign-in attempts from this address; try again in 15 minutes.',
  );
  expect(describeSignInRefusal({ kind: 'address-limited', retryAt: new Date('2026-03-02T09:00:20.000Z') }, now)).toBe(
    'Too many sign-in attempts from this address; try again in 1 minute.',
  );
  expect(describeSignInRefusal({ kind: 'locked', lockedUntil: new Date('2026-03-02T09:15:00.000Z') }, now, 'Europe/Berlin')).toBe(
    'This account is locked until 10:15 after repeated failed sign-ins.',
  );
  expect(describeSignInRefusal({ kind: 'invalid' }, now)).toBe('E-mail or password is not correct.');
  expect(describeSignInRefusal({ kind: 'sso', code: 'no-role' }, now)).toMatch(/no role in CertQA/);
  expect(formatClockTime(new Date('2026-03-02T21:05:00.000Z'), 'UTC')).toBe('21:05');
});
