import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canManageControlLoops } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listControlLoops, listSurveyWaveOptions } from '@/lib/control-loops/queries';
import { getFormat, getT } from '@/lib/i18n/server';
import { LoopStatusBadge } from './_components/loop-status-badge';
import { StartLoopForm } from './_components/start-loop-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('loops'))('list.title') };
}

export default async function ControlLoopsPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActor();
  const { slug } = await params;
  const [{ certificate, loops }, waves] = await Promise.all([orNotFound(listControlLoops(actor, slug)), orNotFound(listSurveyWaveOptions(actor, slug))]);
  const canManage = canManageControlLoops(actor);
  const [t, format] = await Promise.all([getT('loops'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/certificates" className="hover:underline">
            {t('list.breadcrumb')}
          </Link>{' '}
          /{' '}
          <Link href={`/certificates/${slug}`} className="hover:underline">
            {certificate.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t('list.heading', { name: certificate.name })}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t('list.intro')}</p>
      </div>

      <Card>
        <CardHeader title={t('list.loops')} description={t('list.count', { count: loops.length })} />
        {loops.length === 0 ? (
          <CardBody>
            <p className="text-sm text-slate-600">{t('list.none')}</p>
          </CardBody>
        ) : (
          <Table data-testid="loops">
            <thead>
              <tr>
                <Th>{t('list.loop')}</Th>
                <Th>{t('list.status')}</Th>
                <Th>{t('list.baseline')}</Th>
                <Th>{t('list.followUp')}</Th>
                <Th className="text-right">{t('list.measures')}</Th>
                <Th>{t('list.condition')}</Th>
              </tr>
            </thead>
            <tbody>
              {loops.map((loop) => (
                <tr key={loop.id} data-testid="loop">
                  <Td>
                    <Link href={`/certificates/${slug}/loops/${loop.id}`} className="text-blue-700 hover:underline">
                      {loop.title}
                    </Link>
                  </Td>
                  <Td>
                    <LoopStatusBadge status={loop.status} />
                    {loop.closedAt ? <div className="text-xs text-slate-600">{t('list.closed', { date: format.date(loop.closedAt) })}</div> : null}
                  </Td>
                  <Td>
                    {loop.baselineWaveName}
                    <div className="text-xs text-slate-600">{t('list.frozen', { date: format.date(loop.baselineFrozenAt) })}</div>
                  </Td>
                  <Td>{loop.followUpWaveName ?? '—'}</Td>
                  <Td className="text-right tabular-nums">
                    {loop.measureCount} ({loop.openMeasureCount})
                  </Td>
                  <Td>{loop.conditionNumber === null ? '—' : t('list.conditionNumber', { number: loop.conditionNumber })}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      {canManage ? (
        <Card>
          <CardHeader title={t('list.start')} description={t('list.startDescription')} />
          <CardBody>
            <StartLoopForm certificateSlug={slug} waves={waves} />
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
