// Writes of evidence. Each finds its checklist item through the actor's scope (outside it: not
// found), checks who may act and that the committee has not closed the condition, then writes the
// evidence, its revision and the audit entry in one transaction. Files are checked and hashed
// before the transaction and removed again if it fails, so disk and database never disagree.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TActor } from '@/lib/auth/actor';
import { canReviewEvidence, canWorkChecklistItem } from '@/lib/auth/policies';
import { checklistItemScope } from '@/lib/auth/scope';
import { getNow } from '@/lib/clock';
import { hasCurrentAcceptedEvidence } from '@/lib/conditions/evidence-state';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import type { ChecklistItemStatus, EvidenceKind, EvidenceStatus } from '@/lib/db/generated/sqlite/enums';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { formatDate } from '@/lib/utils/format';
import { discardEvidenceFile, placeEvidenceFile, receiveEvidenceFile, type TReceivedEvidenceFile } from './evidence-store';
import { freezeMetricSnapshot } from './freeze-metric-snapshot';
import type {
  TAcceptEvidenceInput,
  TAddEvidenceRevisionInput,
  TAddFileEvidenceInput,
  TAddLinkEvidenceInput,
  TAddMetricSnapshotEvidenceInput,
  TRejectEvidenceInput,
} from './schemas';

/** An upload as it arrives: the body stream and the name the uploader's system gave it. */
export type TIncomingEvidenceFile = { body: Readable; fileName: string };

export type TEvidenceResult = { evidenceId: string; itemId: string; procedureId: string };

type TTx = Prisma.TransactionClient;

/** What one revision holds: a file, a link or frozen figures, always with its SHA-256. */
type TRevisionContent = {
  sha256: string;
  fileName?: string;
  storedName?: string;
  mediaType?: string;
  sizeBytes?: number;
  url?: string;
  snapshot?: string;
  /** For the audit entry: what the content is, without the content itself. */
  audit: Record<string, unknown>;
};

const DAY_MS = 86_400_000;
const STATUS_WORD: Record<EvidenceStatus, string> = { SUBMITTED: 'submitted', ACCEPTED: 'accepted', REJECTED: 'rejected' };

const sha256Text = (text: string) => createHash('sha256').update(text).digest('hex');

function assertChecklistOpen(conditionStatus: string): void {
  if (conditionStatus === 'FULFILLED' || conditionStatus === 'NOT_FULFILLED') {
    throw new ValidationError('The committee has decided on this condition; its checklist is closed and its evidence can no longer change.');
  }
}

/** Evidence speaks for a day that has come (a day of slack for time zones ahead of UTC) and has not yet expired. */
function assertDatesUsable(dates: { effectiveOn: Date; expiresOn: Date | null }, now: Date): void {
  if (dates.effectiveOn.getTime() > now.getTime() + DAY_MS) {
    throw new ValidationError('Nothing was changed.', { effectiveOn: ['The effective date is the day the evidence speaks for; it cannot lie in the future'] });
  }
  if (dates.expiresOn !== null && dates.expiresOn.getTime() <= now.getTime()) {
    throw new ValidationError('Nothing was changed.', { expiresOn: ['This expiry date has passed already'] });
  }
}

async function findItemToWork(actor: TActor, itemId: string) {
  const item = await getDb().checklistItem.findFirst({
    where: { AND: [{ id: itemId }, checklistItemScope(actor)] },
    include: { condition: true, certificate: true },
  });
  if (!item) throw new NotFoundError('Checklist item not found');
  if (!canWorkChecklistItem(actor, item)) throw new ForbiddenError('Only the assigned organisation and quality managers add evidence to this item');
  assertChecklistOpen(item.condition.status);
  return item;
}

