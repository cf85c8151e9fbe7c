import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { listProcedureAuditTrail } from '@/lib/audit/queries';
import { recordAuditorView } from '@/lib/audit/record-view';
import { orNotFound } from '@/lib/auth/or-not-found';
import { requireActor } from '@/lib/auth/session';
import { getFormat, getT } from '@/lib/i18n/server';
import { getProcedure } from '@/lib/procedures/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('procedures'))('audit.title') };
}

/** Before/after JSON as one readable line; learner data never enters the audit log. */
function describeChange(t: Awaited<ReturnType<typeof getT<'procedures'>>>, before: string | null, after: string | null): string {
  const parts = [before ? t('audit.before', { json: before }) : null, after ? t('audit.after', { json: after }) : null].filter(Boolean);
  return parts.join(' · ');
}

export default async function ProcedureAuditPage({ params }: { params: Promise<{ procedureId: string }> }) {
  const actor = await requireActor();
  const { procedureId } = await params;
  const procedure = await orNotFound(getProcedure(actor, procedureId));
  const entries = await orNotFound(listProcedureAuditTrail(actor, procedureId));
  const [t, format] = await Promise.all([getT('procedures'), getFormat()]);
  await recordAuditorView(actor, { action: 'audit-trail.view', entityType: 'AccreditationProcedure', entityId: procedure.id, procedureId: procedure.id });
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/procedures" className="hover:underline">
            {t('breadcrumb')}
          </Link>{' '}
          /{' '}
          <Link href={`/procedures/${procedure.id}`} className="hover:underline">
            {procedure.agency.name} {procedure.projectNumber}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t('audit.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t.rich('audit.description', { code: (chunks) => <code>{chunks}</code> })}</p>
      </div>
      <Card>
        <CardHeader title={t('audit.newest', { count: entries.length })} />
        <Table data-testid="audit-trail">
          <thead>
            <tr>
              <Th className="w-16 text-right">#</Th>
              <Th>{t('audit.when')}</Th>
              <Th>{t('audit.who')}</Th>
              <Th>{t('audit.what')}</Th>
              <Th>{t('audit.change')}</Th>
              <Th>{t('audit.hash')}</Th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.sequence}>
                <Td className="text-right tabular-nums">{entry.sequence}</Td>
                <Td className="whitespace-nowrap tabular-nums">{format.dateTime(entry.at)}</Td>
                <Td>{entry.actorLabel}</Td>
                <Td>
                  {format.serverMessage(entry.action)} <span className="text-xs text-slate-500">({entry.entityType})</span>
                </Td>
                <Td className="max-w-md break-words text-xs">{describeChange(t, entry.before, entry.after)}</Td>
                <Td className="font-mono text-xs">{entry.hash.slice(0, 12)}…</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
