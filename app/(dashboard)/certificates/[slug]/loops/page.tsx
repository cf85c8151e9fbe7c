import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canManageControlLoops } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listControlLoops, listSurveyWaveOptions } from '@/lib/control-loops/queries';
import { formatDate } from '@/lib/utils/format';
import { LoopStatusBadge } from './_components/loop-status-badge';
import { StartLoopForm } from './_components/start-loop-form';

export const metadata: Metadata = { title: 'Control loops' };

export default async function ControlLoopsPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActor();
  const { slug } = await params;
  const [{ certificate, loops }, waves] = await Promise.all([orNotFound(listControlLoops(actor, slug)), orNotFound(listSurveyWaveOptions(actor, slug))]);
  const canManage = canManageControlLoops(actor);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/certificates" className="hover:underline">
            Certificates
          </Link>{' '}
          /{' '}
          <Link href={`/certificates/${slug}`} className="hover:underline">
            {certificate.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Control loops: {certificate.name}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          A workload survey wave is analysed and the analysis frozen; measures with owner and due date follow; a later wave is compared with the baseline; then
          the loop closes. FIBAA conditions 2 and 5 ask for exactly this loop, from the survey to the analysis of the results and the taking of appropriate
          measures.
        </p>
      </div>

      <Card>
        <CardHeader title="Loops" description={`${loops.length} loop${loops.length === 1 ? '' : 's'} for this certificate`} />
        {loops.length === 0 ? (
          <CardBody>
            <p className="text-sm text-slate-600">No control loop has been started for this certificate.</p>
          </CardBody>
        ) : (
          <Table data-testid="loops">
            <thead>
              <tr>
                <Th>Loop</Th>
                <Th>Status</Th>
                <Th>Baseline</Th>
                <Th>Follow-up</Th>
                <Th className="text-right">Measures (open)</Th>
                <Th>Condition</Th>
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
                    {loop.closedAt ? <div className="text-xs text-slate-600">closed {formatDate(loop.closedAt)}</div> : null}
                  </Td>
                  <Td>
                    {loop.baselineWaveName}
                    <div className="text-xs text-slate-600">frozen {formatDate(loop.baselineFrozenAt)}</div>
                  </Td>
                  <Td>{loop.followUpWaveName ?? '—'}</Td>
                  <Td className="text-right tabular-nums">
                    {loop.measureCount} ({loop.openMeasureCount})
                  </Td>
                  <Td>{loop.conditionNumber === null ? '—' : `Condition ${loop.conditionNumber}`}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      {canManage ? (
        <Card>
          <CardHeader title="Start a loop" description="Choose the survey wave that is the baseline." />
          <CardBody>
            <StartLoopForm certificateSlug={slug} waves={waves} />
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
