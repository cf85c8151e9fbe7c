import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { recordAuditorView } from '@/lib/audit/record-view';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canManageControlLoops } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import type { TWaveAnalysis } from '@/lib/control-loops/analyze-wave';
import { canUpdateMeasureStatus } from '@/lib/control-loops/permissions';
import { getControlLoop, listAttachableChecklistItems, listMeasureOwnerOptions, listSurveyWaveOptions } from '@/lib/control-loops/queries';
import { checkLoopAction } from '@/lib/control-loops/workflow';
import { formatDate } from '@/lib/utils/format';
import { AddMeasureForm } from '../_components/add-measure-form';
import { AnalysisTable } from '../_components/analysis-table';
import { AttachConditionForm } from '../_components/attach-condition-form';
import { CloseLoopForm } from '../_components/close-loop-form';
import { ComparisonTable } from '../_components/comparison-table';
import { FollowUpForm } from '../_components/follow-up-form';
import { LoopStatusBadge } from '../_components/loop-status-badge';
import { MeasuresTable } from '../_components/measures-table';

export const metadata: Metadata = { title: 'Control loop' };

/** Where a frozen analysis comes from: wave, survey period, k and the hash of the stored text. */
function describeFrozen(analysis: TWaveAnalysis, frozenAt: Date, sha256: string) {
  const period =
    analysis.surveyedFrom && analysis.surveyedTo
      ? `surveyed ${formatDate(new Date(analysis.surveyedFrom))} – ${formatDate(new Date(analysis.surveyedTo))}`
      : 'no responses';
  return (
    <>
      Wave “{analysis.wave.name}” ({analysis.wave.sourceName}), {analysis.responseCount} responses for this certificate, {period}. Frozen {formatDate(frozenAt)}
      ; figures from fewer than {analysis.minimumGroupSize} respondents withheld. SHA-256 <code className="break-all text-xs">{sha256}</code>
    </>
  );
}

function RuleNote({ reason }: { reason: string }) {
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
      {reason}
    </p>
  );
}

