import Link from 'next/link';
import type { TChecklistItemDetail } from '@/lib/conditions/queries';
import { getFormat, getT } from '@/lib/i18n/server';
import { AddRevisionForm } from './add-revision-form';
import { EvidenceStateBadge } from './evidence-state-badge';
import { ReviewEvidenceForm } from './review-evidence-form';
import { RevisionTable } from './revision-table';

type TEvidence = TChecklistItemDetail['evidence'][number];

export type TEvidenceCardProps = {
  evidence: TEvidence;
  certificateSlug: string | null;
  /** The assigned organisation or a quality manager, while the condition is undecided. */
  canWork: boolean;
  /** A quality manager, while the condition is undecided. */
  canReview: boolean;
  today: string;
  maxBytes: number;
};

async function ReviewLine({ evidence }: { evidence: TEvidence }) {
  const [t, format] = await Promise.all([getT('checklist'), getFormat()]);
  if (!evidence.reviewedBy || !evidence.reviewedAt) return <p className="text-xs text-slate-600">{t('evidenceCard.awaitingReview')}</p>;
  const review = { name: evidence.reviewedBy.name, date: format.date(evidence.reviewedAt) };
  return (
    <p className="text-sm">
      {evidence.status === 'ACCEPTED' ? t('evidenceCard.acceptedBy', review) : t('evidenceCard.rejectedBy', review)}
      {evidence.reviewNote ? `: ${evidence.reviewNote}` : ''}
    </p>
  );
}

export async function EvidenceCard({ evidence, certificateSlug, canWork, canReview, today, maxBytes }: TEvidenceCardProps) {
  const [t, format] = await Promise.all([getT('checklist'), getFormat()]);
  const latestRevision = evidence.revisions[0]?.number ?? 0;
  const kind = evidence.kind;
  return (
    <article className="flex flex-col gap-2 rounded-md border border-slate-200 p-3" data-testid="evidence" aria-label={evidence.title}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{evidence.title}</h3>
        <span className="text-xs text-slate-600">{t(`evidenceKind.${kind}`)}</span>
        <span data-testid="evidence-state">
          <EvidenceStateBadge state={evidence.state} />
        </span>
      </div>
      <p className="text-xs text-slate-600">
        {t('evidenceCard.details', {
          effective: format.date(evidence.effectiveOn),
          expiry: evidence.expiresOn ? t('evidenceCard.expires', { date: format.date(evidence.expiresOn) }) : t('evidenceCard.noExpiry'),
          name: evidence.createdBy.name,
          created: format.date(evidence.createdAt),
        })}
        {kind === 'CONTROL_LOOP' && evidence.controlLoopId && certificateSlug ? (
          <>
            {' · '}
            <Link href={`/certificates/${certificateSlug}/loops/${evidence.controlLoopId}`} className="text-blue-700 hover:underline">
              {t('evidenceCard.openLoop')}
            </Link>
          </>
        ) : null}
      </p>
      {evidence.status !== 'SUBMITTED' ? <ReviewLine evidence={evidence} /> : null}
      <RevisionTable evidence={evidence} />
      {canReview && evidence.status === 'SUBMITTED' && evidence.state !== 'EXPIRED' ? (
        <ReviewEvidenceForm evidenceId={evidence.id} revisionNumber={latestRevision} />
      ) : null}
      {canWork && kind !== 'CONTROL_LOOP' ? (
        <details className="rounded-md border border-slate-200 p-2">
          <summary className="cursor-pointer text-sm font-medium">{t('evidenceCard.addRevision')}</summary>
          <div className="mt-2">
            <AddRevisionForm evidenceId={evidence.id} kind={kind} today={today} maxBytes={maxBytes} />
          </div>
        </details>
      ) : null}
    </article>
  );
}
