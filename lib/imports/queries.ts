// Reads of import provenance. Quality managers see the imports made by their organisation and by
// the local operator (CLI); nobody else sees imports at all.
import type { TActor } from '@/lib/auth/actor';
import { canImportExports } from '@/lib/auth/policies';
import { courseScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { NotFoundError } from '@/lib/errors';

/**
 * Imports made by the quality manager's organisation, and imports by the local operator (CLI) that
 * hold courses of the organisation's certificates: a CLI import of another platform's export stays
 * invisible.
 */
async function importScope(actor: TActor): Promise<Prisma.ImportWhereInput> {
  if (actor.role !== 'QUALITY_MANAGER') return { id: { in: [] } };
  const courses = await getDb().course.findMany({
    where: { AND: [courseScope(actor), { courseraCourseId: { not: null } }] },
    select: { courseraCourseId: true },
  });
  const courseraIds = courses.flatMap((course) => (course.courseraCourseId ? [course.courseraCourseId] : []));
  return {
    OR: [{ importedBy: { organisationId: actor.organisationId } }, { importedById: null, courses: { some: { courseraCourseId: { in: courseraIds } } } }],
  };
}

export async function listImports(actor: TActor) {
  if (!canImportExports(actor)) throw new NotFoundError();
  const imports = await getDb().import.findMany({
    where: await importScope(actor),
    include: { files: { where: { isLoaded: true }, orderBy: { fileName: 'asc' } }, _count: { select: { courses: { where: { isCurrent: true } } } } },
    orderBy: { finishedAt: 'desc' },
    take: 50,
  });
  return imports.map((entry) => ({
    id: entry.id,
    sourceName: entry.sourceName,
    contentSha256: entry.contentSha256,
    partnerPrefix: entry.partnerPrefix,
    anonymity: entry.anonymity,
    snapshotAt: entry.snapshotAt,
    importedByLabel: entry.importedByLabel,
    finishedAt: entry.finishedAt,
    durationMs: entry.durationMs,
    rowCount: entry.rowCount,
    courseCount: entry.courseCount,
    currentCourseCount: entry._count.courses,
    supersededAt: entry.supersededAt,
    warnings: JSON.parse(entry.warnings) as string[],
    files: entry.files.map((file) => ({ fileName: file.fileName, rowCount: file.rowCount, sha256: file.sha256 })),
  }));
}
