// Credentials sign-in with its limits, on both dialects: lock-out after consecutive failures (real
// and unknown accounts alike), the per-address window, what the audit log records, and counters
// that stay exact under concurrent requests. Time is passed in, so no test waits.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemoFacts } from '@/lib/demo/seed-demo-facts';
import { createTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { SSO_ONLY_PASSWORD_HASH } from './password';
import { addressKey, signInWithPassword, type TPasswordSignInContext } from './password-sign-in';
import { hitWindow, peekWindow } from './rate-limit-bucket';
import type { TSignInLimits } from './sign-in-limits';

const PASSWORD = 'certqa-demo-2026';
const MINUTE = 60_000;
const LIMITS: TSignInLimits = { addressLimit: 4, addressWindowMs: 15 * MINUTE, lockoutThreshold: 3, lockoutMs: 15 * MINUTE, trustedProxyHops: 0 };
const T0 = new Date('2026-03-02T09:00:00.000Z');

let database: TTestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoFacts(database.db);
});
afterAll(async () => database.drop());

const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
/** Each test signs in from its own address, so the per-address window of one does not touch another. */
const from = (address: string, minutes = 0): TPasswordSignInContext => ({ address, now: at(minutes), limits: LIMITS });
const attempt = (email: string, password: string, context: TPasswordSignInContext) => signInWithPassword(database.db, { email, password }, context);

