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
import { listManualTransitions } from '@/lib/conditions/workflow';
import { getFormat, getT } from '@/lib/i18n/server';
import { getProcedure } from '@/lib/procedures/queries';
import { AddConditionForm } from './_components/add-condition-form';
import { CommitteeDecisionForm } from './_components/committee-decision-form';
import { ConditionStatusControls } from './_components/condition-status-controls';
import { AddQualityProfileCriterionForm, QualityProfileRowForm } from './_components/quality-profile-row-form';
import { RecommendationStatusSelect } from './_components/recommendation-status-select';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('procedures'))('workspace.title') };
}

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

type TProceduresT = Awaited<ReturnType<typeof getT<'procedures'>>>;

const HISTORY_ACTIONS = ['add', 'update', 'remove'] as const;

/** "add", "update" or "remove" of a quality-profile audit action, in the reader's language. */
function describeHistoryAction(t: TProceduresT, action: string): string {
  const verb = action.replace('quality-profile.', '');
  const known = HISTORY_ACTIONS.find((candidate) => candidate === verb);
  return known ? t(`workspace.qualityProfile.historyAction.${known}`) : verb;
}

/** "3.1.2 rating MEETS → EXCEEDS" from an audit entry's before/after JSON. */
function describeCriterionChange(t: TProceduresT, before: string | null, after: string | null): string {
  const was = before ? (JSON.parse(before) as Record<string, unknown>) : null;
  const now = after ? (JSON.parse(after) as Record<string, unknown>) : null;
  const code = String(now?.criterionCode ?? was?.criterionCode ?? '');
  if (!was) return t('workspace.qualityProfile.added', { code, rating: String(now?.rating) });
  if (!now) return t('workspace.qualityProfile.removed', { code, rating: String(was.rating) });
  const changes = Object.keys(now)
    .filter((key) => JSON.stringify(now[key]) !== JSON.stringify(was[key]))
    .map((key) => `${key} ${JSON.stringify(was[key])} → ${JSON.stringify(now[key])}`);
  return changes.length > 0
    ? t('workspace.qualityProfile.changed', { code, changes: changes.join(', ') })
    : t('workspace.qualityProfile.savedUnchanged', { code });
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
  const [t, tChecklist, format] = await Promise.all([getT('procedures'), getT('checklist'), getFormat()]);
  const isManager = canManageProcedures(actor);
  const today = getNow().toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/procedures" className="hover:underline">
            {t('breadcrumb')}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {procedure.agency.name} {procedure.projectNumber}: {procedure.type}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {t('workspace.summary', {
            platform: procedure.platform.name,
            mode: procedure.modeOfStudy ?? '',
            decision: procedure.decision ?? t('workspace.decisionPending'),
            from: format.date(procedure.certificationFrom),
            to: format.date(procedure.certificationUntil),
          })}
        </p>
        {canExportEvidenceReport(actor) ? <EvidenceReportDownload subject={{ procedure: procedure.id }} className="mt-2" /> : null}
        {canReadAuditTrail(actor) ? (
          <p className="mt-1 text-sm">
            <Link href={`/procedures/${procedure.id}/audit`} className="text-blue-700 hover:underline">
              {t('workspace.auditLink')}
            </Link>
          </p>
        ) : null}
      </div>

      <Card>
        <CardHeader title={t('workspace.timeline')} />
        <CardBody>
          <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4" data-testid="timeline">
            {procedure.timeline.map((event) => (
              <li key={`${event.date.toISOString()}-${event.label}`} className="text-sm">
                <span className="inline-block w-28 font-medium tabular-nums">{format.date(event.date)}</span> {format.serverMessage(event.label)}{' '}
                {event.isFuture ? <Badge tone="info">{t('workspace.upcoming')}</Badge> : null}
              </li>
            ))}
          </ol>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t('workspace.certificates')} description={t('workspace.certificatesInScope', { count: procedure.certificates.length })} />
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
          title={t('workspace.conditions.title')}
          description={t('workspace.conditions.description', { date: format.date(procedure.proofOfConditionsDueOn) })}
          actions={
            <span className="flex flex-col items-end gap-1">
              <ExportLinks dataset="procedure-conditions" subject="procedure" value={procedure.id} label={t('workspace.conditions.exportConditions')} />
              <ExportLinks dataset="procedure-evidence" subject="procedure" value={procedure.id} label={t('workspace.conditions.exportEvidence')} />
            </span>
          }
        />
        <CardBody className="flex flex-col gap-3">
          {conditions.length === 0 ? <p className="text-sm text-slate-600">{t('workspace.conditions.none')}</p> : null}
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
                    {t('workspace.conditions.heading', { number: condition.number })}
                  </h3>
                  <Badge tone={STATUS_TONE[condition.status] ?? 'neutral'}>{t(`conditionStatus.${condition.status}`)}</Badge>
                  <span className="text-xs text-slate-600">
                    {t('workspace.conditions.chapter', { chapter: condition.chapter, criterion: condition.criterion })}
                    {condition.isAsteriskCriterion ? t('workspace.conditions.asterisk') : ''}
                  </span>
                </div>
                <p className="mt-1 text-sm">{condition.text}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {t('workspace.conditions.due', { date: format.date(condition.dueOn ?? procedure.proofOfConditionsDueOn) })}
                </p>
                {condition.decisions.length > 0 ? (
                  <ul className="mt-2 text-sm">
                    {condition.decisions.map((decision) => (
                      <li key={decision.id}>
                        {t.rich('workspace.conditions.decision', {
                          date: format.date(decision.decidedOn),
                          decision: format.enumValue(decision.decision),
                          strong: (chunks) => <strong>{chunks}</strong>,
                        })}
                        {decision.meeting ? ` (${decision.meeting})` : ''}
                        {decision.extendedUntil ? t('workspace.conditions.newDueDate', { date: format.date(decision.extendedUntil) }) : ''}
                        {decision.note ? ` · ${decision.note}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-2 text-sm text-slate-600">{t('workspace.conditions.noDecision')}</p>
                )}
                {condition.checklistItems.length > 0 ? (
                  <Table className="mt-2" data-testid="checklist">
                    <thead>
                      <tr>
                        <Th>{t('workspace.conditions.checklistItem')}</Th>
                        <Th>{t('workspace.conditions.assignedTo')}</Th>
                        <Th>{t('workspace.conditions.dueColumn')}</Th>
                        <Th>{t('workspace.conditions.work')}</Th>
                        <Th>{t('workspace.conditions.evidence')}</Th>
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
                          <Td className="tabular-nums">{format.date(item.effectiveDueOn)}</Td>
                          <Td>{format.enumValue(item.status)}</Td>
                          <Td>
                            <Badge tone={EVIDENCE_TONE[item.evidenceState] ?? 'neutral'}>{tChecklist(`evidenceState.${item.evidenceState}`)}</Badge>
                            {item.evidenceCount > 0 ? <span className="ml-1 text-xs text-slate-600">({item.evidenceCount})</span> : null}
                          </Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                ) : (
                  <p className="mt-2 text-xs text-slate-600">{t('workspace.conditions.noItems')}</p>
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
        <CardHeader title={t('workspace.recommendations.title')} description={t('workspace.recommendations.description')} />
        <Table>
          <thead>
            <tr>
              <Th className="w-12">#</Th>
              <Th className="w-20">{t('workspace.recommendations.chapter')}</Th>
              <Th>{t('workspace.recommendations.recommendation')}</Th>
              <Th>{t('workspace.recommendations.status')}</Th>
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
                      label={t('workspace.recommendations.statusLabel', { position: recommendation.position })}
                    />
                  ) : (
                    format.enumValue(recommendation.status)
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card>
        <CardHeader title={t('workspace.qualityProfile.title')} description={t('workspace.qualityProfile.description')} />
        <Table data-testid="quality-profile">
          <thead>
            <tr>
              <Th className="w-20">{t('workspace.qualityProfile.criterion')}</Th>
              <Th>{t('workspace.qualityProfile.criterionTitle')}</Th>
              <Th>{t('workspace.qualityProfile.rating')}</Th>
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
                  <Badge tone={RATING_TONE[row.rating] ?? 'neutral'}>{format.enumValue(row.rating)}</Badge>
                  {row.note ? <p className="mt-1 text-xs text-slate-600">{row.note}</p> : null}
                  {isManager ? <QualityProfileRowForm criterion={row} /> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {isManager ? <AddQualityProfileCriterionForm procedureId={procedure.id} /> : null}
        <details className="px-4 py-3 text-sm" data-testid="quality-profile-history">
          <summary className="cursor-pointer">{t('workspace.qualityProfile.history', { count: profileHistory.length })}</summary>
          {profileHistory.length === 0 ? (
            <p className="mt-1 text-slate-600">{t('workspace.qualityProfile.unchanged')}</p>
          ) : (
            <ul className="mt-1 flex flex-col gap-1">
              {profileHistory.map((entry) => (
                <li key={entry.sequence}>
                  {format.date(entry.at)} · {entry.actorLabel} · {describeHistoryAction(t, entry.action)}:{' '}
                  {describeCriterionChange(t, entry.before, entry.after)}
                </li>
              ))}
            </ul>
          )}
        </details>
      </Card>
    </div>
  );
}