export default async function ControlLoopPage({ params }: { params: Promise<{ slug: string; loopId: string }> }) {
  const actor = await requireActor();
  const { slug, loopId } = await params;
  const loop = await orNotFound(getControlLoop(actor, slug, loopId));
  await recordAuditorView(actor, {
    action: 'control-loop.view',
    entityType: 'ControlLoop',
    entityId: loop.id,
    certificateId: loop.certificateId,
    procedureId: loop.condition?.procedureId,
  });
  const canManage = canManageControlLoops(actor);
  const context = {
    hasFollowUp: loop.followUpWaveId !== null,
    openMeasures: loop.measures.filter((measure) => measure.status === 'PLANNED' || measure.status === 'IN_PROGRESS').length,
  };
  const allows = (action: Parameters<typeof checkLoopAction>[1]) => checkLoopAction(loop.status, action, context);
  // The forms' options are read only for those who will see the forms.
  const [waves, owners, items] = canManage
    ? await Promise.all([listSurveyWaveOptions(actor, slug), listMeasureOwnerOptions(actor, slug), listAttachableChecklistItems(actor, slug, loop.id)])
    : [[], [], []];
  const laterWaves = waves.filter((wave) => wave.id !== loop.baselineWaveId && wave.importedAt.getTime() > loop.baselineWave.importedAt.getTime());
  const editableMeasureIds = allows('UPDATE_MEASURE_STATUS').ok
    ? loop.measures.filter((measure) => canUpdateMeasureStatus(actor, measure)).map((measure) => measure.id)
    : [];
  const followUpCheck = allows('ATTACH_FOLLOW_UP');
  const closeCheck = allows('CLOSE');

  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/certificates/${slug}`} className="hover:underline">
            {loop.certificate.name}
          </Link>{' '}
          /{' '}
          <Link href={`/certificates/${slug}/loops`} className="hover:underline">
            Control loops
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold">{loop.title}</h1>
          <span data-testid="loop-status">
            <LoopStatusBadge status={loop.status} />
          </span>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          Started {formatDate(loop.createdAt)} by {loop.createdByName}
          {loop.condition ? ` · evidence for condition ${loop.condition.number} of ${loop.condition.procedure.projectNumber}` : ''}
        </p>
      </div>

      <Card>
        <CardHeader title="Baseline analysis" description={describeFrozen(loop.baseline, loop.baselineFrozenAt, loop.baselineSha256)} />
        <AnalysisTable analysis={loop.baseline} testId="baseline" />
      </Card>

      <Card>
        <CardHeader title="Measures" description="What is done about the findings: owner, due date, status and the effect expected." />
        <MeasuresTable measures={loop.measures} editableMeasureIds={editableMeasureIds} />
        {canManage && allows('ADD_MEASURE').ok ? (
          <CardBody className="border-t border-slate-100">
            <AddMeasureForm loopId={loop.id} owners={owners} />
          </CardBody>
        ) : null}
      </Card>

      <Card>
        <CardHeader
          title="Follow-up analysis"
          description={
            loop.followUp && loop.followUpFrozenAt && loop.followUpSha256
              ? describeFrozen(loop.followUp, loop.followUpFrozenAt, loop.followUpSha256)
              : 'A later survey wave, analysed the same way.'
          }
        />
        {loop.followUp ? (
          <AnalysisTable analysis={loop.followUp} testId="follow-up" />
        ) : (
          <CardBody>
            {!canManage ? (
              <p className="text-sm text-slate-600">No follow-up wave has been compared yet.</p>
            ) : followUpCheck.ok ? (
              <FollowUpForm loopId={loop.id} waves={laterWaves} />
            ) : (
              <RuleNote reason={followUpCheck.reason} />
            )}
          </CardBody>
        )}
      </Card>

      <Card>
        <CardHeader
          title="Comparison with the baseline"
          description={loop.comparisonResult ? loop.comparisonResult.rule : 'Shown once a follow-up wave has been compared.'}
        />
        {loop.comparisonResult ? (
          <>
            <p className="px-4 pt-3 text-sm" data-testid="comparison-counts">
              {loop.comparisonResult.counts.improved} improved · {loop.comparisonResult.counts.unchanged} unchanged · {loop.comparisonResult.counts.worse} worse
              · {loop.comparisonResult.counts.notComparable} not comparable
            </p>
            <ComparisonTable comparison={loop.comparisonResult} />
          </>
        ) : null}
      </Card>

      <Card>
        <CardHeader title="Close" />
        <CardBody>
          {loop.status === 'CLOSED' ? (
            <div className="flex flex-col gap-1 text-sm" data-testid="closing">
              <p>
                Closed {formatDate(loop.closedAt)} by {loop.closedByName}.
              </p>
              <p className="whitespace-pre-line">{loop.closingNote}</p>
            </div>
          ) : !canManage ? (
            <p className="text-sm text-slate-600">The loop is still open.</p>
          ) : closeCheck.ok ? (
            <CloseLoopForm loopId={loop.id} />
          ) : (
            <RuleNote reason={closeCheck.reason} />
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Evidence for conditions" description="Checklist items this loop is filed on, with the hash of the filed content." />
        <CardBody className="flex flex-col gap-3">
          {loop.evidence.length === 0 ? (
            <p className="text-sm text-slate-600">Not attached to a condition{canManage ? '' : ' that you can see'}.</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="loop-evidence">
              {loop.evidence.map((entry) => (
                <li key={entry.id}>
                  Condition {entry.checklistItem.condition.number}: {entry.checklistItem.title} · <Badge>{entry.status.toLowerCase()}</Badge> · revision{' '}
                  {entry.revisions[0]?.number ?? '—'}
                  {entry.revisions[0] ? (
                    <>
                      {' '}
                      of {formatDate(entry.revisions[0].uploadedAt)}, SHA-256 <code className="break-all text-xs">{entry.revisions[0].sha256}</code>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {canManage ? <AttachConditionForm loopId={loop.id} items={items} /> : null}
        </CardBody>
      </Card>
    </div>
  );
}