describe('account lock-out', () => {
  test('three wrong passwords lock the account; the right one is refused until the lock runs out, then clears the count', async () => {
    const email = 'partner@northwind.demo';
    expect(await attempt(email, 'wrong-guess-1', from('10.0.1.1', 0))).toEqual({ ok: false, kind: 'invalid' });
    expect(await attempt(email, 'wrong-guess-2', from('10.0.1.2', 1))).toEqual({ ok: false, kind: 'invalid' });
    expect(await attempt(email, 'wrong-guess-3', from('10.0.1.3', 2))).toEqual({ ok: false, kind: 'locked', lockedUntil: at(17) });
    expect(await database.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ failedSignIns: 3, lockedUntil: at(17) });

    expect(await attempt(email, PASSWORD, from('10.0.1.4', 16))).toEqual({ ok: false, kind: 'locked', lockedUntil: at(17) });
    const signedIn = await attempt(email, PASSWORD, from('10.0.1.4', 17));
    expect(signedIn.ok).toBe(true);
    expect(await database.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  test('after a lock has run out, one more failure does not lock again at once', async () => {
    const email = 'auditor@fibaa.demo';
    for (const [index, minute] of [0, 1, 2].entries()) await attempt(email, `nope-${index}`, from(`10.0.2.${index}`, minute));
    expect(await attempt(email, 'nope-again', from('10.0.2.9', 20))).toEqual({ ok: false, kind: 'invalid' });
    expect((await database.db.user.findUniqueOrThrow({ where: { email } })).failedSignIns).toBe(1);
  });

  test('an e-mail without an account locks exactly like a real one, so lock-out reveals nothing', async () => {
    const email = 'nobody@example.org';
    expect(await attempt(email, 'guess-1', from('10.0.3.1', 0))).toEqual({ ok: false, kind: 'invalid' });
    expect(await attempt(email, 'guess-2', from('10.0.3.2', 1))).toEqual({ ok: false, kind: 'invalid' });
    expect(await attempt(email, 'guess-3', from('10.0.3.3', 2))).toEqual({ ok: false, kind: 'locked', lockedUntil: at(17) });
    expect(await attempt(email, 'guess-4', from('10.0.3.4', 10))).toEqual({ ok: false, kind: 'locked', lockedUntil: at(17) });
    expect(await attempt(email, 'guess-5', from('10.0.3.5', 18))).toEqual({ ok: false, kind: 'invalid' });
    // Neither e-mails nor addresses are stored in clear in the counters.
    const keys = (await database.db.rateLimitBucket.findMany()).map((bucket) => bucket.key).join(' ');
    expect(keys).not.toContain('nobody');
    expect(keys).not.toContain('10.0.3.');
  });

  test('disabled and single-sign-on-only accounts answer like unknown ones, even to their old password', async () => {
    await database.db.user.update({ where: { email: 'admin@certqa.demo' }, data: { disabledAt: T0 } });
    expect(await attempt('admin@certqa.demo', PASSWORD, from('10.0.4.1'))).toEqual({ ok: false, kind: 'invalid' });
    await database.db.user.update({ where: { email: 'admin@certqa.demo' }, data: { disabledAt: null, passwordHash: SSO_ONLY_PASSWORD_HASH } });
    expect(await attempt('admin@certqa.demo', SSO_ONLY_PASSWORD_HASH, from('10.0.4.2'))).toEqual({ ok: false, kind: 'invalid' });
  });
});

describe('per-address limit', () => {
  test('the fourth failure from one address closes it for the rest of the window, whatever the account; other addresses go on', async () => {
    const address = '192.0.2.50';
    expect(await attempt('a@example.org', 'x1-wrong-pass', from(address, 0))).toEqual({ ok: false, kind: 'invalid' });
    expect(await attempt('b@example.org', 'x2-wrong-pass', from(address, 1))).toEqual({ ok: false, kind: 'invalid' });
    expect(await attempt('c@example.org', 'x3-wrong-pass', from(address, 2))).toEqual({ ok: false, kind: 'invalid' });
    expect(await attempt('d@example.org', 'x4-wrong-pass', from(address, 3))).toEqual({ ok: false, kind: 'address-limited', retryAt: at(15) });
    // Even the right password is not checked from there until the window ends.
    expect(await attempt('quality@coursera.demo', PASSWORD, from(address, 14))).toEqual({ ok: false, kind: 'address-limited', retryAt: at(15) });
    expect((await attempt('quality@coursera.demo', PASSWORD, from('192.0.2.51', 14))).ok).toBe(true);
    expect((await attempt('quality@coursera.demo', PASSWORD, from(address, 15))).ok).toBe(true);
  });

  test('successful sign-ins do not count against the address', async () => {
    for (let minute = 0; minute < 6; minute += 1) expect((await attempt('partner@ibm.demo', PASSWORD, from('192.0.2.60', minute))).ok).toBe(true);
    expect(await peekWindow(database.db, addressKey('192.0.2.60'), LIMITS.addressWindowMs, at(6))).toBeNull();
  });

  test('malformed input counts as a failure', async () => {
    expect(await attempt('not an e-mail', '', from('192.0.2.70'))).toEqual({ ok: false, kind: 'invalid' });
    expect((await peekWindow(database.db, addressKey('192.0.2.70'), LIMITS.addressWindowMs, at(0)))?.count).toBe(1);
  });

  test('concurrent hits are all counted, and a new window starts from one', async () => {
    const key = 'test:concurrent';
    await Promise.all(Array.from({ length: 12 }, () => hitWindow(database.db, key, 15 * MINUTE, at(0))));
    expect((await peekWindow(database.db, key, 15 * MINUTE, at(1)))?.count).toBe(12);
    expect(await hitWindow(database.db, key, 15 * MINUTE, at(15))).toMatchObject({ count: 1, windowStartAt: at(15), windowEndsAt: at(30) });
  });
});

describe('audit log', () => {
  test('successes, failures and lock-outs are recorded under the typed e-mail, never with the password', async () => {
    const entries = await database.db.auditEntry.findMany({ where: { action: { startsWith: 'auth.' } }, orderBy: { sequence: 'asc' } });
    const northwind = entries.filter((entry) => entry.actorLabel === 'partner@northwind.demo').map((entry) => entry.action);
    expect(northwind).toEqual(['auth.sign-in-failed', 'auth.sign-in-failed', 'auth.sign-in-failed', 'auth.account-locked', 'auth.sign-in']);
    const unknown = entries.filter((entry) => entry.actorLabel === 'nobody@example.org');
    expect(unknown.map((entry) => entry.action)).toContain('auth.account-locked');
    expect(unknown.every((entry) => entry.actorId === 'unknown-account')).toBe(true);
    const text = JSON.stringify(entries);
    for (const secret of [PASSWORD, 'wrong-guess-1', 'guess-3', 'x4-wrong-pass']) expect(text).not.toContain(secret);
    expect(text).not.toContain('192.0.2.');
  });
});
