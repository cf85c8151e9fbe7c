import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { canManageProcedures } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { listProcedures } from '@/lib/procedures/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('procedures'))('list.title') };
}

export default async function ProceduresPage() {
  const actor = await requireActor();
  const procedures = await listProcedures(actor);
  const [t, format] = await Promise.all([getT('procedures'), getFormat()]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('list.heading')}</h1>
        {canManageProcedures(actor) ? (
          <Link href="/procedures/new" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
            {t('list.new')}
          </Link>
        ) : null}
      </div>
      <Card>
        <CardHeader title={t('list.inScope', { count: procedures.length })} />
        {procedures.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t('list.none')}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t('list.procedure')}</Th>
                <Th>{t('list.platform')}</Th>
                <Th>{t('list.decision')}</Th>
                <Th className="text-right">{t('list.certificates')}</Th>
                <Th className="text-right">{t('list.conditionsFulfilled')}</Th>
                <Th>{t('list.certifiedUntil')}</Th>
              </tr>
            </thead>
            <tbody>
              {procedures.map((procedure) => (
                <tr key={procedure.id}>
                  <Td>
                    <Link href={`/procedures/${procedure.id}`} className="font-medium text-blue-700 hover:underline">
                      {procedure.agencyName} {procedure.projectNumber}
                    </Link>
                    <div className="text-xs text-slate-600">{procedure.type}</div>
                  </Td>
                  <Td>{procedure.platformName}</Td>
                  <Td>{procedure.decision ?? '—'}</Td>
                  <Td className="text-right tabular-nums">{procedure.certificateCount}</Td>
                  <Td className="text-right tabular-nums">
                    {t('list.fulfilledOf', { fulfilled: procedure.fulfilledConditionCount, total: procedure.conditionCount })}
                  </Td>
                  <Td>{format.date(procedure.certificationUntil)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
