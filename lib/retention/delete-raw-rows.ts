// Data retention: deletes one import's rows from every raw export table, in one transaction, and
// keeps what the figures and their provenance need: the summary tables, Import, ImportFile and
// ImportCourse. Import.rawRowsDeletedAt records that it happened; the audit log records who did it
// and how many rows went. Runs under the import lock, so it never interleaves with an import.
import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { canImportExports } from '@/lib/auth/policies';
import { getNow } from '@/lib/clock';
import { getDb, type TDb } from '@/lib/db/client';
import { getDialect } from '@/lib/db/dialect';
import { getDatabaseUrl } from '@/lib/env';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { acquireImportLock } from '@/lib/import/import-lock';
import { RAW_EXPORT_TABLES } from './raw-tables';
import { describeCurrentImportRisk, needsForce } from './retention-rule';

export type TRawRowsDeletion = {
  importId: string;
  sourceName: string;
  rowsByTable: Record<string, number>;
  totalRows: number;
  rawRowsDeletedAt: Date;
  /** Set when --force cleared an import that holds current courses: what is no longer possible. */
  warning: string | null;
};

export class RetentionRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetentionRefusedError';
  }
}

/** Interactive transactions default to 5 s; deleting millions of rows takes longer. */
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

function placeholder(): string {
  return getDialect(getDatabaseUrl()) === 'postgres' ? '$1' : '?';
}

type TRawExecutor = Pick<TDb, '$queryRawUnsafe' | '$executeRawUnsafe'>;

/** Raw rows an import still has, per table (what a deletion would remove). */
export async function countRawRows(db: TRawExecutor, importId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of RAW_EXPORT_TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${table}" WHERE import_id = ${placeholder()}`, importId);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

export async function deleteImportRawRows(actor: TActor, importId: string, { force = false }: { force?: boolean } = {}): Promise<TRawRowsDeletion> {
  if (!canImportExports(actor)) throw new ForbiddenError('Only quality managers and the local operator manage imported data');
  const db = getDb();
  const found = await db.import.findUnique({
    where: { id: importId },
    include: { courses: { where: { isCurrent: true }, select: { courseraCourseId: true } } },
  });
  if (!found) throw new NotFoundError(`No import ${importId}`);
  const subject = { importId, currentCourses: found.courses.map((course) => course.courseraCourseId) };
  if (needsForce(subject) && !force)
    throw new RetentionRefusedError(`refused: ${describeCurrentImportRisk(subject)}. Run again with --force to delete them anyway.`);

  const releaseLock = await acquireImportLock(`retention by ${actor.name} (${actor.email})`);
  try {
    const now = getNow();
    const rowsByTable: Record<string, number> = {};
    await db.$transaction(
      async (tx) => {
        for (const table of RAW_EXPORT_TABLES) {
          rowsByTable[table] = await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE import_id = ${placeholder()}`, importId);
        }
        const totalRows = Object.values(rowsByTable).reduce((sum, rows) => sum + rows, 0);
        await tx.import.update({ where: { id: importId }, data: { rawRowsDeletedAt: now } });
        await recordAudit(tx, actor, {
          action: 'import.delete-raw-rows',
          entityType: 'Import',
          entityId: importId,
          before: { rawRowsDeletedAt: found.rawRowsDeletedAt },
          after: { rawRowsDeletedAt: now, rowsDeleted: totalRows, forced: needsForce(subject), currentCourses: subject.currentCourses.length },
        });
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
    );
    return {
      importId,
      sourceName: found.sourceName,
      rowsByTable,
      totalRows: Object.values(rowsByTable).reduce((sum, rows) => sum + rows, 0),
      rawRowsDeletedAt: now,
      warning: needsForce(subject) ? describeCurrentImportRisk(subject) : null,
    };
  } finally {
    await releaseLock();
  }
}
