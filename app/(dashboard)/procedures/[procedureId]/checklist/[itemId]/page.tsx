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
import { getT } from '@/lib/i18n/server';
import { AddFileEvidenceForm } from './_components/add-file-evidence-form';
import { AddLinkEvidenceForm } from './_components/add-link-evidence-form';
import { AssignItemForm } from './_components/assign-item-form';
import { EvidenceCard } from './_components/evidence-card';
import { EvidenceStateBadge } from './_components/evidence-state-badge';
import { FreezeFiguresForm } from './_components/freeze-figures-form';
import { ItemOverview } from './_components/item-overview';
import { ItemStatusButtons } from './_components/item-status-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('checklist'))('page.title') };
}

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
  const [t, tProcedures] = await Promise.all([getT('checklist'), getT('procedures')]);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/procedures" className="hover:underline">
            {tProcedures('breadcrumb')}
          </Link>{' '}
          /{' '}
          <Link href={`/procedures/${procedure.id}`} className="hover:underline">
            {procedure.agency.name} {procedure.projectNumber}
          </Link>{' '}
          / {t('page.breadcrumbCondition', { number: item.condition.number })}
        </p>
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {item.title} <EvidenceStateBadge state={item.evidenceState} />
        </h1>
        {isClosed ? (
          <p className="mt-1 text-sm text-slate-600" role="status">
            {t('page.closed')}
          </p>
        ) : null}
      </div>

      <Card>
        <CardHeader title={t('page.itemCard')} />
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
          title={t('page.evidence')}
          description={item.evidence.length === 0 ? t('page.evidenceNone') : t('page.evidenceCount', { count: item.evidence.length })}
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
          <CardHeader title={t('page.addEvidence')} description={t('page.addEvidenceDescription')} />
          <CardBody className="grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="add-file-heading">
              <h3 id="add-file-heading" className="mb-2 text-sm font-semibold">
                {t('page.aFile')}
              </h3>
              <AddFileEvidenceForm itemId={item.id} today={today} maxBytes={maxBytes} />
            </section>
            <div className="flex flex-col gap-6">
              <section aria-labelledby="add-link-heading">
                <h3 id="add-link-heading" className="mb-2 text-sm font-semibold">
                  {t('page.aLink')}
                </h3>
                <AddLinkEvidenceForm itemId={item.id} today={today} />
              </section>
              {item.certificate ? (
                <section aria-labelledby="freeze-heading">
                  <h3 id="freeze-heading" className="mb-2 text-sm font-semibold">
                    {t('page.figures')}
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
