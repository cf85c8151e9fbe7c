// Credentials sign-in with its limits, framework-free so that tests drive it directly:
//   1. a client address with too many failures in the running window is refused outright;
//   2. a locked account (or a locked unknown e-mail) is refused until the lock runs out;
//   3. the password is checked (a dummy check for unknown, disabled and SSO-only accounts, so the
//      answer takes as long and reads the same whether or not the account exists);
//   4. a failure counts against the address and the account; a success clears the account's count.
// Addresses and accounts are checked before the password, so a refused attempt costs no scrypt.
import { createHash } from 'node:crypto';
import type { TDb } from '@/lib/db/client';
import { clearAccountFailures, getAccountLockedUntil, recordAccountFailure, type TAccount } from './account-lockout';
import { ZCredentials } from './authenticate';
import { isUsablePasswordHash, verifyPassword } from './password';
import { hitWindow, peekWindow, pruneWindows } from './rate-limit-bucket';
import { recordSignInEvent } from './sign-in-audit';
import type { TSignInLimits } from './sign-in-limits';

export type TPasswordSignInResult =
  | { ok: true; userId: string }
  | { ok: false; kind: 'invalid' }
  | { ok: false; kind: 'address-limited'; retryAt: Date }
  | { ok: false; kind: 'locked'; lockedUntil: Date };

export type TPasswordSignInContext = { address: string; now: Date; limits: TSignInLimits };

// A well-formed scrypt hash of nothing anyone knows: checking against it costs what a real check costs.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA';
/** Buckets untouched this long are deleted; longer than any window or lock. */
const BUCKET_RETENTION_MS = 24 * 60 * 60_000;

/** Hashed like the account keys, so that the table keeps no client addresses in clear. */
export function addressKey(address: string): string {
  return `signin-address:${createHash('sha256').update(address).digest('hex')}`;
}

async function countFailure(db: TDb, account: TAccount, subject: Parameters<typeof recordSignInEvent>[1], context: TPasswordSignInContext) {
  const { limits, now } = context;
  const address = await hitWindow(db, addressKey(context.address), limits.addressWindowMs, now);
  const failure = await recordAccountFailure(db, account, limits, now);
  await recordSignInEvent(db, subject, 'auth.sign-in-failed', { method: 'password', consecutiveFailures: failure.failures });
  if (failure.justLocked && failure.lockedUntil) {
    await recordSignInEvent(db, subject, 'auth.account-locked', { lockedUntil: failure.lockedUntil, consecutiveFailures: failure.failures });
  }
  await pruneWindows(db, new Date(now.getTime() - Math.max(BUCKET_RETENTION_MS, limits.addressWindowMs, limits.lockoutMs)));
  return { address, failure };
}

export async function signInWithPassword(db: TDb, raw: unknown, context: TPasswordSignInContext): Promise<TPasswordSignInResult> {
  const { limits, now } = context;
  const running = await peekWindow(db, addressKey(context.address), limits.addressWindowMs, now);
  if (running && running.count >= limits.addressLimit) return { ok: false, kind: 'address-limited', retryAt: running.windowEndsAt };

  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) {
    // Malformed input still counts against the address: it is how an automated guesser would probe.
    await hitWindow(db, addressKey(context.address), limits.addressWindowMs, now);
    return { ok: false, kind: 'invalid' };
  }
  const { email, password } = parsed.data;
  const found = await db.user.findUnique({ where: { email } });
  const user = found && !found.disabledAt ? found : null;
  const account: TAccount = user ? { kind: 'user', userId: user.id } : { kind: 'unknown', email };
  const subject = { email, user };

  const lockedUntil = await getAccountLockedUntil(db, account, limits, now);
  if (lockedUntil) return { ok: false, kind: 'locked', lockedUntil };

  const storedHash = user && isUsablePasswordHash(user.passwordHash) ? user.passwordHash : DUMMY_HASH;
  const isValid = (await verifyPassword(password, storedHash)) && storedHash !== DUMMY_HASH;
  if (user && isValid) {
    await clearAccountFailures(db, user.id);
    await recordSignInEvent(db, subject, 'auth.sign-in', { method: 'password' });
    return { ok: true, userId: user.id };
  }

  const { address, failure } = await countFailure(db, account, subject, context);
  if (failure.lockedUntil) return { ok: false, kind: 'locked', lockedUntil: failure.lockedUntil };
  if (address.count >= limits.addressLimit) return { ok: false, kind: 'address-limited', retryAt: address.windowEndsAt };
  return { ok: false, kind: 'invalid' };
}
