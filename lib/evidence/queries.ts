// Reads of evidence, scoped through the checklist item it belongs to (checklistItemScope): a
// content partner reads only the evidence of items assigned to its organisation; anything else is
// not found. Handing out a file to an auditor is recorded in the audit log.
import { Readable } from 'node:stream';
import { recordAuditorView } from '@/lib/audit/record-view';
import type { TActor } from '@/lib/auth/actor';
import { canManageProcedures } from '@/lib/auth/policies';
import { checklistItemScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { openStoredEvidenceFile } from './evidence-store';
import { isEvidenceMediaType, toContentType } from './media-types';
import { sanitizeFileName } from './sanitize-file-name';

export type TEvidenceDownload = {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  stream: Readable;
};

export async function getEvidenceRevisionFile(actor: TActor, evidenceId: string, number: number): Promise<TEvidenceDownload> {
  const revision = await getDb().evidenceRevision.findFirst({
    where: { number, evidence: { id: evidenceId, checklistItem: checklistItemScope(actor) } },
    include: { evidence: { include: { checklistItem: { include: { condition: { select: { procedureId: true } } } } } } },
  });
  if (!revision) throw new NotFoundError('Evidence revision not found');
  const { evidence } = revision;
  if (!revision.storedName && revision.snapshot === null) throw new NotFoundError('This revision is a link; it has no file to download');
  // Logged before the file is opened: an auditor's attempt counts even if the transfer breaks off.
  await recordAuditorView(actor, {
    action: 'evidence.download',
    entityType: 'Evidence',
    entityId: evidence.id,
    procedureId: evidence.checklistItem.condition.procedureId,
    certificateId: evidence.checklistItem.certificateId,
  });
  if (revision.storedName) {
    const { stream, sizeBytes } = await openStoredEvidenceFile(revision.storedName);
    return {
      fileName: revision.fileName ?? 'evidence',
      contentType: revision.mediaType && isEvidenceMediaType(revision.mediaType) ? toContentType(revision.mediaType) : 'application/octet-stream',
      sizeBytes,
      sha256: revision.sha256,
      stream,
    };
  }
  const bytes = Buffer.from(revision.snapshot ?? '', 'utf8');
  return {
    fileName: sanitizeFileName(`${evidence.title} (revision ${revision.number}).json`),
    contentType: 'application/json; charset=utf-8',
    sizeBytes: bytes.length,
    sha256: revision.sha256,
    stream: Readable.from([bytes]),
  };
}

/**
 * Whom a quality manager may assign an item to: the platform and the content partners of the
 * procedure's certificates (and whoever holds it now), each with its active people.
 */
export async function listChecklistAssigneeOptions(actor: TActor, itemId: string) {
  const db = getDb();
  const item = await db.checklistItem.findFirst({
    where: { AND: [{ id: itemId }, checklistItemScope(actor)] },
    include: {
      condition: { include: { procedure: { include: { certificates: { include: { certificate: { select: { contentPartnerOrganisationId: true } } } } } } } },
    },
  });
  if (!item) throw new NotFoundError('Checklist item not found');
  if (!canManageProcedures(actor)) return [];
  const { procedure } = item.condition;
  const organisationIds = [
    procedure.platformOrganisationId,
    item.assigneeOrganisationId,
    ...procedure.certificates.map(({ certificate }) => certificate.contentPartnerOrganisationId),
  ];
  return db.organisation.findMany({
    where: { id: { in: [...new Set(organisationIds)] }, kind: { not: 'AGENCY' } },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      users: {
        where: { disabledAt: null, role: { in: ['QUALITY_MANAGER', 'CONTENT_PARTNER'] } },
        orderBy: { name: 'asc' },
        select: { id: true, name: true, email: true },
      },
    },
  });
}

export type TChecklistAssigneeOption = Awaited<ReturnType<typeof listChecklistAssigneeOptions>>[number];
