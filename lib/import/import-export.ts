// importExport: the one entry point for loading a Coursera export, used by the upload route, the
// CLI (`certqa import`) and the demo. Validation happens before and during loading; everything is
// written in one transaction, so a refused export leaves the database exactly as it was.
import { randomUUID } from 'node:crypto';
import type { TActor } from '@/lib/auth/actor';
import { canImportExports } from '@/lib/auth/policies';
import { openBulkSession } from '@/lib/db/bulk/open-bulk-session';
import { getDb } from '@/lib/db/client';
import { getDatabaseUrl } from '@/lib/env';
import { ForbiddenError } from '@/lib/errors';
import { assertIsExport, classifyFile, detectAnonymity, detectPartnerPrefix, type TExportAnonymity } from './coursera/detect-export';
import { DEFAULT_EXPORT_LIMITS, openExportSource, type TExportLimits } from './coursera/export-source';
import { hashExport } from './coursera/hash-export';
import { loadSnapshot, type TLoadProgress } from './coursera/load-snapshot';
import { syncCertificates } from './coursera/sync-certificates';
import { acquireImportLock } from './import-lock';
import { computeSummaries } from './compute-summaries-hook';

export type TImportProgress = { phase: 'checking' | 'loading' | 'summarising' | 'committing' } & Partial<TLoadProgress> & { rowsPerSecond?: number };

export type TImportOptions = {
  /** Path of the .zip or folder. */
  sourcePath: string;
  /** Name to record (the uploaded file's name; defaults to the path's last part). */
  sourceName?: string;
  /** Platform organisation that owns certificates created from the export (a quality manager's own by default). */
  platformOrganisationId?: string | null;
  onProgress?: (progress: TImportProgress) => void;
  limits?: TExportLimits;
};

export type TImportSummary = {
  status: 'imported' | 'unchanged';
  importId: string;
  sourceName: string;
  contentSha256: string;
  partnerPrefix: string;
  anonymity: TExportAnonymity;
  snapshotAt: string | null;
  tables: { file: string; table: string; rows: number; sha256: string; ms?: number }[];
  /** Time spent computing the summary tables. */
  summaryMs?: number;
  rowCount: number;
  courseCount: number;
  certificates: { created: string[]; updated: string[] };
  warnings: string[];
  durationMs: number;
};

