// Whether this installation still needs its first administrator (the first-run setup at /setup).
import { getDb, type TDb } from '@/lib/db/client';

/** True while the database holds no user at all, disabled ones included. */
export async function isFirstRun(db: TDb = getDb()): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) === null;
}
