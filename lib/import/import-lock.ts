// Imports run one at a time. The running import holds a row in ImportLock; a second import is
// refused with who holds it and since when. A lock left by a crashed process on this host (its
// pid no longer alive) is taken over rather than blocking imports forever.
import { hostname } from 'node:os';
import { getDb } from '@/lib/db/client';
import { ImportBusyError } from './import-busy-error';

const LOCK_ID = 'coursera-import';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireImportLock(holder: string): Promise<() => Promise<void>> {
  const db = getDb();
  const lock = { id: LOCK_ID, holder, pid: process.pid, hostname: hostname(), startedAt: new Date() };
  try {
    await db.importLock.create({ data: lock });
  } catch {
    const current = await db.importLock.findUnique({ where: { id: LOCK_ID } });
    const isStale = current && current.hostname === lock.hostname && !isProcessAlive(current.pid);
    if (current && !isStale) throw new ImportBusyError(current.holder, current.startedAt);
    await db.importLock.deleteMany({ where: { id: LOCK_ID, pid: current?.pid ?? -1 } });
    await db.importLock.create({ data: lock });
  }
  return async () => {
    await db.importLock.deleteMany({ where: { id: LOCK_ID, pid: process.pid, hostname: lock.hostname } });
  };
}
