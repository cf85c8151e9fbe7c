// Provenance of the figures: every import the certificates' figures were computed from, with each
// of its files (SHA-256, rows). The import ids come from the metrics DTOs, which the actor was
// allowed to read, so exactly the imports behind figures in scope are listed and no others.
import { getDb } from '@/lib/db/client';
import type { TReportCertificate, TReportImport } from '../report-data';

export async function collectImports(certificates: readonly TReportCertificate[]): Promise<TReportImport[]> {
  const ids = [...new Set(certificates.flatMap((certificate) => certificate.metrics.imports.map((entry) => entry.importId)))];
  if (ids.length === 0) return [];
  const imports = await getDb().import.findMany({
    where: { id: { in: ids } },
    include: { files: { orderBy: { fileName: 'asc' } } },
    orderBy: [{ finishedAt: 'asc' }, { id: 'asc' }],
  });
  return imports.map((entry) => ({
    id: entry.id,
    sourceName: entry.sourceName,
    contentSha256: entry.contentSha256,
    snapshotAt: entry.snapshotAt,
    finishedAt: entry.finishedAt,
    rowCount: entry.rowCount,
    anonymity: entry.anonymity,
    partnerPrefix: entry.partnerPrefix,
    files: entry.files.map(({ fileName, tableName, sha256, bytes, rowCount, isLoaded }) => ({ fileName, tableName, sha256, bytes, rowCount, isLoaded })),
  }));
}
