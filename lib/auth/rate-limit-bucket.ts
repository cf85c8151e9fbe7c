// Fixed-window counters in the RateLimitBucket table, so that limits hold across processes and
// restarts and need no extra service. Written with single-statement Prisma updates rather than a
// dialect's upsert syntax, so SQLite and PostgreSQL behave alike: each step is one atomic UPDATE
// whose WHERE clause is re-checked under the row lock, and a lost race falls through to the next step.
import type { TDb } from '@/lib/db/client';

export type TWindowCount = { count: number; windowStartAt: Date; windowEndsAt: Date };

const UNIQUE_VIOLATION = 'P2002';

function toCount(row: { count: number; windowStartAt: Date }, windowMs: number): TWindowCount {
  return { count: row.count, windowStartAt: row.windowStartAt, windowEndsAt: new Date(row.windowStartAt.getTime() + windowMs) };
}

/** The count of the window running at `now`, without adding to it (0 when none runs). */
export async function peekWindow(db: TDb, key: string, windowMs: number, now: Date): Promise<TWindowCount | null> {
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.windowStartAt.getTime() + windowMs <= now.getTime()) return null;
  return toCount(row, windowMs);
}

/** Adds one to the window running at `now`, starting a new window when the last one has ended. */
export async function hitWindow(db: TDb, key: string, windowMs: number, now: Date): Promise<TWindowCount> {
  const windowOpenedAfter = new Date(now.getTime() - windowMs);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const inWindow = await db.rateLimitBucket.updateMany({ where: { key, windowStartAt: { gt: windowOpenedAfter } }, data: { count: { increment: 1 } } });
    if (inWindow.count === 0) {
      const restarted = await db.rateLimitBucket.updateMany({
        where: { key, windowStartAt: { lte: windowOpenedAfter } },
        data: { windowStartAt: now, count: 1 },
      });
      if (restarted.count === 0) {
        try {
          await db.rateLimitBucket.create({ data: { key, windowStartAt: now, count: 1 } });
        } catch (error) {
          // Another request created the bucket in between: count this hit in it.
          if ((error as { code?: string }).code === UNIQUE_VIOLATION) continue;
          throw error;
        }
      }
    }
    const row = await db.rateLimitBucket.findUnique({ where: { key } });
    if (row) return toCount(row, windowMs);
  }
  throw new Error(`rate-limit bucket ${key} could not be updated`);
}

/** Forgets a key (a successful sign-in clears its account's counter). */
export async function clearWindow(db: TDb, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Removes buckets whose window started before `before`; keeps the table small. */
export async function pruneWindows(db: TDb, before: Date): Promise<number> {
  return (await db.rateLimitBucket.deleteMany({ where: { windowStartAt: { lt: before } } })).count;
}
