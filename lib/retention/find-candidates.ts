// Which imports a retention run looks at: one by id, all superseded ones (no course of theirs is
// current any more), those finished before a date, or a combination (all conditions apply).
import type { TDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';

export type TRetentionSelection = { importId?: string; superseded?: boolean; finishedBefore?: Date };

export type TRetentionCandidate = {
  importId: string;
  sourceName: string;
  finishedAt: Date;
  currentCourses: string[];
  rawRowsDeletedAt: Date | null;
};

export async function findRetentionCandidates(db: TDb, selection: TRetentionSelection): Promise<TRetentionCandidate[]> {
  const where: Prisma.ImportWhereInput[] = [];
  if (selection.importId) where.push({ id: selection.importId });
  // A batch skips imports already cleared; a named import is reported either way.
  else where.push({ rawRowsDeletedAt: null });
  if (selection.superseded) where.push({ courses: { none: { isCurrent: true } } });
  if (selection.finishedBefore) where.push({ finishedAt: { lt: selection.finishedBefore } });
  const imports = await db.import.findMany({
    where: { AND: where },
    include: { courses: { where: { isCurrent: true }, select: { courseraCourseId: true } } },
    orderBy: { finishedAt: 'asc' },
  });
  return imports.map((row) => ({
    importId: row.id,
    sourceName: row.sourceName,
    finishedAt: row.finishedAt,
    currentCourses: row.courses.map((course) => course.courseraCourseId),
    rawRowsDeletedAt: row.rawRowsDeletedAt,
  }));
}