async function findEvidenceInScope(actor: TActor, evidenceId: string) {
  const evidence = await getDb().evidence.findFirst({
    where: { id: evidenceId, checklistItem: checklistItemScope(actor) },
    include: {
      checklistItem: { include: { condition: true, certificate: true, evidence: { select: { id: true, status: true, expiresOn: true } } } },
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
    },
  });
  if (!evidence) throw new NotFoundError('Evidence not found');
  return { ...evidence, latestRevision: evidence.revisions[0]?.number ?? 0 };
}

type TItemRef = { id: string; status: ChecklistItemStatus; certificateId: string | null; condition: { procedureId: string } };

async function setItemStatusInTx(tx: TTx, actor: TActor, item: TItemRef, status: ChecklistItemStatus, reason: string): Promise<void> {
  if (item.status === status) return;
  await tx.checklistItem.update({ where: { id: item.id }, data: { status } });
  await recordAudit(tx, actor, {
    action: 'checklist-item.status',
    entityType: 'ChecklistItem',
    entityId: item.id,
    procedureId: item.condition.procedureId,
    certificateId: item.certificateId,
    before: { status: item.status },
    after: { status, reason },
  });
}

/** Runs the database part; when it fails, the file received for it is removed again. */
async function withReceivedFile<T>(file: TReceivedEvidenceFile | null, write: () => Promise<T>): Promise<T> {
  if (!file) return write();
  try {
    await placeEvidenceFile(file);
    return await write();
  } catch (error) {
    await discardEvidenceFile(file);
    throw error;
  }
}

function fileContent(file: TReceivedEvidenceFile): TRevisionContent {
  const { storedName: _storedName, ...shown } = file;
  return { ...file, audit: shown };
}

function linkContent(url: string): TRevisionContent {
  return { url, sha256: sha256Text(url), audit: { url, sha256: sha256Text(url) } };
}

async function snapshotContent(actor: TActor, item: { certificate: { slug: string } | null }, now: Date): Promise<TRevisionContent> {
  if (!item.certificate)
    throw new ValidationError('This item covers the whole condition, not one certificate; there are no figures of a certificate to freeze.');
  const frozen = await freezeMetricSnapshot(actor, item.certificate.slug, now);
  return {
    snapshot: frozen.json,
    sha256: frozen.sha256,
    audit: { sha256: frozen.sha256, certificate: item.certificate.slug, definitionsVersion: frozen.definitionsVersion, importIds: frozen.importIds },
  };
}

function revisionData(content: TRevisionContent) {
  const { audit: _audit, ...data } = content;
  return data;
}

async function createEvidence(
  actor: TActor,
  item: Awaited<ReturnType<typeof findItemToWork>>,
  fields: { kind: EvidenceKind; title: string; effectiveOn: Date; expiresOn: Date | null },
  content: TRevisionContent,
): Promise<TEvidenceResult> {
  const evidence = await getDb().$transaction(async (tx) => {
    const created = await tx.evidence.create({
      data: {
        checklistItemId: item.id,
        kind: fields.kind,
        title: fields.title,
        effectiveOn: fields.effectiveOn,
        expiresOn: fields.expiresOn,
        createdById: actor.userId,
        revisions: { create: { number: 1, uploadedById: actor.userId, uploadedAt: getNow(), ...revisionData(content) } },
      },
    });
    await recordAudit(tx, actor, {
      action: 'evidence.create',
      entityType: 'Evidence',
      entityId: created.id,
      procedureId: item.condition.procedureId,
      certificateId: item.certificateId,
      after: { checklistItemId: item.id, ...fields, status: 'SUBMITTED', revision: 1, ...content.audit },
    });
    return created;
  });
  return { evidenceId: evidence.id, itemId: item.id, procedureId: item.condition.procedureId };
}

export async function addFileEvidence(actor: TActor, input: TAddFileEvidenceInput, upload: TIncomingEvidenceFile): Promise<TEvidenceResult> {
  const item = await findItemToWork(actor, input.itemId);
  assertDatesUsable(input, getNow());
  const file = await receiveEvidenceFile(upload.body, upload.fileName);
  return withReceivedFile(file, () =>
    createEvidence(actor, item, { kind: 'FILE', title: input.title, effectiveOn: input.effectiveOn, expiresOn: input.expiresOn }, fileContent(file)),
  );
}

