import Link from 'next/link';
import type { TChecklistItemDetail } from '@/lib/conditions/queries';
import type { EvidenceKind } from '@/lib/db/generated/sqlite/enums';
import { formatDate } from '@/lib/utils/format';
import { AddRevisionForm } from './add-revision-form';
import { EvidenceStateBadge } from './evidence-state-badge';
import { ReviewEvidenceForm } from './review-evidence-form';
import { RevisionTable } from './revision-table';

type TEvidence = TChecklistItemDetail['evidence'][number];

const KIND_LABEL: Record<EvidenceKind, string> = { FILE: 'File', LINK: 'Link', METRIC_SNAPSHOT: 'Frozen figures', CONTROL_LOOP: 'Control loop' };

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

function ReviewLine({ evidence }: { evidence: TEvidence }) {
  if (!evidence.reviewedBy || !evidence.reviewedAt) return <p className="text-xs text-slate-600">Awaiting review by a quality manager.</p>;
  return (
    <p className="text-sm">
      {evidence.status === 'ACCEPTED' ? 'Accepted' : 'Rejected'} by {evidence.reviewedBy.name} on {formatDate(evidence.reviewedAt)}
      {evidence.reviewNote ? `: ${evidence.reviewNote}` : ''}
    </p>
  );
}

export function EvidenceCard({ evidence, certificateSlug, canWork, canReview, today, maxBytes }: TEvidenceCardProps) {
  const latestRevision = evidence.revisions[0]?.number ?? 0;
  const kind = evidence.kind;
  return (
    <article className="flex flex-col gap-2 rounded-md border border-slate-200 p-3" data-testid="evidence" aria-label={evidence.title}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{evidence.title}</h3>
        <span className="text-xs text-slate-600">{KIND_LABEL[kind]}</span>
        <span data-testid="evidence-state">
          <EvidenceStateBadge state={evidence.state} />
        </span>
      </div>
      <p className="text-xs text-slate-600">
        Effective {formatDate(evidence.effectiveOn)} · {evidence.expiresOn ? `expires ${formatDate(evidence.expiresOn)}` : 'no expiry'} · added by{' '}
        {evidence.createdBy.name} on {formatDate(evidence.createdAt)}
        {kind === 'CONTROL_LOOP' && evidence.controlLoopId && certificateSlug ? (
          <>
            {' · '}
            <Link href={`/certificates/${certificateSlug}/loops/${evidence.controlLoopId}`} className="text-blue-700 hover:underline">
              open the control loop
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
          <summary className="cursor-pointer text-sm font-medium">Add a revision</summary>
          <div className="mt-2">
            <AddRevisionForm evidenceId={evidence.id} kind={kind} today={today} maxBytes={maxBytes} />
          </div>
        </details>
      ) : null}
    </article>
  );
}
