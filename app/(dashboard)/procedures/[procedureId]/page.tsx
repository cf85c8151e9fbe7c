import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceReportDownload } from '@/components/evidence-report/evidence-report-download';
import { ExportLinks } from '@/components/exports/export-links';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listEntityHistory } from '@/lib/audit/queries';
import { recordAuditorView } from '@/lib/audit/record-view';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canExportEvidenceReport, canManageProcedures, canReadAuditTrail, canReviewEvidence } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getNow } from '@/lib/clock';
import { listConditionsWithChecklist } from '@/lib/conditions/queries';
import { CONDITION_STATUS_LABEL, listManualTransitions } from '@/lib/conditions/workflow';
import { getProcedure } from '@/lib/procedures/queries';
import { formatDate, formatEnum } from '@/lib/utils/format';
import { AddConditionForm } from './_components/add-condition-form';
import { CommitteeDecisionForm } from './_components/committee-decision-form';
import { ConditionStatusControls } from './_components/condition-status-controls';
import { AddQualityProfileCriterionForm, QualityProfileRowForm } from './_components/quality-profile-row-form';
import { RecommendationStatusSelect } from './_components/recommendation-status-select';

export const metadata: Metadata = { title: 'Procedure' };

const STATUS_TONE: Record<string, TBadgeTone> = {
  OPEN: 'warning',
  IN_PROGRESS: 'info',
  SUBMITTED: 'info',
  FULFILLED: 'good',
  NOT_FULFILLED: 'bad',
  EXTENDED: 'warning',
};

const EVIDENCE_TONE: Record<string, TBadgeTone> = { MISSING: 'bad', SUBMITTED: 'info', ACCEPTED: 'good', REJECTED: 'bad', EXPIRED: 'warning' };

const RATING_TONE: Record<string, TBadgeTone> = {
  EXCEPTIONAL: 'good',
  EXCEEDS: 'good',
  MEETS: 'neutral',
  DOES_NOT_MEET: 'bad',
  NOT_RELEVANT: 'neutral',
  CONDITION: 'warning',
};

/** "3.1.2 rating MEETS → EXCEEDS" from an audit entry's before/after JSON. */
function describeCriterionChange(before: string | null, after: string | null): string {
  const was = before ? (JSON.parse(before) as Record<string, unknown>) : null;
  const now = after ? (JSON.parse(after) as Record<string, unknown>) : null;
  const code = String(now?.criterionCode ?? was?.criterionCode ?? '');
  if (!was) return `${code} added (${String(now?.rating)})`;
  if (!now) return `${code} removed (was ${String(was.rating)})`;
  const changes = Object.keys(now)
    .filter((key) => JSON.stringify(now[key]) !== JSON.stringify(was[key]))
    .map((key) => `${key} ${JSON.stringify(was[key])} → ${JSON.stringify(now[key])}`);
  return `${code} ${changes.join(', ') || 'saved unchanged'}`;
}