export async function addLinkEvidence(actor: TActor, input: TAddLinkEvidenceInput): Promise<TEvidenceResult> {
  const item = await findItemToWork(actor, input.itemId);
  assertDatesUsable(input, getNow());
  return createEvidence(actor, item, { kind: 'LINK', title: input.title, effectiveOn: input.effectiveOn, expiresOn: input.expiresOn }, linkContent(input.url));
}

export async function addMetricSnapshotEvidence(actor: TActor, input: TAddMetricSnapshotEvidenceInput): Promise<TEvidenceResult> {
  const item = await findItemToWork(actor, input.itemId);
  const now = getNow();
  assertDatesUsable(input, now);
  const content = await snapshotContent(actor, item, now);
  return createEvidence(actor, item, { kind: 'METRIC_SNAPSHOT', title: input.title, effectiveOn: input.effectiveOn, expiresOn: input.expiresOn }, content);
}

/**
 * A new revision of the evidence's content: a file for file evidence (sent as `upload`), a link
 * for link evidence, the figures frozen again for a snapshot. It goes back to "submitted" for a
 * new review; if it was the item's accepted evidence, the item is no longer done.
 */
export async function addEvidenceRevision(actor: TActor, input: TAddEvidenceRevisionInput, upload?: TIncomingEvidenceFile): Promise<TEvidenceResult> {
  const evidence = await findEvidenceInScope(actor, input.evidenceId);
  const item = evidence.checklistItem;
  if (!canWorkChecklistItem(actor, item)) throw new ForbiddenError('Only the assigned organisation and quality managers revise evidence of this item');
  assertChecklistOpen(item.condition.status);
  const now = getNow();
  assertDatesUsable(input, now);
  if (evidence.kind === 'CONTROL_LOOP') throw new ValidationError('Control-loop evidence follows its loop; it is not revised here.');
  if ((evidence.kind === 'FILE') !== (upload !== undefined)) {
    throw new ValidationError(evidence.kind === 'FILE' ? 'A new revision of a file needs the new file.' : 'Only file evidence takes a file.');
  }
  if ((evidence.kind === 'LINK') !== (input.url !== null)) {
    throw new ValidationError('Nothing was changed.', { url: [evidence.kind === 'LINK' ? 'Give the new link' : 'Only link evidence takes a link'] });
  }

  let file: TReceivedEvidenceFile | null = null;
  let content: TRevisionContent;
  if (upload) {
    file = await receiveEvidenceFile(upload.body, upload.fileName);
    content = fileContent(file);
  } else if (input.url !== null) content = linkContent(input.url);
  else content = await snapshotContent(actor, item, now);

  const number = evidence.latestRevision + 1;
  const otherEvidence = item.evidence.filter((entry) => entry.id !== evidence.id);
  await withReceivedFile(file, () =>
    getDb().$transaction(async (tx) => {
      // Guarded on the row as read: a review or revision in between makes this match nothing.
      const updated = await tx.evidence.updateMany({
        where: { id: evidence.id, updatedAt: evidence.updatedAt },
        data: { status: 'SUBMITTED', effectiveOn: input.effectiveOn, expiresOn: input.expiresOn, reviewedById: null, reviewedAt: null, reviewNote: null },
      });
      if (updated.count !== 1) throw new ValidationError('The evidence was changed meanwhile; reload and try again.');
      await tx.evidenceRevision.create({
        data: { evidenceId: evidence.id, number, note: input.note, uploadedById: actor.userId, uploadedAt: now, ...revisionData(content) },
      });
      await recordAudit(tx, actor, {
        action: 'evidence.revise',
        entityType: 'Evidence',
        entityId: evidence.id,
        procedureId: item.condition.procedureId,
        certificateId: item.certificateId,
        before: { status: evidence.status, effectiveOn: evidence.effectiveOn, expiresOn: evidence.expiresOn, revision: evidence.latestRevision },
        after: { status: 'SUBMITTED', effectiveOn: input.effectiveOn, expiresOn: input.expiresOn, revision: number, note: input.note, ...content.audit },
      });
      if (item.status === 'DONE' && !hasCurrentAcceptedEvidence(otherEvidence, now)) {
        await setItemStatusInTx(tx, actor, item, 'IN_PROGRESS', `evidence "${evidence.title}" was revised and awaits review again`);
      }
    }),
  );
  return { evidenceId: evidence.id, itemId: item.id, procedureId: item.condition.procedureId };
}

