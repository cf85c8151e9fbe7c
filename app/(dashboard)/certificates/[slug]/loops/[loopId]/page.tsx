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
import type { TFormat } from '@/lib/i18n/format';
import { getFormat, getT } from '@/lib/i18n/server';
import { AddMeasureForm } from '../_components/add-measure-form';
import { AnalysisTable } from '../_components/analysis-table';
import { AttachConditionForm } from '../_components/attach-condition-form';
import { CloseLoopForm } from '../_components/close-loop-form';
import { ComparisonTable } from '../_components/comparison-table';
import { FollowUpForm } from '../_components/follow-up-form';
import { LoopStatusBadge } from '../_components/loop-status-badge';
import { MeasuresTable } from '../_components/measures-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('loops'))('detail.title') };
}

type TLoopsT = Awaited<ReturnType<typeof getT<'loops'>>>;

/** Where a frozen analysis comes from: wave, survey period, k and the hash of the stored text. */
function describeFrozen(analysis: TWaveAnalysis, frozenAt: Date, sha256: string, t: TLoopsT, format: TFormat) {
  const period =
    analysis.surveyedFrom && analysis.surveyedTo
      ? t('detail.surveyed', { from: format.date(new Date(analysis.surveyedFrom)), to: format.date(new Date(analysis.surveyedTo)) })
      : t('detail.noResponses');
  return t.rich('detail.frozenDescription', {
    wave: analysis.wave.name,
    source: analysis.wave.sourceName,
    count: analysis.responseCount,
    period,
    date: format.date(frozenAt),
    k: analysis.minimumGroupSize,
    sha: sha256,
    code: (chunks) => <code className="break-all text-xs">{chunks}</code>,
  });
}

/** Why a step is not open yet: a rule of lib/control-loops/workflow.ts, in the reader's language. */
function RuleNote({ reason, format }: { reason: string; format: TFormat }) {
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
      {format.serverMessage(reason)}
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
  const [t, format] = await Promise.all([getT('loops'), getFormat()]);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/certificates/${slug}`} className="hover:underline">
            {loop.certificate.name}
          </Link>{' '}
          /{' '}
          <Link href={`/certificates/${slug}/loops`} className="hover:underline">
            {t('detail.controlLoops')}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold">{loop.title}</h1>
          <span data-testid="loop-status">
            <LoopStatusBadge status={loop.status} />
          </span>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {t('detail.started', { date: format.date(loop.createdAt), name: loop.createdByName ?? '' })}
          {loop.condition ? ` · ${t('detail.evidenceFor', { number: loop.condition.number, project: loop.condition.procedure.projectNumber })}` : ''}
        </p>
      </div>

      <Card>
        <CardHeader title={t('detail.baseline')} description={describeFrozen(loop.baseline, loop.baselineFrozenAt, loop.baselineSha256, t, format)} />
        <AnalysisTable analysis={loop.baseline} testId="baseline" />
      </Card>

      <Card>
        <CardHeader title={t('detail.measures')} description={t('detail.measuresDescription')} />
        <MeasuresTable measures={loop.measures} editableMeasureIds={editableMeasureIds} />
        {canManage && allows('ADD_MEASURE').ok ? (
          <CardBody className="border-t border-slate-100">
            <AddMeasureForm loopId={loop.id} owners={owners} />
          </CardBody>
        ) : null}
      </Card>

      <Card>
        <CardHeader
          title={t('detail.followUp')}
          description={
            loop.followUp && loop.followUpFrozenAt && loop.followUpSha256
              ? describeFrozen(loop.followUp, loop.followUpFrozenAt, loop.followUpSha256, t, format)
              : t('detail.followUpPending')
          }
        />
        {loop.followUp ? (
          <AnalysisTable analysis={loop.followUp} testId="follow-up" />
        ) : (
          <CardBody>
            {!canManage ? (
              <p className="text-sm text-slate-600">{t('detail.noFollowUp')}</p>
            ) : followUpCheck.ok ? (
              <FollowUpForm loopId={loop.id} waves={laterWaves} />
            ) : (
              <RuleNote reason={followUpCheck.reason} format={format} />
            )}
          </CardBody>
        )}
      </Card>

      <Card>
        <CardHeader
          title={t('detail.comparison')}
          description={loop.comparisonResult ? format.serverMessage(loop.comparisonResult.rule) : t('detail.comparisonPending')}
        />
        {loop.comparisonResult ? (
          <>
            <p className="px-4 pt-3 text-sm" data-testid="comparison-counts">
              {t('detail.counts', loop.comparisonResult.counts)}
            </p>
            <ComparisonTable comparison={loop.comparisonResult} />
          </>
        ) : null}
      </Card>

      <Card>
        <CardHeader title={t('detail.close')} />
        <CardBody>
          {loop.status === 'CLOSED' ? (
            <div className="flex flex-col gap-1 text-sm" data-testid="closing">
              <p>{t('detail.closedBy', { date: format.date(loop.closedAt), name: loop.closedByName ?? '' })}</p>
              <p className="whitespace-pre-line">{loop.closingNote}</p>
            </div>
          ) : !canManage ? (
            <p className="text-sm text-slate-600">{t('detail.stillOpen')}</p>
          ) : closeCheck.ok ? (
            <CloseLoopForm loopId={loop.id} />
          ) : (
            <RuleNote reason={closeCheck.reason} format={format} />
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t('detail.evidence')} description={t('detail.evidenceDescription')} />
        <CardBody className="flex flex-col gap-3">
          {loop.evidence.length === 0 ? (
            <p className="text-sm text-slate-600">{canManage ? t('detail.notAttached') : t('detail.notAttachedVisible')}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="loop-evidence">
              {loop.evidence.map((entry) => (
                <li key={entry.id}>
                  {t('detail.evidenceCondition', { number: entry.checklistItem.condition.number, title: entry.checklistItem.title })} ·{' '}
                  <Badge>{t(`evidenceStatus.${entry.status}`)}</Badge> · {t('detail.revision', { number: entry.revisions[0]?.number ?? '—' })}
                  {entry.revisions[0] ? (
                    <>
                      {' '}
                      {t('detail.revisionOf', { date: format.date(entry.revisions[0].uploadedAt) })}{' '}
                      <code className="break-all text-xs">{entry.revisions[0].sha256}</code>
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
