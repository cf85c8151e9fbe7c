// Lock-out after consecutive failed sign-ins. A real account keeps its count on the user row
// (failedSignIns, lockedUntil; a successful sign-in clears both). An e-mail without an active
// account gets the same treatment from a RateLimitBucket keyed by a hash of the address, so the
// login page behaves identically whether the account exists or not: lock-out reveals nothing.
import { createHash } from 'node:crypto';
import type { TDb } from '@/lib/db/client';
import type { TSignInLimits } from './sign-in-limits';

export type TAccount = { kind: 'user'; userId: string } | { kind: 'unknown'; email: string };

export type TAccountFailure = { failures: number; lockedUntil: Date | null; justLocked: boolean };

type TLockoutLimits = Pick<TSignInLimits, 'lockoutThreshold' | 'lockoutMs'>;

const UNIQUE_VIOLATION = 'P2002';

/** Hashed so that the table does not collect typed e-mails (people type passwords into that field too). */
export function unknownAccountKey(email: string): string {
  return `signin-account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

export async function getAccountLockedUntil(db: TDb, account: TAccount, limits: TLockoutLimits, now: Date): Promise<Date | null> {
  if (account.kind === 'user') {
    const user = await db.user.findUnique({ where: { id: account.userId }, select: { lockedUntil: true } });
    return user?.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null;
  }
  const bucket = await db.rateLimitBucket.findUnique({ where: { key: unknownAccountKey(account.email) } });
  if (!bucket || bucket.count < limits.lockoutThreshold) return null;
  const lockedUntil = new Date(bucket.windowStartAt.getTime() + limits.lockoutMs);
  return lockedUntil > now ? lockedUntil : null;
}

async function recordUserFailure(db: TDb, userId: string, limits: TLockoutLimits, now: Date): Promise<TAccountFailure> {
  // A lock that has run out starts the count afresh.
  await db.user.updateMany({ where: { id: userId, lockedUntil: { lte: now } }, data: { failedSignIns: 0, lockedUntil: null } });
  const user = await db.user.update({ where: { id: userId }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true, lockedUntil: true } });
  if (user.failedSignIns < limits.lockoutThreshold) return { failures: user.failedSignIns, lockedUntil: null, justLocked: false };
  if (user.lockedUntil) return { failures: user.failedSignIns, lockedUntil: user.lockedUntil, justLocked: false };
  const lockedUntil = new Date(now.getTime() + limits.lockoutMs);
  // Only one of several concurrent failures sets the lock, so it is not pushed further out.
  const locked = await db.user.updateMany({ where: { id: userId, lockedUntil: null }, data: { lockedUntil } });
  if (locked.count === 1) return { failures: user.failedSignIns, lockedUntil, justLocked: true };
  const current = await db.user.findUnique({ where: { id: userId }, select: { lockedUntil: true } });
  return { failures: user.failedSignIns, lockedUntil: current?.lockedUntil ?? lockedUntil, justLocked: false };
}

/** The bucket's windowStartAt is the time of the latest counted failure; at the threshold, the lock's start. */
async function recordUnknownFailure(db: TDb, email: string, limits: TLockoutLimits, now: Date): Promise<TAccountFailure> {
  const key = unknownAccountKey(email);
  await db.rateLimitBucket.updateMany({
    where: { key, count: { gte: limits.lockoutThreshold }, windowStartAt: { lte: new Date(now.getTime() - limits.lockoutMs) } },
    data: { count: 0 },
  });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const counted = await db.rateLimitBucket.updateMany({ where: { key }, data: { count: { increment: 1 }, windowStartAt: now } });
    if (counted.count === 0) {
      try {
        await db.rateLimitBucket.create({ data: { key, windowStartAt: now, count: 1 } });
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) continue;
        throw error;
      }
    }
    const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
    if (!bucket) continue;
    const isLocked = bucket.count >= limits.lockoutThreshold;
    return {
      failures: bucket.count,
      lockedUntil: isLocked ? new Date(bucket.windowStartAt.getTime() + limits.lockoutMs) : null,
      justLocked: bucket.count === limits.lockoutThreshold,
    };
  }
  throw new Error('the failed sign-in could not be counted');
}

export function recordAccountFailure(db: TDb, account: TAccount, limits: TLockoutLimits, now: Date): Promise<TAccountFailure> {
  return account.kind === 'user' ? recordUserFailure(db, account.userId, limits, now) : recordUnknownFailure(db, account.email, limits, now);
}

/** After a successful sign-in: the count starts again from zero. */
export async function clearAccountFailures(db: TDb, userId: string): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, OR: [{ failedSignIns: { gt: 0 } }, { lockedUntil: { not: null } }] },
    data: { failedSignIns: 0, lockedUntil: null },
  });
}
