import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { canManageProcedures } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { listProcedures } from '@/lib/procedures/queries';
import { formatDate } from '@/lib/utils/format';

export const metadata: Metadata = { title: 'Procedures' };

export default async function ProceduresPage() {
  const actor = await requireActor();
  const procedures = await listProcedures(actor);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Accreditation procedures</h1>
        {canManageProcedures(actor) ? (
          <Link href="/procedures/new" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
            New procedure
          </Link>
        ) : null}
      </div>
      <Card>
        <CardHeader title={`${procedures.length} procedure${procedures.length === 1 ? '' : 's'} in your scope`} />
        {procedures.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">No procedures are visible to your account.</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Procedure</Th>
                <Th>Platform</Th>
                <Th>Decision</Th>
                <Th className="text-right">Certificates</Th>
                <Th className="text-right">Conditions fulfilled</Th>
                <Th>Certified until</Th>
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
                    {procedure.fulfilledConditionCount} of {procedure.conditionCount}
                  </Td>
                  <Td>{formatDate(procedure.certificationUntil)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