export default async function ProcedurePage({ params }: { params: Promise<{ procedureId: string }> }) {
  const actor = await requireActor();
  const { procedureId } = await params;
  const procedure = await orNotFound(getProcedure(actor, procedureId));
  const conditions = await listConditionsWithChecklist(actor, procedureId);
  const profileHistory = await listEntityHistory(
    'QualityProfileRating',
    procedure.qualityProfile.map((row) => row.id),
  );
  await recordAuditorView(actor, { action: 'procedure.view', entityType: 'AccreditationProcedure', entityId: procedure.id, procedureId: procedure.id });
  const isManager = canManageProcedures(actor);
  const today = getNow().toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/procedures" className="hover:underline">
            Procedures
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {procedure.agency.name} {procedure.projectNumber}: {procedure.type}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {procedure.platform.name} · {procedure.modeOfStudy ?? ''} · decision: {procedure.decision ?? 'pending'} · certified{' '}
          {formatDate(procedure.certificationFrom)} – {formatDate(procedure.certificationUntil)}
        </p>
        {canExportEvidenceReport(actor) ? <EvidenceReportDownload subject={{ procedure: procedure.id }} className="mt-2" /> : null}
        {canReadAuditTrail(actor) ? (
          <p className="mt-1 text-sm">
            <Link href={`/procedures/${procedure.id}/audit`} className="text-blue-700 hover:underline">
              Audit trail of this procedure
            </Link>
          </p>
        ) : null}
      </div>

      <Card>
        <CardHeader title="Timeline" />
        <CardBody>
          <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4" data-testid="timeline">
            {procedure.timeline.map((event) => (
              <li key={`${event.date.toISOString()}-${event.label}`} className="text-sm">
                <span className="inline-block w-28 font-medium tabular-nums">{formatDate(event.date)}</span> {event.label}{' '}
                {event.isFuture ? <Badge tone="info">upcoming</Badge> : null}
              </li>
            ))}
          </ol>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Certificates covered" description={`${procedure.certificates.length} in your scope`} />
        <CardBody>
          <ul className="flex flex-col gap-1 text-sm">
            {procedure.certificates.map(({ certificate }) => (
              <li key={certificate.id}>
                <Link href={`/certificates/${certificate.slug}`} className="text-blue-700 underline">
                  {certificate.name}
                </Link>{' '}
                <span className="text-slate-500">({certificate.contentPartnerOrganisation.name})</span>
              </li>
            ))}
          </ul>
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Conditions"
          description={`Proof due ${formatDate(procedure.proofOfConditionsDueOn)} unless a condition sets its own date.`}
          actions={
            <span className="flex flex-col items-end gap-1">
              <ExportLinks dataset="procedure-conditions" subject="procedure" value={procedure.id} label="Conditions and checklist" />
              <ExportLinks dataset="procedure-evidence" subject="procedure" value={procedure.id} label="Evidence list" />
            </span>
          }
        />
        <CardBody className="flex flex-col gap-3">
          {conditions.length === 0 ? <p className="text-sm text-slate-600">No conditions recorded.</p> : null}
          {conditions.map((condition) => {
            const transitions = listManualTransitions(condition.status).filter(
              (status) =>
                isManager ||
                (condition.status === 'OPEN' && status === 'IN_PROGRESS' && condition.checklistItems.length > 0 && actor.role === 'CONTENT_PARTNER'),
            );
            return (
              <article
                key={condition.id}
                className="rounded-md border border-slate-200 p-3"
                data-testid="condition"
                aria-labelledby={`condition-${condition.number}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 id={`condition-${condition.number}`} className="font-semibold">
                    Condition {condition.number}
                  </h3>
                  <Badge tone={STATUS_TONE[condition.status] ?? 'neutral'}>{CONDITION_STATUS_LABEL[condition.status]}</Badge>
                  <span className="text-xs text-slate-600">
                    Chapter {condition.chapter} · {condition.criterion}
                    {condition.isAsteriskCriterion ? ' (asterisk criterion)' : ''}
                  </span>
                </div>
                <p className="mt-1 text-sm">{condition.text}</p>
                <p className="mt-1 text-xs text-slate-600">Due {formatDate(condition.dueOn ?? procedure.proofOfConditionsDueOn)}</p>
                {condition.decisions.length > 0 ? (
                  <ul className="mt-2 text-sm">
                    {condition.decisions.map((decision) => (
                      <li key={decision.id}>
                        Committee decision on {formatDate(decision.decidedOn)}: <strong>{formatEnum(decision.decision)}</strong>
                        {decision.meeting ? ` (${decision.meeting})` : ''}
                        {decision.extendedUntil ? `, new due date ${formatDate(decision.extendedUntil)}` : ''}
                        {decision.note ? ` · ${decision.note}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-2 text-sm text-slate-600">No committee decision recorded yet.</p>
                )}
                {condition.checklistItems.length > 0 ? (
                  <Table className="mt-2" data-testid="checklist">
                    <thead>
                      <tr>
                        <Th>Checklist item</Th>
                        <Th>Assigned to</Th>
                        <Th>Due</Th>
                        <Th>Work</Th>
                        <Th>Evidence</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {condition.checklistItems.map((item) => (
                        <tr key={item.id}>
                          <Td>
                            <Link href={`/procedures/${procedure.id}/checklist/${item.id}`} className="text-blue-700 hover:underline">
                              {item.title}
                            </Link>
                          </Td>
                          <Td>
                            {item.assigneeOrganisation.name}
                            {item.assigneeUser ? ` · ${item.assigneeUser.name}` : ''}
                          </Td>
                          <Td className="tabular-nums">{formatDate(item.effectiveDueOn)}</Td>
                          <Td>{formatEnum(item.status)}</Td>
                          <Td>
                            <Badge tone={EVIDENCE_TONE[item.evidenceState] ?? 'neutral'}>{item.evidenceState.toLowerCase()}</Badge>
                            {item.evidenceCount > 0 ? <span className="ml-1 text-xs text-slate-600">({item.evidenceCount})</span> : null}
                          </Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                ) : (
                  <p className="mt-2 text-xs text-slate-600">No checklist item of this condition is assigned to your organisation.</p>
                )}
                <div className="mt-2">
                  <ConditionStatusControls conditionId={condition.id} transitions={transitions} />
                </div>
                {canReviewEvidence(actor) && condition.status === 'SUBMITTED' ? <CommitteeDecisionForm conditionId={condition.id} today={today} /> : null}
              </article>
            );
          })}
          {isManager ? <AddConditionForm procedureId={procedure.id} nextNumber={Math.max(0, ...conditions.map((condition) => condition.number)) + 1} /> : null}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Recommendations" description="Tracked for the re-certification." />
        <Table>
          <thead>
            <tr>
              <Th className="w-12">#</Th>
              <Th className="w-20">Chapter</Th>
              <Th>Recommendation</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {procedure.recommendations.map((recommendation) => (
              <tr key={recommendation.id}>
                <Td>{recommendation.position}</Td>
                <Td>{recommendation.chapter}</Td>
                <Td>{recommendation.text}</Td>
                <Td>
                  {isManager ? (
                    <RecommendationStatusSelect
                      recommendationId={recommendation.id}
                      status={recommendation.status}
                      label={`Status of recommendation ${recommendation.position}`}
                    />
                  ) : (
                    formatEnum(recommendation.status)
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card>
        <CardHeader title="Quality profile" description="Criterion by criterion, as rated by the agency. * marks asterisk (minimum-standard) criteria." />
        <Table data-testid="quality-profile">
          <thead>
            <tr>
              <Th className="w-20">Criterion</Th>
              <Th>Title</Th>
              <Th>Rating</Th>
            </tr>
          </thead>
          <tbody>
            {procedure.qualityProfile.map((row) => (
              <tr key={row.id}>
                <Td className="tabular-nums">
                  {row.criterionCode}
                  {row.isAsterisk ? '*' : ''}
                </Td>
                <Td>{row.criterionTitle}</Td>
                <Td>
                  <Badge tone={RATING_TONE[row.rating] ?? 'neutral'}>{row.rating === 'CONDITION' ? 'Condition' : formatEnum(row.rating)}</Badge>
                  {row.note ? <p className="mt-1 text-xs text-slate-600">{row.note}</p> : null}
                  {isManager ? <QualityProfileRowForm criterion={row} /> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {isManager ? <AddQualityProfileCriterionForm procedureId={procedure.id} /> : null}
        <details className="px-4 py-3 text-sm" data-testid="quality-profile-history">
          <summary className="cursor-pointer">
            History of the profile ({profileHistory.length} change{profileHistory.length === 1 ? '' : 's'})
          </summary>
          {profileHistory.length === 0 ? (
            <p className="mt-1 text-slate-600">Unchanged since the agency's report.</p>
          ) : (
            <ul className="mt-1 flex flex-col gap-1">
              {profileHistory.map((entry) => (
                <li key={entry.sequence}>
                  {formatDate(entry.at)} · {entry.actorLabel} · {entry.action.replace('quality-profile.', '')}:{' '}
                  {describeCriterionChange(entry.before, entry.after)}
                </li>
              ))}
            </ul>
          )}
        </details>
      </Card>
    </div>
  );
}
