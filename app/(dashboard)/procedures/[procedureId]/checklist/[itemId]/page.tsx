import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { recordAuditorView } from '@/lib/audit/record-view';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canManageProcedures, canReviewEvidence, canWorkChecklistItem } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getNow } from '@/lib/clock';
import { getChecklistItem } from '@/lib/conditions/queries';
import { env } from '@/lib/env';
import { listChecklistAssigneeOptions } from '@/lib/evidence/queries';
import { AddFileEvidenceForm } from './_components/add-file-evidence-form';
import { AddLinkEvidenceForm } from './_components/add-link-evidence-form';
import { AssignItemForm } from './_components/assign-item-form';
import { EvidenceCard } from './_components/evidence-card';
import { EvidenceStateBadge } from './_components/evidence-state-badge';
import { FreezeFiguresForm } from './_components/freeze-figures-form';
import { ItemOverview } from './_components/item-overview';
import { ItemStatusButtons } from './_components/item-status-buttons';

export const metadata: Metadata = { title: 'Checklist item' };

const toDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export default async function ChecklistItemPage({ params }: { params: Promise<{ procedureId: string; itemId: string }> }) {
  const actor = await requireActor();
  const { procedureId, itemId } = await params;
  const item = await orNotFound(getChecklistItem(actor, itemId));
  // The item must belong to the procedure in the address; another combination does not exist.
  if (item.condition.procedureId !== procedureId) notFound();
  await recordAuditorView(actor, {
    action: 'checklist-item.view',
    entityType: 'ChecklistItem',
    entityId: item.id,
    procedureId,
    certificateId: item.certificateId,
  });

  const { procedure } = item.condition;
  const isClosed = item.condition.status === 'FULFILLED' || item.condition.status === 'NOT_FULFILLED';
  const canWork = !isClosed && canWorkChecklistItem(actor, item);
  const canReview = !isClosed && canReviewEvidence(actor);
  const canAssign = !isClosed && canManageProcedures(actor);
  const assigneeOptions = canAssign ? await listChecklistAssigneeOptions(actor, item.id) : [];
  const today = toDay(getNow()) as string;
  const maxBytes = env.CERTQA_EVIDENCE_MAX_BYTES;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/procedures" className="hover:underline">
            Procedures
          </Link>{' '}
          /{' '}
          <Link href={`/procedures/${procedure.id}`} className="hover:underline">
            {procedure.agency.name} {procedure.projectNumber}
          </Link>{' '}
          / Condition {item.condition.number}
        </p>
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {item.title} <EvidenceStateBadge state={item.evidenceState} />
        </h1>
        {isClosed ? (
          <p className="mt-1 text-sm text-slate-600" role="status">
            The committee has decided on this condition; its checklist is closed and shown as it was.
          </p>
        ) : null}
      </div>

      <Card>
        <CardHeader title="Checklist item" />
        <CardBody className="flex flex-col gap-4">
          <ItemOverview item={item} />
          {canWork ? <ItemStatusButtons itemId={item.id} status={item.status} /> : null}
          {canAssign ? (
            <AssignItemForm
              itemId={item.id}
              options={assigneeOptions}
              current={{ organisationId: item.assigneeOrganisationId, userId: item.assigneeUserId, dueOn: toDay(item.dueOn) }}
            />
          ) : null}
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Evidence"
          description={
            item.evidence.length === 0
              ? 'None yet: the item counts as missing evidence.'
              : `${item.evidence.length} item(s). Only accepted, unexpired evidence completes the checklist item.`
          }
        />
        <CardBody className="flex flex-col gap-3">
          {item.evidence.map((evidence) => (
            <EvidenceCard
              key={evidence.id}
              evidence={evidence}
              certificateSlug={item.certificate?.slug ?? null}
              canWork={canWork}
              canReview={canReview}
              today={today}
              maxBytes={maxBytes}
            />
          ))}
        </CardBody>
      </Card>

      {canWork ? (
        <Card>
          <CardHeader title="Add evidence" description="Each piece of evidence keeps its SHA-256, its revisions and who did what." />
          <CardBody className="grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="add-file-heading">
              <h3 id="add-file-heading" className="mb-2 text-sm font-semibold">
                A file
              </h3>
              <AddFileEvidenceForm itemId={item.id} today={today} maxBytes={maxBytes} />
            </section>
            <div className="flex flex-col gap-6">
              <section aria-labelledby="add-link-heading">
                <h3 id="add-link-heading" className="mb-2 text-sm font-semibold">
                  A link
                </h3>
                <AddLinkEvidenceForm itemId={item.id} today={today} />
              </section>
              {item.certificate ? (
                <section aria-labelledby="freeze-heading">
                  <h3 id="freeze-heading" className="mb-2 text-sm font-semibold">
                    The dashboard figures
                  </h3>
                  <FreezeFiguresForm itemId={item.id} certificateName={item.certificate.name} today={today} />
                </section>
              ) : null}
            </div>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
