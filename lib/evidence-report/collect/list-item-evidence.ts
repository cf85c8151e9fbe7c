// The evidence of checklist items with the newest revision of each, read again through the
// actor's checklist-item scope (the item ids come from a scoped read too; this keeps the rule in the
// query itself). The revision's content travels in the bundle, so its stored name and any frozen
// snapshot text are read here as well.
import type { TActor } from '@/lib/auth/actor';
import { checklistItemScope } from '@/lib/auth/scope';
import { getEvidenceState } from '@/lib/conditions/evidence-state';
import { getDb } from '@/lib/db/client';
import { buildEvidencePath } from '../bundle/bundle-paths';
import type { TReportEvidence } from '../report-data';

export type TEvidenceLocation = { procedureStem: string; conditionNumber: number };

export async function listItemEvidence(actor: TActor, itemIds: string[], location: TEvidenceLocation, now: Date): Promise<Map<string, TReportEvidence[]>> {
  const byItem = new Map<string, TReportEvidence[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await getDb().evidence.findMany({
    where: { AND: [{ checklistItemId: { in: itemIds } }, { checklistItem: checklistItemScope(actor, now) }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: {
      reviewedBy: { select: { name: true } },
      revisions: { orderBy: { number: 'desc' }, take: 1, include: { uploadedBy: { select: { name: true } } } },
      _count: { select: { revisions: true } },
    },
  });
  for (const row of rows) {
    const revision = row.revisions[0];
    // Every evidence is created with its first revision; one without is not evidence of anything.
    if (!revision) continue;
    const list = byItem.get(row.checklistItemId) ?? [];
    list.push({
      id: row.id,
      kind: row.kind,
      title: row.title,
      status: row.status,
      state: getEvidenceState(row, now),
      effectiveOn: row.effectiveOn,
      expiresOn: row.expiresOn,
      reviewedAt: row.reviewedAt,
      reviewedByName: row.reviewedBy?.name ?? null,
      revision: {
        number: revision.number,
        revisionCount: row._count.revisions,
        fileName: revision.fileName,
        storedName: revision.storedName,
        mediaType: revision.mediaType,
        sizeBytes: revision.sizeBytes,
        url: revision.url,
        snapshot: revision.snapshot,
        sha256: revision.sha256,
        uploadedAt: revision.uploadedAt,
        uploadedByName: revision.uploadedBy.name,
      },
      bundlePath: buildEvidencePath({ ...location, evidenceId: row.id, revision: revision.number, kind: row.kind, fileName: revision.fileName }),
    });
    byItem.set(row.checklistItemId, list);
  }
  return byItem;
}
