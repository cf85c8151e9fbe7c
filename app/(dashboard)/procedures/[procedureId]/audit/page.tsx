import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listProcedureAuditTrail } from '@/lib/audit/queries';
import { recordAuditorView } from '@/lib/audit/record-view';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getProcedure } from '@/lib/procedures/queries';
import { formatDateTime } from '@/lib/utils/format';

export const metadata: Metadata = { title: 'Audit trail' };

/** Before/after JSON as one readable line; learner data never enters the audit log. */
function describeChange(before: string | null, after: string | null): string {
  const parts = [before ? `before ${before}` : null, after ? `after ${after}` : null].filter(Boolean);
  return parts.join(' · ');
}

export default async function ProcedureAuditPage({ params }: { params: Promise<{ procedureId: string }> }) {
  const actor = await requireActor();
  const { procedureId } = await params;
  const procedure = await orNotFound(getProcedure(actor, procedureId));
  const entries = await orNotFound(listProcedureAuditTrail(actor, procedureId));
  await recordAuditorView(actor, { action: 'audit-trail.view', entityType: 'AccreditationProcedure', entityId: procedure.id, procedureId: procedure.id });
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/procedures" className="hover:underline">
            Procedures
          </Link>{' '}
          /{' '}
          <Link href={`/procedures/${procedure.id}`} className="hover:underline">
            {procedure.agency.name} {procedure.projectNumber}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Audit trail</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every change to this procedure, its conditions, checklist, evidence and quality profile, and every view by an auditor. Entries are hash-chained:{' '}
          <code>npm run certqa -- audit verify</code> shows whether any was changed or removed.
        </p>
      </div>
      <Card>
        <CardHeader title={`Newest ${entries.length} entries`} />
        <Table data-testid="audit-trail">
          <thead>
            <tr>
              <Th className="w-16 text-right">#</Th>
              <Th>When (UTC)</Th>
              <Th>Who</Th>
              <Th>What</Th>
              <Th>Change</Th>
              <Th>Hash</Th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.sequence}>
                <Td className="text-right tabular-nums">{entry.sequence}</Td>
                <Td className="whitespace-nowrap tabular-nums">{formatDateTime(entry.at)}</Td>
                <Td>{entry.actorLabel}</Td>
                <Td>
                  {entry.action} <span className="text-xs text-slate-500">({entry.entityType})</span>
                </Td>
                <Td className="max-w-md break-words text-xs">{describeChange(entry.before, entry.after)}</Td>
                <Td className="font-mono text-xs">{entry.hash.slice(0, 12)}…</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