export async function importExport(actor: TActor, options: TImportOptions): Promise<TImportSummary> {
  if (!canImportExports(actor)) throw new ForbiddenError('Only quality managers can import exports');
  const started = Date.now();
  const report = options.onProgress ?? (() => {});
  report({ phase: 'checking' });
  const source = await openExportSource(options.sourcePath, options.limits ?? DEFAULT_EXPORT_LIMITS);
  try {
    const sourceName = options.sourceName ?? source.label;
    const { files: digests, contentSha256 } = await hashExport(source);
    const headers = new Map(digests.filter((digest) => digest.header).map((digest) => [digest.name.replace(/\.csv$/, ''), digest.header as readonly string[]]));
    assertIsExport(
      digests.map((digest) => classifyFile(digest.name, null)),
      sourceName,
    );
    const prefix = detectPartnerPrefix(headers);
    const anonymity = detectAnonymity(prefix, headers);
    const classified = digests.map((digest) => classifyFile(digest.name, prefix));

    const db = getDb();
    const previous = await db.import.findFirst({
      where: { contentSha256, supersededAt: null, rawRowsDeletedAt: null, courses: { every: { isCurrent: true } } },
      include: { files: true },
      orderBy: { finishedAt: 'desc' },
    });
    if (previous) {
      return {
        status: 'unchanged',
        importId: previous.id,
        sourceName,
        contentSha256,
        partnerPrefix: previous.partnerPrefix,
        anonymity: previous.anonymity,
        snapshotAt: previous.snapshotAt?.toISOString() ?? null,
        tables: previous.files.filter((file) => file.isLoaded).map((file) => ({ file: file.fileName, table: file.tableName ?? '', rows: file.rowCount, sha256: file.sha256 })),
        rowCount: previous.rowCount,
        courseCount: previous.courseCount,
        certificates: { created: [], updated: [] },
        warnings: [`identical to import ${previous.id} of ${previous.finishedAt.toISOString()}; nothing changed`],
        durationMs: Date.now() - started,
      };
    }

    const releaseLock = await acquireImportLock(`${actor.name} (${actor.email})`);
    const session = await openBulkSession(getDatabaseUrl());
    try {
      const importId = randomUUID();
      const loadStarted = Date.now();
      const loaded = await loadSnapshot({
        session,
        source,
        files: classified,
        importId,
        prefix,
        anonymity,
        fileBytes: new Map(digests.map((digest) => [digest.name, digest.bytes])),
        onProgress: (progress) => report({ phase: 'loading', ...progress, rowsPerSecond: progress.totalRows / Math.max((Date.now() - loadStarted) / 1000, 0.001) }),
      });
      const warnings = [
        ...classified.flatMap((file) => (file.kind === 'ignored' && file.warning ? [file.warning] : [])),
        ...loaded.warnings,
      ];
      const now = new Date();
      const synced = await syncCertificates(session, { importId, prefix, platformOrganisationId: options.platformOrganisationId ?? (actor.role === 'QUALITY_MANAGER' ? actor.organisationId : null), now });
      warnings.push(...synced.warnings);

      const [snapshot] = await session.query<{ latest: string | Date | null }>('SELECT MAX(course_membership_ts) AS latest FROM export_course_memberships WHERE import_id = $1', [importId]);
      const snapshotAt = snapshot?.latest ? new Date(typeof snapshot.latest === 'string' ? `${snapshot.latest.replace(' ', 'T')}Z` : snapshot.latest) : null;
      const rowCount = [...loaded.rowsByFile.values()].reduce((sum, rows) => sum + rows, 0);

      await session.execute('UPDATE "ImportCourse" SET "isCurrent" = $2 WHERE "courseraCourseId" IN (SELECT course_id FROM export_courses WHERE import_id = $1)', [importId, false]);
      await session.execute(
        `INSERT INTO "Import" (id, "sourceName", "contentSha256", "partnerPrefix", anonymity, "snapshotAt", "importedById", "importedByLabel", "startedAt", "finishedAt", "durationMs", "rowCount", warnings, "courseCount")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [importId, sourceName, contentSha256, prefix, anonymity, snapshotAt, actor.userId === 'system' ? null : actor.userId, `${actor.name} <${actor.email}>`, new Date(started), now, now.getTime() - started, rowCount, JSON.stringify(warnings), loaded.courseIds.length],
      );
      for (const digest of digests) {
        const file = classified.find((entry) => entry.name === digest.name);
        const isLoaded = file?.kind === 'table' || file?.kind === 'course-user-ids';
        const tableName = file?.kind === 'table' ? file.spec.table : file?.kind === 'course-user-ids' ? digest.name.replace(/\.csv$/, '') : null;
        await session.execute(
          'INSERT INTO "ImportFile" (id, "importId", "fileName", "tableName", sha256, bytes, "rowCount", "isLoaded") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [randomUUID(), importId, digest.name, tableName, digest.sha256, digest.bytes, loaded.rowsByFile.get(digest.name) ?? 0, isLoaded],
        );
      }
      for (const courseId of loaded.courseIds) {
        await session.execute('INSERT INTO "ImportCourse" ("importId", "courseraCourseId", "isCurrent") VALUES ($1, $2, $3)', [importId, courseId, true]);
      }
      await session.execute(
        `UPDATE "Import" SET "supersededAt" = $1 WHERE "supersededAt" IS NULL AND id <> $2 AND NOT EXISTS (SELECT 1 FROM "ImportCourse" c WHERE c."importId" = "Import".id AND c."isCurrent" = $3)`,
        [now, importId, true],
      );

      report({ phase: 'summarising' });
      const summaryStarted = performance.now();
      await computeSummaries(session, { importId, courseIds: loaded.courseIds });
      const summaryMs = Math.round(performance.now() - summaryStarted);
      // A file that changed while it was read would make the hashes above lie.
      source.assertUnchanged();
      report({ phase: 'committing' });
      await session.commit();
      return {
        status: 'imported',
        importId,
        sourceName,
        contentSha256,
        partnerPrefix: prefix,
        anonymity,
        snapshotAt: snapshotAt?.toISOString() ?? null,
        tables: digests
          .filter((digest) => loaded.rowsByFile.has(digest.name))
          .map((digest) => {
            const file = classified.find((entry) => entry.name === digest.name);
            return {
              file: digest.name,
              table: file?.kind === 'table' ? file.spec.table : digest.name.replace(/\.csv$/, ''),
              rows: loaded.rowsByFile.get(digest.name) ?? 0,
              sha256: digest.sha256,
              ms: Math.round(loaded.msByFile.get(digest.name) ?? 0),
            };
          }),
        rowCount,
        courseCount: loaded.courseIds.length,
        certificates: { created: synced.createdCertificates, updated: synced.updatedCertificates },
        warnings,
        durationMs: Date.now() - started,
        summaryMs,
      };
    } catch (error) {
      await session.rollback();
      throw error;
    } finally {
      await session.close();
      await releaseLock();
    }
  } finally {
    source.close();
  }
}