async function findEvidenceToReview(actor: TActor, input: { evidenceId: string; revisionNumber: number }) {
  const evidence = await findEvidenceInScope(actor, input.evidenceId);
  if (!canReviewEvidence(actor)) throw new ForbiddenError('Only quality managers accept or reject evidence');
  assertChecklistOpen(evidence.checklistItem.condition.status);
  if (evidence.status !== 'SUBMITTED') {
    throw new ValidationError(
      `This evidence is ${STATUS_WORD[evidence.status]} already; only submitted evidence is accepted or rejected. Nothing was changed.`,
    );
  }
  if (evidence.latestRevision !== input.revisionNumber) {
    throw new ValidationError(
      `The newest revision is ${evidence.latestRevision}, not ${input.revisionNumber}; review the newest revision. Nothing was changed.`,
    );
  }
  return evidence;
}

async function recordReview(
  actor: TActor,
  evidence: Awaited<ReturnType<typeof findEvidenceToReview>>,
  status: 'ACCEPTED' | 'REJECTED',
  note: string | null,
  alsoInTx: (tx: TTx) => Promise<void>,
): Promise<TEvidenceResult> {
  const item = evidence.checklistItem;
  const now = getNow();
  await getDb().$transaction(async (tx) => {
    const updated = await tx.evidence.updateMany({
      where: { id: evidence.id, status: 'SUBMITTED', updatedAt: evidence.updatedAt },
      data: { status, reviewedById: actor.userId, reviewedAt: now, reviewNote: note },
    });
    if (updated.count !== 1) throw new ValidationError('The evidence was changed meanwhile; reload and try again.');
    await recordAudit(tx, actor, {
      action: status === 'ACCEPTED' ? 'evidence.accept' : 'evidence.reject',
      entityType: 'Evidence',
      entityId: evidence.id,
      procedureId: item.condition.procedureId,
      certificateId: item.certificateId,
      before: { status: evidence.status },
      after: { status, revision: evidence.latestRevision, note },
    });
    await alsoInTx(tx);
  });
  return { evidenceId: evidence.id, itemId: item.id, procedureId: item.condition.procedureId };
}

/** Accepting evidence completes its checklist item. */
export async function acceptEvidence(actor: TActor, input: TAcceptEvidenceInput): Promise<TEvidenceResult> {
  const evidence = await findEvidenceToReview(actor, input);
  if (evidence.expiresOn !== null && evidence.expiresOn.getTime() <= getNow().getTime()) {
    throw new ValidationError(`This evidence expired on ${formatDate(evidence.expiresOn)}; it needs a revision with a later expiry before it can be accepted.`);
  }
  const item = evidence.checklistItem;
  return recordReview(actor, evidence, 'ACCEPTED', input.note, (tx) => setItemStatusInTx(tx, actor, item, 'DONE', `evidence "${evidence.title}" was accepted`));
}

export async function rejectEvidence(actor: TActor, input: TRejectEvidenceInput): Promise<TEvidenceResult> {
  const evidence = await findEvidenceToReview(actor, input);
  return recordReview(actor, evidence, 'REJECTED', input.note, async () => {});
}
